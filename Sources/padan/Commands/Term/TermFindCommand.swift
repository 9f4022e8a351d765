import ArgumentParser
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
            (persenjataan under senjata). Positions are character offsets into the text.

            Examples:
              padan term find article.id.txt
              echo "AS memperluas sanksi." | padan term find - --json
            """
    )

    @Argument(help: "The Indonesian text file, or - for standard input.")
    var file: String

    @OptionGroup var glossary: GlossaryOptions

    @Flag(help: "Print the hits as JSON.")
    var json = false

    func run() async throws {
        let text = try TextInput.read(path: file)
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
