import Foundation
import Testing
@testable import Alignment

/// A long input made of many articles (a corpus import) must be aligned as well as its articles
/// one by one: the length model and the rarity of each cue are judged near each place, not over
/// the whole input.
@Suite struct LongInputTests {
    /// 1-1 links of a close translation (ratio 1, little spread) followed by a loose one (ratio
    /// 1.5, wide spread), with a fixed pseudo-random spread so the test is the same every run.
    static func twoStyles(close: Int, loose: Int) -> [(row: Int, source: Double, target: Double)] {
        var state: UInt64 = 7
        func draw() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53) * 2 - 1
        }
        return (0..<close + loose).map { row in
            let source = 80 + 40 * (draw() + 1)
            let target = row < close ? source * (1 + 0.05 * draw()) : source * 1.5 * (1 + 0.4 * draw())
            return (row, source, target)
        }
    }

    @Test func eachPartOfALongInputGetsItsOwnLengthModel() {
        let pairs = Self.twoStyles(close: 300, loose: 300)
        let whole = LengthModel(ratio: 1.2, variance: 6.8).refitted(on: pairs.map { ($0.source, $0.target) })
        let models = LocalLengthModels(pairs: pairs, sourceCount: 600, whole: whole)
        let close = models.model(atRow: 100), loose = models.model(atRow: 500)
        #expect(abs(close.ratio - 1) < 0.05)
        #expect(abs(loose.ratio - 1.5) < 0.1)
        #expect(close.variance < whole.variance && close.variance < loose.variance)
        // A link of the close part that is 30 % longer is unlikely there, less so under the whole's model.
        #expect(close.cost(sourceLength: 100, targetLength: 130) > whole.cost(sourceLength: 100, targetLength: 130))
    }

    @Test func anArticleKeepsOneLengthModel() {
        let pairs = Self.twoStyles(close: 60, loose: 50)
        let whole = LengthModel(ratio: 1.2, variance: 6.8).refitted(on: pairs.map { ($0.source, $0.target) })
        let models = LocalLengthModels(pairs: pairs, sourceCount: 110, whole: whole)
        for row in [0, 30, 80, 110] {
            #expect(models.model(atRow: row).ratio == whole.ratio && models.model(atRow: row).variance == whole.variance)
        }
    }

    /// The weight of the heaviest cue of sentence 0 when the name `Sorong` stands in sentence 0 of
    /// each side and again in the sentences at `repeats` (both sides), among sentences that share nothing.
    static func weightOfTheName(repeatedAt repeats: Set<Int>) -> Double {
        let count = 1_000
        let source = (0..<count).map { $0 == 0 || repeats.contains($0) ? "Sorong sepi." : "Ada air." }
        let target = (0..<count).map { $0 == 0 || repeats.contains($0) ? "Sorong was quiet." : "It was wet." }
        let evidence = SentenceEvidence(source: source, target: target, dictionary: nil, anchors: nil)
        return evidence.sourceFeatures[0].map { evidence.weights[Int($0)] }.max() ?? 0
    }

    @Test func aNameRepeatedFarAwayKeepsItsWeight() {
        let alone = Self.weightOfTheName(repeatedAt: [])
        let spread = Self.weightOfTheName(repeatedAt: Set(stride(from: 100, to: 1_000, by: 100)))
        let nearby = Self.weightOfTheName(repeatedAt: Set(1...9))
        #expect(alone > 0)
        #expect(spread == alone)
        #expect(nearby < alone * 0.5)
    }

    /// Two articles of the fixtures, one after the other, `copies` times.
    static func concatenated(copies: Int) throws -> (source: [String], target: [String], parts: [(source: [String], target: [String])]) {
        let parts = try ["harbour", "patrol"].map { try AlignerTests.fixture($0) }.map { (source: $0.source, target: $0.target) }
        let repeated = Array(repeating: parts, count: copies).flatMap { $0 }
        return (repeated.flatMap(\.source), repeated.flatMap(\.target), repeated)
    }

    @Test func aLongInputOfArticlesAlignsLikeItsArticles() throws {
        let input = try Self.concatenated(copies: 40)
        let aligner = Aligner()
        var expected: [String] = [], sourceOffset = 0, targetOffset = 0
        for part in input.parts {
            expected += aligner.align(source: part.source, target: part.target).map {
                LinksFormat.line(for: AlignmentLink(source: $0.source.lowerBound + sourceOffset..<$0.source.upperBound + sourceOffset,
                                                    target: $0.target.lowerBound + targetOffset..<$0.target.upperBound + targetOffset,
                                                    confidence: 1))
            }
            sourceOffset += part.source.count
            targetOffset += part.target.count
        }
        #expect(input.source.count * input.target.count > AlignerOptions().fullSearchLimit)
        #expect(aligner.align(source: input.source, target: input.target).map(LinksFormat.line) == expected)
    }
}
