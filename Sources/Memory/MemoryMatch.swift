import Foundation

/// A memory unit that matches a new sentence, with its fuzzy score.
///
///     let best = try memory.lookup("Inflasi 2019 mencapai 3,1 persen.").first
///     best?.score           // 98.0
///     best?.adaptedTarget   // "Inflation in 2019 reached 3.1 percent."
public struct MemoryMatch: Hashable, Sendable, Codable {
    /// 0…100; 100 only for the same words, numbers and punctuation (see `FuzzyScore`).
    public var score: Double
    public var source: String
    public var target: String
    public var sourceLanguage: String
    public var targetLanguage: String
    /// Where the unit came from (a TMX file name, an article).
    public var origin: String?
    /// The unit's creation date (`creationdate`, else the import date).
    public var date: Date?
    public var unitID: Int64
    /// The target with the new sentence's numbers carried over, when numbers are all that differs.
    public var adaptedTarget: String?
    /// What differs between the new sentence and `source`.
    public var differences: [MatchDifference]
}

/// A unit found by concordance search, with where the searched words sit in the searched side.
public struct ConcordanceHit: Hashable, Sendable, Codable {
    public var unitID: Int64
    public var source: String
    public var target: String
    public var origin: String?
    public var date: Date?
    /// Which side was searched.
    public var side: MemorySide
    /// Character offsets of the matching words in the searched side's text.
    public var ranges: [Range<Int>]
    /// Whether the words occur together, in the query's order.
    public var isPhrase: Bool
}
