import ArgumentParser
import Foundation
import GlossaryEvaluation
import Terminology
import TextIO

/// `padan-dev eval-glossary`: how the shipped glossary and its composer do on the blind lists of issue 14.
struct EvalGlossary: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-glossary",
        abstract: "Score the glossary on the blind held-out and composition lists (counts and percentages only).",
        discussion: """
            Held-out list (desk<TAB>indonesian<TAB>english): a phrase is found as an entry when one \
            entry's match spans all its words, or as a composition when a composed rendering spans \
            it and its English is acceptable. Composition list (indonesian<TAB>english): offered, \
            acceptable, precision = acceptable / offered, and offered / n. English is compared \
            case-insensitively, white space collapsed, - as a space, a final plural s ignored. \
            A list that is absent is skipped with a message. Phrases are never printed.

            Examples:
              padan-dev eval-glossary
              padan-dev eval-glossary --heldout my-heldout.tsv --composition my-pairs.tsv --glossary Glossaries
            """
    )

    @Option(help: "The held-out phrase list.")
    var heldout = "Eval/glossary/heldout-phrases.tsv"

    @Option(help: "The composition list.")
    var composition = "Eval/glossary/composition-blind.tsv"

    @Option(help: "The glossary file or directory.")
    var glossary = "Glossaries"

    func run() async throws {
        do {
            try score()
        } catch let error as BlindListError {
            FileHandle.standardError.write(Data("padan-dev: \(error)\n".utf8))
            throw ExitCode(error.category.exitStatus)
        }
    }

    private func score() throws {
        let evaluation = GlossaryEvaluation(glossary: try Glossary.load(paths: [glossary]).0)
        if let text = try Self.readIfPresent(heldout) {
            let score = evaluation.score(heldOut: try BlindList.heldOut(text, file: heldout))
            print("held-out phrases (\(heldout)):")
            for desk in score.desks { print(Self.line(desk.desk, desk.counts)) }
            print(Self.line("overall", score.overall) + "  (goal >= 90%)")
        }
        if let text = try Self.readIfPresent(composition) {
            let score = evaluation.score(composition: try BlindList.composition(text, file: composition))
            print("composition list (\(composition)):")
            print(String(format: "  n %d  offered %d (%.1f%% of n)  acceptable %d  precision %.1f%%  (goal >= 90%%)",
                         score.phrases, score.offered, score.offeredPercent, score.acceptable, score.precisionPercent))
        }
    }

    /// The file's text, or `nil` (and a message) when it does not exist.
    static func readIfPresent(_ path: String) throws -> String? {
        guard FileManager.default.fileExists(atPath: path) else {
            print("\(path): absent, skipped (the blind list is written on another branch)")
            return nil
        }
        return try TextInput.read(path: path)
    }

    static func line(_ desk: String, _ counts: HeldOutCounts) -> String {
        "  " + desk.padding(toLength: 10, withPad: " ", startingAt: 0)
            + String(format: " n %4d  entries %4d  compositions %4d  found %5.1f%%  entries with acceptable English %d",
               counts.phrases, counts.entries, counts.compositions, counts.foundPercent, counts.entriesWithAcceptableEnglish)
    }
}
