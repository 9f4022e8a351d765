import ArgumentParser
import Documents
import Foundation
import Terminology
import TextIO

/// `padan term find`: the glossary terms in an Indonesian text.
struct TermFindCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "List the glossary terms in an Indonesian text, with positions and match level.",
        discussion: """
            Terms are found whatever affixes, clitics or reduplication they carry; each hit says
            whether it matched exactly, inflected (case, -nya, negara-negara) or derived
            (persenjataan under senjata). Positions are character offsets into the text (for an
            HTML or DOCX file, into its paragraphs joined by blank lines).

            Examples:
              padan term find article.id.txt
              padan term find laporan.docx
              echo "AS memperluas sanksi." | padan term find - --json
            """
    )

    @Argument(help: "The Indonesian article (text, HTML or DOCX), or - for standard input.")
    var file: String

    @OptionGroup var glossary: GlossaryOptions

    @Flag(help: "Print the hits as JSON.")
    var json = false

    @OptionGroup var input: ArticleInput

    func run() async throws {
        let text = try input.read(file).text
        let matcher = TermMatcher(glossary: try glossary.load())
        let matches = matcher.matches(in: text)
        if json {
            try JSONOutput.print(matches.map(FoundTerm.init))
            return
        }
        var output = ""
        for match in matches {
            output += "\(match.start)-\(match.end)\t\(match.level.rawValue)\t\(match.matchedText)\t\(match.entry.english)\n"
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
