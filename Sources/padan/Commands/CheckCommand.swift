import ArgumentParser
import Foundation
import Suggestion
import Terminology
import TextIO

/// `padan check`: QA of a whole bilingual memory.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a bilingual memory for consistency and QA problems; exit 1 when there are findings.",
        discussion: """
            Give a TMX file, or an Indonesian file and its English translation aligned line by \
            line. Every pair is checked for glossary terms missing from the English or rendered \
            with a forbidden word, numbers and dates the English lost or added, and English that \
            is the Indonesian unchanged or still Indonesian; across pairs, for a sentence or a \
            term translated in more than one way.

            Examples:
              padan check desk.tmx
              padan check article.id.txt article.en.txt --json
              padan check desk.tmx --glossary house-terms.tsv || echo "fix before delivery"
            """
    )

    @Argument(help: "A TMX file, or the Indonesian file (one sentence a line).")
    var source: String

    @Argument(help: "The English file, aligned line by line with the Indonesian (omit for TMX).")
    var target: String?

    @Flag(help: "Print the findings as JSON.")
    var json = false

    @OptionGroup var glossary: GlossaryOptions

    func run() async throws {
        let pairs = try AlignedPairInput.pairs(source: source, target: target, command: "padan check")
        let findings = BilingualChecker(glossary: try glossary.load()).check(pairs)
        if json {
            try JSONOutput.print(findings)
        } else {
            var output = ""
            for finding in findings {
                output += "\(finding.location): \(SuggestionReport.label(finding.warning.kind)): \(finding.warning.message)\n"
            }
            output += "\(pairs.count) pairs checked, \(findings.count) findings\n"
            FileHandle.standardOutput.write(Data(output.utf8))
        }
        if !findings.isEmpty { throw ExitCode(1) }
    }
}
