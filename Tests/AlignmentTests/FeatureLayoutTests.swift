import Lexicon
import Testing
@testable import Alignment

/// The aligner's evidence in its fast layout (features numbered once per input, sentences read
/// on several cores, rows renumbered for the scorer) must say exactly what it said before.
@Suite struct FeatureLayoutTests {
    @Test func theHeaviestAreKeptOnceEachEqualWeightsInIdOrder() {
        let order = FeatureOrder(weights: [0.4, 1.1, 0.4, 0.9])
        #expect(order.heaviest([2, 0, 1, 3, 2]) == [1, 3, 0, 2])
        #expect(order.heaviest([2, 0, 1, 3], limit: 2) == [1, 3])
        #expect(order.heaviest([]) == [])
    }

    @Test func aParallelMapKeepsTheOrderOfASerialOne() {
        for count in [0, 1, 63, 64, 1_000, 9_999] {
            #expect(ParallelMap.map(count) { $0 &* 7_919 % 1_013 } == (0..<count).map { $0 &* 7_919 % 1_013 })
        }
    }

    @Test func rowsStoreTheRenumberedIdsAndTotalEveryWeight() {
        let weights = [0.5, 1.0, 0.25, 2.0]
        let rows = FeatureRows([[3, 1], [], [2, 0]], weights: weights, storedIDs: [-1, 0, 2, 1]) { $0 == 3 || $0 == 2 }
        defer { rows.deallocate() }
        #expect(Array(rows.ids(of: 0)) == [1, 0])
        #expect(Array(rows.expectedIDs(of: 0)) == [1])
        #expect(Array(rows.ids(of: 1)).isEmpty)
        #expect(Array(rows.ids(of: 2)) == [2])
        #expect(Array(rows.expectedIDs(of: 2)) == [2])
        #expect(rows.total(of: 0) == 3.0)
        #expect(rows.total(of: 2) == 0.75)
    }

    @Test func storedIdsFollowTheRowsFirstSourceThenTarget() {
        let read: Set<Int32> = [1, 2, 4]
        let stored = FeatureRows.storedIDs(sourceRows: [[4, 0], [1]], targetRows: [[2, 4]], featureCount: 5) { read.contains($0) }
        #expect(stored == [-1, 1, 2, -1, 0])
    }

    /// Sentences with numbers, names, cognates, marks and repeated word forms, more than one block
    /// of `FeatureVocabulary.parallelBlock`, so several blocks are read on several cores.
    static func sentences(count: Int, indonesian: Bool) -> [String] {
        let names = ["Sorong", "Makassar", "Kupang", "BPS", "Ternate", "Bitung", "OJK"]
        return (0..<count).map { index in
            let name = names[index % names.count], number = index % 97
            return indonesian
                ? "Pelabuhan \(name) menerima \(number) kapal logistik pada Maret \(2000 + index % 30)?"
                : "The port of \(name) received \(number) logistics ships in March \(2000 + index % 30)?"
        }
    }

    @Test func sentencesReadInBlocksGetTheIdsOfSentencesReadOneByOne() {
        let source = Self.sentences(count: FeatureVocabulary.parallelBlock + 500, indonesian: true)
        let target = Self.sentences(count: FeatureVocabulary.parallelBlock + 300, indonesian: false)
        var empty = FeatureVocabulary()
        let matcher = PhraseMatcher(dictionary: nil, vocabulary: &empty)
        var blocks = FeatureVocabulary(), single = FeatureVocabulary()
        let inBlocks = blocks.features(of: source, indonesian: true, phrases: matcher, anchors: nil)
            + blocks.features(of: target, indonesian: false, phrases: matcher, anchors: nil)
        let oneByOne = source.map { single.features(of: $0, indonesian: true, phrases: matcher, anchors: []) }
            + target.map { single.features(of: $0, indonesian: false, phrases: matcher, anchors: []) }
        #expect(inBlocks == oneByOne)
        #expect(blocks.baseWeights == single.baseWeights)
        #expect(inBlocks[0].count >= 6)   // port word, name, number, cognates, month, year, "?"
    }

    @Test func wordPairsAreNumberedOncePerPairAndSharedAcrossSides() {
        let sourceWords = [["kapal", "pelabuhan"], ["kapal"]]
        let targetWords = [["ship", "port"], ["ship"]]
        var counts = TranslationCounts()
        counts.add(WordPair(source: "kapal", target: "ship"), count: 40)
        counts.add(WordPair(source: "pelabuhan", target: "port"), count: 30)
        let pairs = WordPairFeatures(sourceWords: sourceWords, targetWords: targetWords, model: WordTranslationModel(counts: counts))
        #expect(pairs.weights.count == 2)
        #expect(Set(pairs.source[0]) == Set(pairs.target[0]))
        #expect(pairs.source[1] == pairs.target[1])
        #expect(pairs.source[1].count == 1)
    }
}
