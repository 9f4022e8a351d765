import ArgumentParser
import Foundation
import Terminology
import TextIO

/// `padan term check`: glossary QA of a translation.
struct TermCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report glossary terms translated otherwise than the glossary says; exit 1 when there are findings.",
        discussion: """
            Give an Indonesian file and its English translation, one sentence a line and aligned, \
            or one TMX file. For each pair, every term found in the Indonesian whose preferred or \
            allowed English (in any inflected form) is missing from the English is reported, and \
            so is every forbidden rendering used.

            Examples:
              padan term check article.id.txt article.en.txt
              padan term check memory.tmx --json
            """
    )

    @Argument(help: "The Indonesian file (one sentence a line), or a TMX file.")
    var source: String

    @Argument(help: "The English file, aligned line by line with the Indonesian (omit for TMX).")
    var target: String?

    @OptionGroup var glossary: GlossaryOptions

    @Flag(help: "Print the findings as JSON.")
    var json = false

    func run() async throws {
        let pairs = try AlignedPairInput.pairs(source: source, target: target, command: "padan term check")
        let checker = TermChecker(glossary: try glossary.load())
        var findings: [(AlignedPair, TermCheckFinding)] = []
        for pair in pairs {
            findings += checker.check(source: pair.source, target: pair.target).map { (pair, $0) }
        }
        if json {
            try JSONOutput.print(findings.map { CheckedTerm(location: $0.0.location.description, finding: $0.1) })
        } else {
            var output = ""
            for (pair, finding) in findings {
                let kind = finding.kind == .missingTranslation ? "missing" : "forbidden"
                output += "\(pair.location): \(kind): \(finding.message)\n"
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        }
        if !findings.isEmpty { throw ExitCode(1) }
    }
}

/// One finding in `padan term check --json`.
struct CheckedTerm: Encodable {
    var location: String
    var kind: String
    var term: String
    var start: Int
    var end: Int
    var english: String
    var renderings: [String]
    var message: String

    init(location: String, finding: TermCheckFinding) {
        self.location = location
        kind = finding.kind.rawValue
        term = finding.match.matchedText
        start = finding.match.start
        end = finding.match.end
        english = finding.match.entry.english
        renderings = finding.renderings
        message = finding.message
    }
}
