import ArgumentParser
import Foundation
import Terminology
import TextIO

/// `padan-dev eval-morphology`: the analyser's accuracy on a gold list of word forms and bases.
struct EvalMorphology: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-morphology",
        abstract: "Print the Indonesian analyser's accuracy on a gold list (form<TAB>base, header row).",
        discussion: """
            Examples:
              padan-dev eval-morphology
              padan-dev eval-morphology --gold my-list.tsv --errors
            """
    )

    @Option(help: "The gold list: a header row, then form<TAB>base lines.")
    var gold = "Eval/morphology/gold.tsv"

    @Flag(help: "List every word the analyser gets wrong.")
    var errors = false

    func run() async throws {
        let text = try TextInput.read(path: gold)
        var total = 0, correct = 0
        var wrong: [String] = []
        let morphology = IndonesianMorphology.shared
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where number > 0 {
            let cells = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            guard cells.count >= 2, !cells[0].isEmpty, !cells[0].hasPrefix("#") else { continue }
            total += 1
            let base = morphology.base(of: cells[0])
            if base == cells[1] { correct += 1 } else { wrong.append("\(cells[0])\texpected \(cells[1])\tgot \(base)") }
        }
        guard total > 0 else { throw ValidationError("\(gold) has no form<TAB>base lines") }
        if errors { print(wrong.joined(separator: "\n")) }
        print(String(format: "morphology accuracy: %.1f%% (%d of %d word forms, %@)", Double(correct) * 100 / Double(total), correct, total, gold))
    }
}
