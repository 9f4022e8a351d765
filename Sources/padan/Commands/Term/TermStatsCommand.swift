import ArgumentParser
import Foundation
import Terminology

/// `padan term stats`: what the glossaries hold.
struct TermStatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count glossary entries per file, domain and part of speech.",
        discussion: """
            Examples:
              padan term stats
              padan term stats --glossary my-terms.tbx --json
            """
    )

    @OptionGroup var glossary: GlossaryOptions

    @Flag(help: "Print the counts as JSON.")
    var json = false

    func run() async throws {
        let statistics = GlossaryStatistics(try glossary.load())
        if json {
            try JSONOutput.print(statistics)
            return
        }
        var output = """
            entries\t\(statistics.entries)
            indonesian terms\t\(statistics.indonesianTerms)
            english renderings\t\(statistics.englishTerms)
            forbidden renderings\t\(statistics.forbiddenRenderings)
            acronyms\t\(statistics.acronyms)

            """
        for (title, counts) in [("file", statistics.byFile), ("domain", statistics.byDomain), ("part of speech", statistics.byPartOfSpeech)] {
            output += "\nby \(title)\n"
            for (key, count) in counts.sorted(by: { $0.key < $1.key }) { output += "  \(key)\t\(count)\n" }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
