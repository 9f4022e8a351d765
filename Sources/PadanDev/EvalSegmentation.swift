import ArgumentParser
import Foundation
import Segmentation
import TextIO

/// `padan-dev eval-segmentation`: boundary precision, recall and F1 of the built-in rules on the
/// gold sets in `Eval/segmentation/` (format in that folder's README).
struct EvalSegmentation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-segmentation",
        abstract: "Score sentence segmentation against the gold sets.",
        discussion: """
            Reads LANG.gold.txt files (one gold sentence per line, a blank line ends a passage), \
            joins each passage's sentences with one space, segments the result and compares the \
            sentence-end offsets inside the passage with the gold ones. MB/s is the speed on one \
            4 MB document made of the passages.

            Examples:
              padan-dev eval-segmentation
              padan-dev eval-segmentation --gold-dir Eval/segmentation --show-errors
            """
    )

    @Option(name: .long, help: "The folder holding id.gold.txt and en.gold.txt.")
    var goldDir = "Eval/segmentation"

    @Flag(name: .long, help: "List every missed and spurious boundary with its context.")
    var showErrors = false

    func run() throws {
        print("language  passages  gold  found  correct  precision  recall      F1  MB/s")
        for language in Language.allCases {
            let path = goldDir + "/" + language.rawValue + ".gold.txt"
            let passages = GoldPassage.parse(try TextInput.read(path: path))
            let score = BoundaryScore(passages: passages, segmenter: Segmenter(language: language))
            print(score.row(language: language.rawValue))
            if showErrors { score.errors.forEach { print("  " + $0) } }
        }
    }
}

/// One gold passage: its sentences, and the raw text they make joined by single spaces.
struct GoldPassage {
    var sentences: [String]
    var text: String { sentences.joined(separator: " ") }

    /// Sentence-end offsets (in `Character`s) inside the passage, the last one excluded.
    var boundaries: Set<Int> {
        var offsets = Set<Int>()
        var offset = 0
        for sentence in sentences.dropLast() {
            offset += sentence.count
            offsets.insert(offset)
            offset += 1
        }
        return offsets
    }

    /// Splits a gold file: one sentence per line, blank lines between passages.
    static func parse(_ text: String) -> [GoldPassage] {
        var passages: [GoldPassage] = []
        var current: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let sentence = line.trimmingCharacters(in: .whitespaces)
            if sentence.isEmpty {
                if !current.isEmpty { passages.append(GoldPassage(sentences: current)) }
                current = []
            } else {
                current.append(sentence)
            }
        }
        if !current.isEmpty { passages.append(GoldPassage(sentences: current)) }
        return passages
    }
}

/// Boundary counts over a set of passages, with the errors described for reading.
struct BoundaryScore {
    var passages = 0, gold = 0, found = 0, correct = 0
    var megabytesPerSecond = 0.0
    var errors: [String] = []

    init(passages list: [GoldPassage], segmenter: Segmenter) {
        for passage in list {
            let text = passage.text
            let expected = passage.boundaries
            let predicted = Set(segmenter.sentences(in: text).map(\.end).filter { $0 < text.count })
            passages += 1
            gold += expected.count
            found += predicted.count
            correct += expected.intersection(predicted).count
            for offset in expected.subtracting(predicted).sorted() { errors.append("missed:   " + Self.context(text, offset)) }
            for offset in predicted.subtracting(expected).sorted() { errors.append("spurious: " + Self.context(text, offset)) }
        }
        megabytesPerSecond = Self.throughput(of: segmenter, on: list)
    }

    /// Speed on one large document: the passages, blank lines between them, repeated to 4 MB.
    private static func throughput(of segmenter: Segmenter, on list: [GoldPassage]) -> Double {
        let document = list.map(\.text).joined(separator: "\n\n")
        guard !document.isEmpty else { return 0 }
        let text = Array(repeating: document, count: 4_000_000 / document.utf8.count + 1).joined(separator: "\n\n")
        let elapsed = ContinuousClock().measure { _ = segmenter.sentences(in: text) }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Double(text.utf8.count) / 1_000_000 / seconds
    }

    var precision: Double { found == 0 ? 0 : Double(correct) / Double(found) }
    var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    func row(language: String) -> String {
        String(format: "%-8@  %8d  %4d  %5d  %7d  %9.4f  %6.4f  %6.4f  %4.1f",
               language, passages, gold, found, correct, precision, recall, f1, megabytesPerSecond)
    }

    /// Thirty characters either side of `offset`, the boundary shown as `‖`.
    private static func context(_ text: String, _ offset: Int) -> String {
        let middle = text.index(text.startIndex, offsetBy: offset)
        let left = text.index(middle, offsetBy: -40, limitedBy: text.startIndex) ?? text.startIndex
        let right = text.index(middle, offsetBy: 40, limitedBy: text.endIndex) ?? text.endIndex
        return "…" + text[left..<middle] + "‖" + text[middle..<right] + "…"
    }
}
