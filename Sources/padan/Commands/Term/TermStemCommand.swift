import ArgumentParser
import Foundation
import Terminology
import TextIO

/// `padan term stem`: each Indonesian word with its base.
struct TermStemCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stem",
        abstract: "Print the base of Indonesian words, one word<TAB>base line each.",
        discussion: """
            Words come from the arguments, or from standard input (one word a line) when there are \
            none or the only argument is -.

            Examples:
              padan term stem memperluas persenjataan Bekasi
              padan term stem - < words.txt
            """
    )

    @Argument(help: "Words to analyse, or - to read one word a line from standard input.")
    var words: [String] = []

    @Flag(help: "Print the full analysis (affixes, clitics, level) as JSON.")
    var json = false

    func run() async throws {
        var input = words
        if input.isEmpty || input == ["-"] {
            input = try TextInput.read(path: "-").split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let morphology = IndonesianMorphology.shared
        if json {
            try JSONOutput.print(input.map(morphology.analyse))
            return
        }
        var output = ""
        for word in input {
            output += "\(word)\t\(morphology.base(of: word))\n"
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
