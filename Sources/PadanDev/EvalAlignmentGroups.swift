import Alignment
import Foundation
import TextIO

/// Scores per domain and plain/hard, for the real development set (`../shared/align-dev`), whose
/// document names carry the domain (`dev-panl-int-002`, `dev-ted-805`) and a `-hard` suffix for
/// the variant with merged and deleted sentences.
struct DomainGroups {
    /// The domains named in the documents' names, in the order printed.
    static let domains = ["int", "eco", "spo", "ted"]

    private var scores: [String: AlignmentScore] = [:]

    /// The group names of a document: its domain with `plain` or `hard`, and `all plain` or `all hard`.
    static func groups(of stem: String) -> [String] {
        let parts = stem.split(separator: "-").map(String.init)
        let variant = stem.hasSuffix("-hard") ? "hard" : "plain"
        let domain = domains.first { parts.contains($0) }
        return (domain.map { ["\($0) \(variant)"] } ?? []) + ["all \(variant)"]
    }

    mutating func add(stem: String, predicted: [AlignmentLink], gold: [AlignmentLink]) {
        for group in Self.groups(of: stem) { scores[group, default: AlignmentScore()].add(predicted: predicted, gold: gold) }
    }

    /// One row per group present: gold links, precision, recall, F1, and F1 on the non-1-1 links.
    func printTable() {
        print("group        gold  precision  recall     F1  non-1-1 F1 (gold)")
        let order = ["all plain", "all hard"] + Self.domains.flatMap { ["\($0) plain", "\($0) hard"] }
        for group in order {
            guard let score = scores[group] else { continue }
            let nonOneToOne = score.byKind["non-1-1"] ?? AlignmentScore.Counts()
            print(String(format: "%-10@ %6d %10.3f %7.3f %6.3f %7.3f (%d)", group, score.overall.gold, score.overall.precision,
                         score.overall.recall, score.overall.f1, nonOneToOne.f1, nonOneToOne.gold))
        }
    }
}

extension EvalAlignment {
    /// Aligns every document of `names` as one input, the documents one after another, and prints
    /// the score of the whole against the documents' gold links shifted to their places.
    func printConcatenated(names: [String], folder: URL, aligner: Aligner) throws {
        var source: [String] = [], target: [String] = [], gold: [AlignmentLink] = []
        var documents: [(stem: String, source: Range<Int>, target: Range<Int>)] = []
        for name in names {
            let stem = String(name.prefix { $0 != "." })
            let goldPath = folder.appendingPathComponent(name).path
            let sourceOffset = source.count, targetOffset = target.count
            defer { documents.append((stem, sourceOffset..<source.count, targetOffset..<target.count)) }
            gold += try LinksFormat.parse(TextInput.read(path: goldPath), fileName: goldPath).map {
                AlignmentLink(source: $0.source.lowerBound + sourceOffset..<$0.source.upperBound + sourceOffset,
                              target: $0.target.lowerBound + targetOffset..<$0.target.upperBound + targetOffset, confidence: 1)
            }
            source += try lines(folder.appendingPathComponent(stem + ".id.txt").path)
            target += try lines(folder.appendingPathComponent(stem + ".en.txt").path)
        }
        let started = Date()
        let predicted = aligner.align(source: source, target: target)
        let seconds = Date().timeIntervalSince(started)
        var score = AlignmentScore()
        score.add(predicted: predicted, gold: gold)
        var calibration = CalibrationTable()
        calibration.add(predicted: predicted, gold: gold)
        let nonOneToOne = score.byKind["non-1-1"] ?? AlignmentScore.Counts()
        print(String(format: "concatenated: %d documents as one input, %d × %d sentences, aligned in %.2f s", names.count,
                     source.count, target.count, seconds))
        print(String(format: "overall  %6d %10.3f %7.3f %6.3f  non-1-1 F1 %.3f", score.overall.gold, score.overall.precision,
                     score.overall.recall, score.overall.f1, nonOneToOne.f1))
        if let top = calibration.buckets.last {
            print(String(format: "confidence >= 0.99: %d links, %.3f correct", top.links, top.shareCorrect))
        }
        let crossing = predicted.filter { link in
            documents.contains { link.source.overlaps($0.source) && !$0.source.contains(range: link.source)
                || link.target.overlaps($0.target) && !$0.target.contains(range: link.target) }
        }
        print("links across a document boundary: \(crossing.count)")
        // With --explain, every differing link priced in one call (each call searches the whole input again).
        var costOfLine: [String: LinkCost] = [:]
        if errors, explain {
            let goldLines = Set(gold.map(LinksFormat.line)), predictedLines = Set(predicted.map(LinksFormat.line))
            let differing = predicted.filter { !goldLines.contains(LinksFormat.line(for: $0)) }
                + gold.filter { !predictedLines.contains(LinksFormat.line(for: $0)) }
            for (link, cost) in zip(differing, aligner.costs(of: differing, source: source, target: target)) {
                costOfLine[LinksFormat.line(for: link)] = cost
            }
        }
        if perDocument || errors {
            for document in documents {
                // A link crossing the boundary counts (as wrong) in both documents it touches.
                let inside = { (link: AlignmentLink) in link.source.overlaps(document.source) || link.target.overlaps(document.target) }
                var part = AlignmentScore()
                part.add(predicted: predicted.filter(inside), gold: gold.filter(inside))
                if perDocument {
                    print(String(format: "%-44@ F1 %.3f  (%d/%d gold found)", document.stem, part.overall.f1,
                                 part.overall.found, part.overall.gold))
                }
                if errors {
                    let local = { (link: AlignmentLink) in
                        AlignmentLink(source: link.source.lowerBound - document.source.lowerBound..<link.source.upperBound - document.source.lowerBound,
                                      target: link.target.lowerBound - document.target.lowerBound..<link.target.upperBound - document.target.lowerBound,
                                      confidence: link.confidence)
                    }
                    let global = { (link: AlignmentLink) in
                        AlignmentLink(source: link.source.lowerBound + document.source.lowerBound..<link.source.upperBound + document.source.lowerBound,
                                      target: link.target.lowerBound + document.target.lowerBound..<link.target.upperBound + document.target.lowerBound,
                                      confidence: link.confidence)
                    }
                    let costs = { (links: [AlignmentLink]) in links.map { costOfLine[LinksFormat.line(for: global($0))]! } }
                    printErrors(predicted: predicted.filter(inside).map(local), gold: gold.filter(inside).map(local), stem: document.stem,
                                costs: explain ? costs : nil)
                }
            }
        }
    }
}

extension Range<Int> {
    /// Whether every index of `other` lies in this range (an empty `other` lies anywhere).
    func contains(range other: Range<Int>) -> Bool {
        other.isEmpty || (other.lowerBound >= lowerBound && other.upperBound <= upperBound)
    }
}
