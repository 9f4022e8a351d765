/// Word-translation probabilities in both directions, read off `TranslationCounts`:
/// t(e | f) = c(f, e) / Σₑ c(f, e) and t(f | e) = c(f, e) / Σ_f c(f, e), for an Indonesian
/// root f and an English word e. Their geometric mean, the association, is high only for pairs
/// that prefer each other both ways, so a frequent function word, which co-occurs with
/// everything, prefers nothing in particular and scores low.
///
///     let model = WordTranslationModel(counts: counts)
///     model.association(source: "rumah", target: "house")   // 0.8…
///     model.translations(ofSource: "rumah").first?.target   // "house"
public struct WordTranslationModel: Sendable {
    /// The counts the probabilities come from.
    public let counts: TranslationCounts
    private let bySource: [String: [(target: String, count: Double)]]
    private let sourceTotals: [String: Double]
    private let targetTotals: [String: Double]

    /// The model with no counts: every probability 0.
    public init() { self.init(counts: TranslationCounts()) }

    public init(counts: TranslationCounts) {
        self.counts = counts
        var bySource: [String: [(target: String, count: Double)]] = [:]
        for (pair, count) in counts.pairs { bySource[pair.source, default: []].append((pair.target, count)) }
        self.bySource = bySource.mapValues { $0.sorted { $0.count > $1.count || ($0.count == $1.count && $0.target < $1.target) } }
        (sourceTotals, targetTotals, totalCount) = counts.totals()
    }

    /// The sum of all counts: about how many word links the model has seen.
    public let totalCount: Double

    /// Whether the model knows no pair.
    public var isEmpty: Bool { counts.isEmpty }

    /// t(target | source): how likely the English word is as a translation of the Indonesian root.
    public func probability(ofTarget target: String, givenSource source: String) -> Double {
        guard let count = counts.pairs[WordPair(source: source, target: target)], let total = sourceTotals[source] else { return 0 }
        return count / total
    }

    /// t(source | target): how likely the Indonesian root is as a translation of the English word.
    public func probability(ofSource source: String, givenTarget target: String) -> Double {
        guard let count = counts.pairs[WordPair(source: source, target: target)], let total = targetTotals[target] else { return 0 }
        return count / total
    }

    /// c(f, e): the count of the pair (0 when unseen).
    public func count(source: String, target: String) -> Double {
        counts.pairs[WordPair(source: source, target: target)] ?? 0
    }

    /// Σₑ c(f, e): how many links of the Indonesian root the model has seen (0 when unknown).
    public func total(ofSource source: String) -> Double { sourceTotals[source] ?? 0 }

    /// Σ_f c(f, e): how many links of the English word the model has seen (0 when unknown).
    public func total(ofTarget target: String) -> Double { targetTotals[target] ?? 0 }

    /// √(t(e | f) · t(f | e)), in [0, 1].
    public func association(source: String, target: String) -> Double {
        (probability(ofTarget: target, givenSource: source) * probability(ofSource: source, givenTarget: target)).squareRoot()
    }

    /// The English words the model pairs with `source`, the most counted first, with their
    /// association; with `minimumAssociation`, only those that reach it.
    /// - Complexity: O(k) for the k pairs returned and the first one left out, since
    ///   t(e | f) ≥ association² and the pairs are kept by falling count.
    public func translations(ofSource source: String, minimumAssociation: Double = 0) -> [(target: String, association: Double)] {
        guard let entries = bySource[source], let total = sourceTotals[source] else { return [] }
        var found: [(target: String, association: Double)] = []
        for entry in entries {
            let forward = entry.count / total
            if forward < minimumAssociation * minimumAssociation { break }
            let association = (forward * entry.count / (targetTotals[entry.target] ?? entry.count)).squareRoot()
            if association >= minimumAssociation { found.append((entry.target, association)) }
        }
        return found
    }

    /// The word links inside one sentence pair (words as `LexiconWords` gives them): each
    /// English word linked to the Indonesian word it is most associated with, when that
    /// association reaches `minimumAssociation`; identical words are linked too (names, numbers
    /// written alike). Links come in English word order.
    ///
    ///     model.wordLinks(source: ["rumah", "besar"], target: ["big", "house"])
    ///     // [WordLink(source: 1, target: 0, …), WordLink(source: 0, target: 1, …)]
    public func wordLinks(source: [String], target: [String], minimumAssociation: Double = 0.1) -> [WordLink] {
        target.enumerated().compactMap { targetIndex, targetWord in
            var best: WordLink?
            for (sourceIndex, sourceWord) in source.enumerated() {
                let score = sourceWord == targetWord ? 1 : association(source: sourceWord, target: targetWord)
                if score >= minimumAssociation, score > (best?.association ?? 0) {
                    best = WordLink(source: sourceIndex, target: targetIndex,
                                    pair: WordPair(source: sourceWord, target: targetWord), association: score)
                }
            }
            return best
        }
    }
}

/// One Indonesian word and one English word of a sentence pair that the model links.
public struct WordLink: Hashable, Sendable {
    /// Index of the Indonesian word.
    public var source: Int
    /// Index of the English word.
    public var target: Int
    /// The two words.
    public var pair: WordPair
    /// The model's association of the pair (1 for identical words).
    public var association: Double
}
