import Alignment
import ArgumentParser
import Foundation
import Lexicon
import Terminology
import TextIO

/// `padan-dev eval-alignment`: strict link precision, recall and F1 on the alignment development set.
struct EvalAlignment: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-alignment",
        abstract: "Score the aligner against the gold links of the development set.",
        discussion: """
            Each pair `NN-slug.id.txt` / `NN-slug.en.txt` (one sentence a line) is aligned as \
            presplit input and compared with `NN-slug.links`. A link counts only when both sides \
            match the gold exactly; 1-0 and 0-1 links are left out of precision and recall. \
            The shipped glossary supplies term anchors, as in `padan align`, unless --no-glossary.

            The calibration table buckets the predicted links (1-0/0-1 left out) by confidence \
            and gives the share of each bucket that is correct.

            With --predicted DIR the links are not computed but read from DIR (one `NN-slug.links` \
            per story, in the gold format), so that another aligner is scored the same way.

            Examples:
              padan-dev eval-alignment
              padan-dev eval-alignment --dir Eval/alignment --stories 19-28 --per-document
              padan-dev eval-alignment --no-glossary --errors
              padan-dev eval-alignment --predicted /tmp/gale-church-links
            """
    )

    @Option(help: "The folder holding the development set.")
    var dir = "Eval/alignment"

    @Option(help: "Only the stories whose number (the NN- prefix) lies in this range, e.g. 1-18.")
    var stories: StoryRange?

    @Flag(help: "Do not use the shipped glossary's term pairs as anchors.")
    var noGlossary = false

    @Flag(help: "Also print the F1 of each document.")
    var perDocument = false

    @Flag(help: "Print every wrong or missed link of each document.")
    var errors = false

    @Option(help: "Score the links files in this folder (another aligner's output) instead of aligning.")
    var predicted: String?

    @Flag(help: "With --errors: the cost of each differing link (prior + length − evidence) and both paths' totals.")
    var explain = false

    @Flag(help: "Align without the word-translation model (length and anchors only, as before it).")
    var noWordModel = false

    @Flag(help: "Also print P/R/F1 and non-1-1 F1 per domain (int, eco, spo, ted in the name) and plain/hard (a -hard suffix).")
    var byDomain = false

    @Flag(help: "Align all pairs as one input (the documents one after another), as a corpus import would, and score that.")
    var concatenate = false

    @Option(help: "Only the documents whose name contains this text.")
    var only: String?

    @Option(help: "Leave out the documents whose name contains this text (--exclude=-hard for the plain pairs).")
    var exclude: String?

    @Option(help: "Columns searched each side of the coarse path on long inputs (AlignerOptions.bandMargin).")
    var bandMargin: Int?

    @Flag(help: "Align the documents as one batch (as padan align --batch does): one word model learned from all their links.")
    var batch = false

    @Flag(help: "Seed the word model with the FreeDict English-Indonesian dictionary when Debian's dict-freedict-eng-ind is installed.")
    var freedict = false

    @Flag(help: "Print the figures as JSON.")
    var json = false

    func run() throws {
        let folder = URL(fileURLWithPath: dir)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir)
            .filter { ($0.hasSuffix(".links") || $0.hasSuffix(".gold")) && (stories?.contains(fileName: $0) ?? true) }
            .filter { name in only.map { name.contains($0) } ?? true }
            .filter { name in exclude.map { !name.contains($0) } ?? true }.sorted()
        guard !names.isEmpty else { throw ValidationError("no .links or .gold files in \(dir)\(stories.map { " for stories \($0)" } ?? "")") }
        var total = AlignmentScore()
        var calibration = CalibrationTable()
        var options = AlignerOptions()
        if !noGlossary {
            guard let shipped = Glossary.shippedDirectory() else { throw ValidationError("no shipped glossary found") }
            let anchors = TermAnchors(glossary: try Glossary.load(paths: [shipped]).0)
            options.anchors = AnchorFinder(source: { anchors.indonesianKeys(in: $0) }, target: { anchors.englishKeys(in: $0) })
        }
        options.learnsWordTranslations = !noWordModel
        if let bandMargin { options.bandMargin = bandMargin }
        if freedict, !noWordModel {
            guard let installed = try DictdDictionary.installedEnglishIndonesian() else {
                throw ValidationError("--freedict: \(DictdDictionary.debianIndexPath) is missing; apt-get install dict-freedict-eng-ind")
            }
            options.wordModel = WordTranslationModel(counts: installed.seedCounts())
        }
        let aligner = Aligner(options: options)
        if concatenate {
            try printConcatenated(names: names, folder: folder, aligner: aligner)
            return
        }
        var groups = DomainGroups()
        // With --batch, every document's links at once: one word model learned from all of them.
        var batchLinks: [String: [AlignmentLink]] = [:]
        if batch, predicted == nil {
            let pairs = try names.map { name in
                let stem = String(name.prefix { $0 != "." })
                return (source: try lines(folder.appendingPathComponent(stem + ".id.txt").path),
                        target: try lines(folder.appendingPathComponent(stem + ".en.txt").path))
            }
            for (name, outcome) in zip(names, aligner.alignBatch(pairs)) { batchLinks[name] = outcome.links }
        }
        for name in names {
            let stem = String(name.prefix { $0 != "." })
            let source = try lines(folder.appendingPathComponent(stem + ".id.txt").path)
            let target = try lines(folder.appendingPathComponent(stem + ".en.txt").path)
            let goldPath = folder.appendingPathComponent(name).path
            let gold = try LinksFormat.parse(TextInput.read(path: goldPath), fileName: goldPath)
            let predicted = try self.predicted.map { folder in
                let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
                return try LinksFormat.parse(TextInput.read(path: path), fileName: path)
            } ?? batchLinks[name] ?? aligner.align(source: source, target: target)
            var score = AlignmentScore()
            score.add(predicted: predicted, gold: gold)
            total.add(predicted: predicted, gold: gold)
            calibration.add(predicted: predicted, gold: gold)
            groups.add(stem: stem, predicted: predicted, gold: gold)
            if perDocument, !json {
                print(String(format: "%-44@ F1 %.3f  (%d/%d gold found)", stem, score.overall.f1,
                             score.overall.found, score.overall.gold))
            }
            if errors, !json {
                printErrors(predicted: predicted, gold: gold, stem: stem,
                            costs: explain && self.predicted == nil ? { aligner.costs(of: $0, source: source, target: target) } : nil)
            }
        }
        if json {
            try JSONSummary(documents: names.count, score: total, calibration: calibration.buckets).print()
            return
        }
        print("alignment: \(names.count) documents, \(total.overall.gold) gold links (1-0/0-1 left out), strict match")
        print("kind       gold  predicted  precision  recall     F1")
        for group in AlignmentScore.groups + ["non-1-1"] {
            row(group, total.byKind[group] ?? AlignmentScore.Counts())
        }
        row("overall", total.overall)
        if byDomain { groups.printTable() }
        print("confidence   links  correct  mean confidence")
        for bucket in calibration.buckets {
            print(String(format: "%-10@ %7d %8.3f %8.3f", bucket.label, bucket.links, bucket.shareCorrect, bucket.meanConfidence))
        }
        print(String(format: "expected calibration error (links weighted |mean confidence - correct|): %.4f", calibration.expectedError))
    }

    private func row(_ name: String, _ counts: AlignmentScore.Counts) {
        print(String(format: "%-8@ %6d %10d %10.3f %7.3f %6.3f", name, counts.gold, counts.predicted,
                     counts.precision, counts.recall, counts.f1))
    }

    func lines(_ path: String) throws -> [String] {
        try TextInput.read(path: path).split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
            .reversed().drop { $0.isEmpty }.reversed()
    }

    func printErrors(predicted: [AlignmentLink], gold: [AlignmentLink], stem: String,
                             costs: (([AlignmentLink]) -> [LinkCost])?) {
        let goldLines = Set(gold.map(LinksFormat.line)), predictedLines = Set(predicted.map(LinksFormat.line))
        let wrong = predicted.filter { !goldLines.contains(LinksFormat.line(for: $0)) }
        let missed = gold.filter { !predictedLines.contains(LinksFormat.line(for: $0)) }
        // One call: each prices the links after searching the pair again.
        let allCosts = costs?(wrong + missed)
        let wrongCosts = allCosts.map { Array($0.prefix(wrong.count)) }, missedCosts = allCosts.map { Array($0.dropFirst(wrong.count)) }
        for (index, link) in wrong.enumerated() {
            print("  \(stem) wrong  \(LinksFormat.line(for: link))  (\(String(format: "%.2f", link.confidence)))"
                  + (wrongCosts.map { describe($0[index]) } ?? ""))
        }
        for (index, link) in missed.enumerated() {
            print("  \(stem) missed \(LinksFormat.line(for: link))" + (missedCosts.map { describe($0[index]) } ?? ""))
        }
        if let wrongCosts, let missedCosts, !wrong.isEmpty {
            print(String(format: "  \(stem) cost of the differing links: found %.2f, gold %.2f",
                         wrongCosts.reduce(0) { $0 + $1.total }, missedCosts.reduce(0) { $0 + $1.total }))
        }
    }

    private func describe(_ cost: LinkCost) -> String {
        String(format: "  cost %.2f = prior %.2f + length %.2f - evidence %.2f", cost.total, cost.prior, cost.length, cost.evidence)
    }
}

/// The JSON form of the figures.
private struct JSONSummary: Encodable {
    var documents: Int
    var score: AlignmentScore
    var calibration: [CalibrationTable.Bucket]

    func print() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        Swift.print(String(decoding: try encoder.encode(self), as: UTF8.self))
    }
}

/// A closed range of story numbers, written `FIRST-LAST` (or one number).
struct StoryRange: ExpressibleByArgument, CustomStringConvertible {
    var range: ClosedRange<Int>

    init?(argument: String) {
        let bounds = argument.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...2).contains(bounds.count), let first = bounds.first!, let last = bounds.last!, first <= last else { return nil }
        range = first...last
    }

    var description: String { "\(range.lowerBound)-\(range.upperBound)" }

    /// Whether the file's leading number (`07-slug.links` → 7) lies in the range.
    func contains(fileName: String) -> Bool {
        Int(fileName.prefix { $0.isNumber }).map(range.contains) ?? false
    }
}

/// Predicted links (1-0/0-1 left out) bucketed by confidence, with the share of each bucket that
/// is a gold link: whether a confidence threshold keeps what it should.
struct CalibrationTable {
    struct Bucket: Encodable {
        var label: String
        var lower: Double
        var links = 0
        var correct = 0
        /// The sum of the bucket's confidences.
        var confidenceSum = 0.0
        var shareCorrect: Double { links == 0 ? 0 : Double(correct) / Double(links) }
        /// The mean confidence of the bucket's links: calibrated when it is about `shareCorrect`.
        var meanConfidence: Double { links == 0 ? 0 : confidenceSum / Double(links) }

        enum CodingKeys: String, CodingKey { case label, links, correct, meanConfidence }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(label, forKey: .label)
            try container.encode(links, forKey: .links)
            try container.encode(correct, forKey: .correct)
            try container.encode(meanConfidence, forKey: .meanConfidence)
        }
    }

    private(set) var buckets: [Bucket] = [
        Bucket(label: "0.00-0.30", lower: 0), Bucket(label: "0.30-0.50", lower: 0.3),
        Bucket(label: "0.50-0.70", lower: 0.5), Bucket(label: "0.70-0.90", lower: 0.7),
        Bucket(label: "0.90-0.99", lower: 0.9), Bucket(label: "0.99-1.00", lower: 0.99),
    ]

    /// The links-weighted mean of each bucket's |mean confidence − share correct|: 0 when the
    /// confidences say exactly how often links are right.
    var expectedError: Double {
        let links = buckets.reduce(0) { $0 + $1.links }
        guard links > 0 else { return 0 }
        return buckets.reduce(0) { $0 + Double($1.links) * abs($1.meanConfidence - $1.shareCorrect) } / Double(links)
    }

    mutating func add(predicted: [AlignmentLink], gold: [AlignmentLink]) {
        let goldLines = Set(gold.map(LinksFormat.line))
        for link in predicted where !link.isUnaligned {
            let index = buckets.lastIndex { link.confidence >= $0.lower } ?? 0
            buckets[index].links += 1
            buckets[index].confidenceSum += link.confidence
            if goldLines.contains(LinksFormat.line(for: link)) { buckets[index].correct += 1 }
        }
    }
}
