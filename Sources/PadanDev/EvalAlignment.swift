import Alignment
import ArgumentParser
import Foundation
import TextIO

/// `padan-dev eval-alignment`: strict link precision, recall and F1 on the alignment development set.
struct EvalAlignment: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-alignment",
        abstract: "Score the aligner against the gold links of the development set.",
        discussion: """
            Each pair `NN-slug.id.txt` / `NN-slug.en.txt` (one sentence a line) is aligned as
            presplit input and compared with `NN-slug.links`. A link counts only when both sides
            match the gold exactly; 1-0 and 0-1 links are left out of precision and recall.

            Examples:
              padan-dev eval-alignment
              padan-dev eval-alignment --dir Eval/alignment --per-document
            """
    )

    @Option(help: "The folder holding the development set.")
    var dir = "Eval/alignment"

    @Flag(help: "Also print the F1 of each document.")
    var perDocument = false

    @Flag(help: "Print every wrong or missed link of each document.")
    var errors = false

    func run() throws {
        let folder = URL(fileURLWithPath: dir)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir)
            .filter { $0.hasSuffix(".links") }.sorted()
        guard !names.isEmpty else { throw ValidationError("no .links files in \(dir)") }
        var total = AlignmentScore()
        let aligner = Aligner()
        for name in names {
            let stem = String(name.dropLast(".links".count))
            let source = try lines(folder.appendingPathComponent(stem + ".id.txt").path)
            let target = try lines(folder.appendingPathComponent(stem + ".en.txt").path)
            let goldPath = folder.appendingPathComponent(name).path
            let gold = try LinksFormat.parse(TextInput.read(path: goldPath), fileName: goldPath)
            let predicted = aligner.align(source: source, target: target)
            var score = AlignmentScore()
            score.add(predicted: predicted, gold: gold)
            total.add(predicted: predicted, gold: gold)
            if perDocument {
                print(String(format: "%-44@ F1 %.3f  (%d/%d gold found)", stem, score.overall.f1,
                             score.overall.found, score.overall.gold))
            }
            if errors { printErrors(predicted: predicted, gold: gold, source: source, target: target, stem: stem) }
        }
        print("alignment: \(names.count) documents, \(total.overall.gold) gold links (1-0/0-1 left out), strict match")
        print("kind       gold  predicted  precision  recall     F1")
        for group in AlignmentScore.groups + ["non-1-1"] {
            row(group, total.byKind[group] ?? AlignmentScore.Counts())
        }
        row("overall", total.overall)
    }

    private func row(_ name: String, _ counts: AlignmentScore.Counts) {
        print(String(format: "%-8@ %6d %10d %10.3f %7.3f %6.3f", name, counts.gold, counts.predicted,
                     counts.precision, counts.recall, counts.f1))
    }

    private func lines(_ path: String) throws -> [String] {
        try TextInput.read(path: path).split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
            .reversed().drop { $0.isEmpty }.reversed()
    }

    private func printErrors(predicted: [AlignmentLink], gold: [AlignmentLink], source: [String], target: [String], stem: String) {
        let goldLines = Set(gold.map(LinksFormat.line)), predictedLines = Set(predicted.map(LinksFormat.line))
        for link in predicted where !goldLines.contains(LinksFormat.line(for: link)) {
            print("  \(stem) wrong  \(LinksFormat.line(for: link))  (\(String(format: "%.2f", link.confidence)))")
        }
        for link in gold where !predictedLines.contains(LinksFormat.line(for: link)) {
            print("  \(stem) missed \(LinksFormat.line(for: link))")
        }
    }
}
