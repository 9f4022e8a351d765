import ArgumentParser
import Foundation
import Memory

/// `padan memory lookup TEXT`: fuzzy matches.
struct MemoryLookupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Show the memory's exact and fuzzy matches for an Indonesian sentence.",
        discussion: """
            The score is the word-level edit distance percentage translators know: each word
            inserted, deleted or replaced costs 1, a change of letter case, a different number
            or a punctuation change costs 0.2; score = 100 × (1 − cost ÷ words of the longer
            sentence), and 100 only for identical text. When numbers are all that differ, the
            translation is shown with the new numbers carried over.

            Examples:
              padan memory lookup "Pada 2019 ekonomi Indonesia tumbuh 5,0 persen."
              padan memory lookup "Presiden tiba di Jakarta." --threshold 60 --limit 10
              padan memory lookup "Harga beras naik." --json
            """
    )

    @Argument(help: "The sentence to match.")
    var text: String

    @Option(help: "The lowest score shown, from 1 to 100.")
    var threshold: Double = 70

    @Option(help: "The most matches to show.")
    var limit = 5

    @Flag(help: "Write the matches as JSON.")
    var json = false

    @OptionGroup var memory: MemoryLocation

    func validate() throws {
        guard (1...100).contains(threshold) else { throw ValidationError("--threshold must be between 1 and 100.") }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1.") }
    }

    func run() async throws {
        let matches = try memory.openExisting().lookup(text, limit: limit, threshold: threshold)
        if json { return try JSONOutput.print(matches) }
        if matches.isEmpty { print("no match at or above \(Int(threshold))%") }
        for match in matches {
            print("\(String(Int(match.score.rounded(.down))).leftPadded(to: 3))%  \(match.source)")
            print("      \(match.target)")
            if let adapted = match.adaptedTarget { print("    → \(adapted)  (numbers carried over)") }
            print("      \(MatchDescription.provenance(origin: match.origin, date: match.date, unitID: match.unitID))")
        }
    }
}

/// How matches and hits name where they came from.
enum MatchDescription {
    /// `antara.tmx · 2018-04-12 · unit 17`
    static func provenance(origin: String?, date: Date?, unitID: Int64) -> String {
        let day = Date.ISO8601FormatStyle().year().month().day()
        return ([origin, date.map { $0.formatted(day) }].compactMap { $0 } + ["unit \(unitID)"]).joined(separator: " · ")
    }
}
