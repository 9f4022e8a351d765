import Lexicon
import Memory

/// A concordance whose hits carry the spotted translation of the query: for an Indonesian query
/// the English span, for an English one the Indonesian span, and a tally of the renderings.
public struct SpottedConcordance: Sendable, Hashable, Codable {
    /// One concordance hit and its spotted span on the other side.
    public struct Hit: Sendable, Hashable, Codable {
        public var hit: ConcordanceHit
        /// Character offsets of the spotted span in the other side's text (`hit.target` for a
        /// source-side search), when one was found.
        public var spotRange: Range<Int>?
        /// The spotted span as written.
        public var spotText: String?

        public init(hit: ConcordanceHit, spotRange: Range<Int>? = nil, spotText: String? = nil) {
            self.hit = hit
            self.spotRange = spotRange
            self.spotText = spotText
        }
    }

    /// The query as given.
    public var query: String
    /// The hits to show, phrase hits first, then newest.
    public var hits: [Hit]
    /// Renderings over the first `sampled` hits (at least the hits shown).
    public var renderings: [Rendering]
    /// How many hits the renderings were counted over.
    public var sampled: Int

    /// `pengerahan: deployment 41, mobilization 7`.
    public var summaryLine: String { "\(query): \(renderings.summary())" }
}

extension TranslationMemory {
    /// The concordance of `query` (`concordance(_:in:limit:exact:)`) with each hit's translation
    /// of the query spotted under `model` (by default the memory's own word-translation table)
    /// smoothed by `prior` (by default `SpottingPrior.shared`: the shipped glossary, FreeDict when
    /// installed, spelling), and the renderings counted over up to `sample` hits. A memory with
    /// no word counts spots nothing.
    ///
    ///     let result = try memory.spottedConcordance("pengerahan", in: .source)
    ///     result.summaryLine          // "pengerahan: deployment 41, mobilization 7"
    ///     result.hits[0].spotText     // "deployment"
    ///
    /// - Complexity: one spot per sampled hit, O(m · L · n) each (`SpanSpotter`).
    public func spottedConcordance(_ query: String, in side: MemorySide, limit: Int = 20, exact: Bool = false,
                                   sample: Int = 200, model: WordTranslationModel? = nil,
                                   prior: SpottingPrior = .shared) throws(MemoryError) -> SpottedConcordance {
        let found = try concordance(query, in: side, limit: max(limit, sample), exact: exact)
        let model = if let model { model } else { WordTranslationModel(counts: try wordTranslationCounts()) }
        guard !model.isEmpty else {
            return SpottedConcordance(query: query, hits: found.prefix(limit).map { SpottedConcordance.Hit(hit: $0) }, renderings: [], sampled: 0)
        }
        var spotting = ConcordanceSpotting(model: model, prior: prior, side: side, query: query)
        var tally = RenderingTally()
        var hits: [SpottedConcordance.Hit] = []
        for (index, hit) in found.enumerated() {
            let spot = spotting.spot(hit)
            if let spot { tally.add(spot) }
            if index < limit { hits.append(SpottedConcordance.Hit(hit: hit, spotRange: spot?.range, spotText: spot?.text)) }
        }
        return SpottedConcordance(query: query, hits: hits, renderings: tally.renderings, sampled: found.count)
    }
}

/// Spots concordance hits of one query: finds the query's words in the searched side (the
/// occurrence where they stand together, else each word's first) and the span that translates them.
public struct ConcordanceSpotting: Sendable {
    private let spotter: SpanSpotter
    private let side: MemorySide
    private let queryLength: Int
    private var reader = SpottingReader()

    public init(model: WordTranslationModel, prior: SpottingPrior = .shared, side: MemorySide, query: String) {
        spotter = SpanSpotter(model: model, prior: prior)
        self.side = side
        queryLength = max(1, SpottingText(query, language: side == .source ? .indonesian : .english).words.count)
    }

    /// The spotted span of `hit` in the side not searched.
    public mutating func spot(_ hit: ConcordanceHit) -> SpanSpotter.Spot? {
        let searched = text(side == .source ? hit.source : hit.target, side == .source ? .indonesian : .english)
        let other = text(side == .source ? hit.target : hit.source, side == .source ? .english : .indonesian)
        let matching = searched.words.indices.filter { index in hit.ranges.contains { $0.overlaps(searched.words[index].range) } }
        return spotter.spot(query: Self.occurrence(matching, length: queryLength, in: searched), in: searched, other: other)
    }

    /// The first run of `length` consecutive matching words, else the first match of each model word.
    static func occurrence(_ matching: [Int], length: Int, in text: SpottingText) -> [Int] {
        if length > 1, let start = matching.firstIndex(where: { first in
            (0..<length).allSatisfy { matching.contains(first + $0) }
        }) {
            return Array(matching[start]..<(matching[start] + length))
        }
        var seen = Set<String>()
        return matching.filter { seen.insert(text.words[$0].modelWord).inserted }
    }

    private mutating func text(_ string: String, _ language: SpottingText.Language) -> SpottingText {
        reader.read(string, language)
    }
}
