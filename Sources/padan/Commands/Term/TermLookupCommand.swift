import ArgumentParser
import Foundation
import Terminology

/// `padan term lookup`: glossary entries for a word or phrase in either language.
struct TermLookupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Look up a term in Indonesian or English, tolerant of typos and affixes.",
        discussion: """
            Examples:
              padan term lookup persenjataan
              padan term lookup "ballistic missiles"
              padan term lookup rudl --json
            """
    )

    @Argument(help: "The word or phrase to look up, in Indonesian or English.")
    var query: String

    @Option(help: "The most entries to print.")
    var limit = 10

    @OptionGroup var glossary: GlossaryOptions

    @Flag(help: "Print the entries as JSON.")
    var json = false

    func run() async throws {
        let results = GlossaryLookup(glossary: try glossary.load()).lookup(query, limit: limit)
        if json {
            try JSONOutput.print(results)
            return
        }
        guard !results.isEmpty else {
            var standardError = StandardError()
            print("padan: no entry for \"\(query)\"", to: &standardError)
            throw ExitCode(1)
        }
        var output = ""
        for result in results {
            let entry = result.entry
            output += "\(entry.indonesian.joined(separator: " | "))\t\(entry.english)"
            if !entry.alternatives.isEmpty { output += " (also: \(entry.alternatives.joined(separator: ", ")))" }
            if !entry.forbidden.isEmpty { output += " (not: \(entry.forbidden.joined(separator: ", ")))" }
            output += "\t\(entry.domain)\t\(result.reason.rawValue) \(String(format: "%.2f", result.score))\n"
            if let note = entry.note { output += "\t\(note)\n" }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
