import Foundation
import Testing
@testable import Alignment

/// A link's confidence is its posterior under the model with every cost multiplied by
/// `LatticeSearch.posteriorScale` (a temperature calibrated on real text), while the best path
/// stays the one of the unscaled costs.
@Suite struct ConfidenceCalibrationTests {
    /// Two short sentences a side whose split the English moved: 1-1 + 1-1 and a 2-2 are both plausible.
    static let source = ["Menteri itu tiba di Medan pada pagi hari.", "Ia langsung bertemu para petani kopi."]
    static let target = ["The minister arrived in Medan in the morning and went straight to meet", "coffee farmers."]

    static let steps = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2)]

    /// Every path of links through a 2 × 2 lattice.
    static func paths(from start: (Int, Int) = (0, 0)) -> [[AlignmentLink]] {
        if start == (2, 2) { return [[]] }
        return steps.compactMap { step -> [[AlignmentLink]]? in
            let end = (start.0 + step.0, start.1 + step.1)
            guard end.0 <= 2, end.1 <= 2 else { return nil }
            let link = AlignmentLink(source: start.0..<end.0, target: start.1..<end.1, confidence: 1)
            return paths(from: end).map { [link] + $0 }
        }.flatMap { $0 }
    }

    /// The posterior of each link of `found` by brute force over all paths, the costs times `scale`.
    static func posteriors(of found: [AlignmentLink], scale: Double) -> [Double] {
        let all = paths()
        let aligner = Aligner()
        let costs = all.map { path in aligner.costs(of: path, source: source, target: target).reduce(0) { $0 + $1.total } }
        let lowest = costs.min()!
        let weights = costs.map { exp(-scale * ($0 - lowest)) }
        let total = weights.reduce(0, +)
        return found.map { link in
            zip(all, weights).filter { path, _ in path.contains { $0.source == link.source && $0.target == link.target } }
                .reduce(0) { $0 + $1.1 } / total
        }
    }

    @Test func confidenceIsThePosteriorAtTheCalibratedScale() throws {
        let found = Aligner().align(source: Self.source, target: Self.target)
        let calibrated = Self.posteriors(of: found, scale: LatticeSearch.posteriorScale)
        let raw = Self.posteriors(of: found, scale: 1)
        // The pair must be doubtful, or every scale gives confidence 1.
        try #require(raw.contains { $0 < 0.999 })
        for (link, expected) in zip(found, calibrated) {
            #expect(abs(link.confidence - expected) < 1e-3, "\(LinksFormat.line(for: link)): \(link.confidence) against \(expected)")
        }
        #expect(zip(found, raw).contains { abs($0.confidence - $1) > 1e-3 }, "the scale changed no confidence")
    }

    @Test func theScaleSoftensButDoesNotChooseThePath() {
        let found = Aligner().align(source: Self.source, target: Self.target)
        let all = Self.paths()
        let costs = all.map { path in Aligner().costs(of: path, source: Self.source, target: Self.target).reduce(0) { $0 + $1.total } }
        let cheapest = all[costs.indices.min { costs[$0] < costs[$1] }!]
        #expect(found.map(LinksFormat.line) == cheapest.map(LinksFormat.line))
        #expect(LatticeSearch.posteriorScale > 0 && LatticeSearch.posteriorScale <= 1)
    }
}
