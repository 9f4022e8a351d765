/// The fuzzy-match percentage between a new sentence and a memory sentence.
///
///     FuzzyScore.score("Harga naik 5 persen.", "Harga naik 7 persen.").percentage   // 95.0
///
/// Both sentences are split into `MatchToken`s. An edit script turns the memory sentence's tokens
/// into the new sentence's; its cheapest cost *C* is found by dynamic programming with these costs:
///
/// | edit                                                        | cost |
/// |-------------------------------------------------------------|------|
/// | insert, delete or replace a word (or number)                | 1    |
/// | keep a word that differs only in case (`Jakarta`/`jakarta`)  | 0.2  |
/// | keep a number whose digits differ (`2018`/`2019`)             | 0.2  |
/// | insert, delete or replace a punctuation mark                | 0.2  |
///
/// Words are never paired with punctuation. With *n* and *m* the word (and number) counts of the
/// two sentences:
///
///     score = 100 × max(0, 1 − C / max(n, m, 1)), capped at 99 unless the token texts are identical
///
/// so 100 % means the same words, numbers and punctuation (white space aside).
///
/// Bound used by the index: if *k* words (by key: lower-cased, every number alike) of the new
/// sentence are paired with equal words of the memory one, then C ≥ max(n, m) − k, so a score ≥ T
/// needs k ≥ T·max(n, m)/100, hence T·n/100 ≤ m ≤ 100·n/T and at least ⌈T·n/100⌉ shared words.
public struct FuzzyScore: Hashable, Sendable {
    /// 0…100.
    public var percentage: Double
    /// What differs, in the new sentence's order.
    public var differences: [MatchDifference]

    static let wordCost = 1.0
    static let casePenalty = 0.2
    static let numberPenalty = 0.2
    static let punctuationCost = 0.2
    /// The least any difference costs: a sentence that is not the same scores at most
    /// 100 × (1 − smallestCost / words).
    static let smallestCost = min(wordCost, casePenalty, numberPenalty, punctuationCost)

    /// Scores `memory` as a match for `query`.
    /// - Complexity: O(*q*·*m*) in the token counts.
    public static func score(_ query: String, _ memory: String) -> FuzzyScore {
        score(MatchToken.tokenize(query), MatchToken.tokenize(memory))
    }

    /// Scores token sequences (see the type's formula).
    public static func score(_ query: [MatchToken], _ memory: [MatchToken]) -> FuzzyScore {
        let rows = query.count, columns = memory.count
        var cost = [Double](repeating: 0, count: (rows + 1) * (columns + 1))
        func at(_ i: Int, _ j: Int) -> Int { i * (columns + 1) + j }
        for i in 1...max(rows, 1) where i <= rows { cost[at(i, 0)] = cost[at(i - 1, 0)] + indelCost(query[i - 1]) }
        for j in 1...max(columns, 1) where j <= columns { cost[at(0, j)] = cost[at(0, j - 1)] + indelCost(memory[j - 1]) }
        if rows > 0 && columns > 0 {
            for i in 1...rows {
                for j in 1...columns {
                    var best = cost[at(i - 1, j)] + indelCost(query[i - 1])
                    best = min(best, cost[at(i, j - 1)] + indelCost(memory[j - 1]))
                    if let pair = pairCost(query[i - 1], memory[j - 1]) {
                        best = min(best, cost[at(i - 1, j - 1)] + pair)
                    }
                    cost[at(i, j)] = best
                }
            }
        }
        let total = cost[at(rows, columns)]
        let words = max(query.lazy.filter { $0.kind != .punctuation }.count,
                        memory.lazy.filter { $0.kind != .punctuation }.count, 1)
        var percentage = max(0, 100 * (1 - total / Double(words)))
        let identical = rows == columns && zip(query, memory).allSatisfy { $0.text == $1.text }
        if !identical { percentage = min(percentage, 99) }
        return FuzzyScore(percentage: percentage, differences: backtrace(query, memory, cost))
    }

    static func indelCost(_ token: MatchToken) -> Double {
        token.kind == .punctuation ? punctuationCost : wordCost
    }

    /// The cost of pairing two tokens, or `nil` when a word would be paired with punctuation.
    static func pairCost(_ a: MatchToken, _ b: MatchToken) -> Double? {
        if (a.kind == .punctuation) != (b.kind == .punctuation) { return nil }
        if a.text == b.text { return 0 }
        if a.kind == .punctuation { return punctuationCost }
        guard a.key == b.key else { return wordCost }
        return a.kind == .number ? numberPenalty : casePenalty
    }

    private static func backtrace(_ query: [MatchToken], _ memory: [MatchToken], _ cost: [Double]) -> [MatchDifference] {
        let columns = memory.count
        func at(_ i: Int, _ j: Int) -> Int { i * (columns + 1) + j }
        func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-9 }
        var differences: [MatchDifference] = []
        var i = query.count, j = memory.count
        while i > 0 || j > 0 {
            if i > 0, j > 0, let pair = pairCost(query[i - 1], memory[j - 1]), close(cost[at(i, j)], cost[at(i - 1, j - 1)] + pair) {
                let (q, m) = (query[i - 1], memory[j - 1])
                if pair > 0 {
                    let kind: MatchDifference.Kind = q.kind == .punctuation ? .punctuation
                        : q.key != m.key ? .replaced : q.kind == .number ? .number : .letterCase
                    differences.append(MatchDifference(kind: kind, query: q.text, memory: m.text))
                }
                i -= 1; j -= 1
            } else if i > 0, close(cost[at(i, j)], cost[at(i - 1, j)] + indelCost(query[i - 1])) {
                let q = query[i - 1]
                differences.append(MatchDifference(kind: q.kind == .punctuation ? .punctuation : .inserted, query: q.text, memory: nil))
                i -= 1
            } else {
                let m = memory[j - 1]
                differences.append(MatchDifference(kind: m.kind == .punctuation ? .punctuation : .deleted, query: nil, memory: m.text))
                j -= 1
            }
        }
        return differences.reversed()
    }
}

/// One difference between a new sentence and the memory sentence that matched it.
///
///     MatchDifference(kind: .number, query: "2019", memory: "2018")
public struct MatchDifference: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// A word of the new sentence that the memory sentence lacks.
        case inserted
        /// A word of the memory sentence that the new sentence lacks.
        case deleted
        /// A word replaced by another.
        case replaced
        /// The same word in other letter case.
        case letterCase
        /// Another number in the same place.
        case number
        /// A punctuation mark added, removed or changed.
        case punctuation
    }

    public var kind: Kind
    /// The new sentence's text, `nil` for a deletion.
    public var query: String?
    /// The memory sentence's text, `nil` for an insertion.
    public var memory: String?
}
