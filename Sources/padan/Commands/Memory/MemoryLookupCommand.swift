import ArgumentParser
import Foundation
import Memory
import TextIO

/// `padan memory lookup TEXT` (or `--file QUERIES.txt`): fuzzy matches.
///
/// A synchronous command: `Padan.main` runs it on the main thread, where an async `run` would
/// hop to the global executor and start its worker threads (4, about 1 ms of a one-lookup process).
struct MemoryLookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Show the memory's exact and fuzzy matches for an Indonesian sentence.",
        discussion: """
            The score is the word-level edit distance percentage translators know: each word \
            inserted, deleted or replaced costs 1, a change of letter case, a different number \
            or a punctuation change costs 0.2; score = 100 × (1 − cost ÷ words of the longer \
            sentence), and 100 only for identical text. When numbers are all that differ, the \
            translation is shown with the new numbers carried over.

            With --file, every non-blank line of the file (or of standard input for -) is a \
            sentence, all looked up in one read of the memory; the answer is JSON Lines, one \
            object per sentence: {"line": N, "query": "…", "matches": […], "schemaVersion": 1}.

            Examples:
              padan memory lookup "Pada 2019 ekonomi Indonesia tumbuh 5,0 persen."
              padan memory lookup --file kalimat.txt --threshold 40 > matches.jsonl
              cut -f1 pairs.tsv | padan memory lookup --file -
              padan memory lookup "Presiden tiba di Jakarta." --threshold 60 --limit 10
              padan memory lookup "Harga beras naik." --json
            """
    )

    @Argument(help: "The sentence to match (or none, with --file).")
    var text: String?

    @Option(help: ArgumentHelp("Look up every line of this file (- for standard input); JSON Lines out.", valueName: "path"))
    var file: String?

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
        guard (text == nil) != (file == nil) else { throw ValidationError("Give either a sentence or --file, not both.") }
    }

    func run() throws {
        if let file { return try lookUpLines(of: file) }
        guard let text else { return }
        let matches = try memory.openForReading().lookup(text, limit: limit, threshold: threshold)
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

extension MemoryLookupCommand {
    /// One line of `--file` output.
    struct LineMatches: Encodable {
        let schemaVersion = JSONOutput.schemaVersion
        let line: Int
        let query: String
        let matches: [MemoryMatch]
    }

    /// Looks up every non-blank line of `path` in one batch, writing a JSON line per query.
    func lookUpLines(of path: String) throws {
        let text = try TextInput.read(path: path)
        // "\r\n" is one Character, so splitting at newline characters takes Windows lines whole.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
            .map { (number: $0.offset + 1, text: String($0.element)) }
            .filter { !$0.text.allSatisfy(\.isWhitespace) }
        let store = try memory.openForReading()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var output = Data()
        try store.lookup(batch: lines.lazy.map(\.text), limit: limit, threshold: threshold) { index, matches in
            output.append(try encoder.encode(LineMatches(line: lines[index].number, query: lines[index].text, matches: matches)))
            output.append(0x0A)
            if output.count >= 1 << 16 {
                FileHandle.standardOutput.write(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        FileHandle.standardOutput.write(output)
    }
}

/// How matches and hits name where they came from.
enum MatchDescription {
    /// `antara.tmx · 2018-04-12 · unit 17`
    static func provenance(origin: String?, date: Date?, unitID: Int64) -> String {
        ([origin, date.map(day)].compactMap { $0 } + ["unit \(unitID)"]).joined(separator: " · ")
    }

    /// The UTC day of `date` as ISO 8601 writes it, `2018-04-12`, from the C library's
    /// `gmtime_r` and padded by hand: Foundation's `ISO8601FormatStyle` builds an ICU calendar
    /// first (about 3 ms of a one-lookup process), and `String(format:)` looks up a dozen
    /// protocol conformances of its arguments, each a scan of every conformance in the binary.
    static func day(of date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down)), parts = tm()
        guard gmtime_r(&seconds, &parts) != nil else { return date.formatted(Date.ISO8601FormatStyle().year().month().day()) }
        func padded(_ number: Int32, to width: Int) -> String {
            let digits = String(number)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(parts.tm_year + 1900, to: 4))-\(padded(parts.tm_mon + 1, to: 2))-\(padded(parts.tm_mday, to: 2))"
    }
}
