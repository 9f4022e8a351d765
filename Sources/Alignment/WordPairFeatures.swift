import Lexicon

/// The word-translation model as lexical evidence: each pair of an Indonesian root and an
/// English word that the model associates (both ways, `WordTranslationModel.association`)
/// becomes one feature key that every sentence holding the root and every sentence holding the
/// word carry, weighted by the association, so a link whose sides translate word for word
/// shares many such keys. The search then weighs them by rarity and caps them like names and
/// numbers.
struct WordPairFeatures {
    /// Pairs associated less than this are left out.
    static let minimumAssociation = 0.12
    /// The most pairs kept per Indonesian root, the most associated first.
    static let pairsPerWord = 3
    /// The base weight of a pair of association 1 when the model holds few counts, and when it
    /// holds `trustedCount` or more (about 5,000 links' words): a model trained on a batch, a
    /// long input or a memory is worth more than one trained on a single short article (tuned on
    /// align-dev: 0.5 was best article by article, 0.7 to 1.0 for all 240 articles as one batch).
    static let baseWeight = (few: 0.5, many: 0.8)
    static let trustedCount = 100_000.0

    /// The least share of its weight a pair keeps however many sentences carry it: lower than
    /// for names and numbers, since a common word pair is in nearly every sentence.
    static let rarityFloor = 0.1

    /// Feature keys with base weights of each source and target sentence.
    var source: [[(key: String, weight: Double)]]
    var target: [[(key: String, weight: Double)]]

    /// - Parameters:
    ///   - sourceWords, targetWords: the sentences' words as `LexiconWords` gives them.
    init(sourceWords: [[String]], targetWords: [[String]], model: WordTranslationModel) {
        let weight = Self.baseWeight.few
            + (Self.baseWeight.many - Self.baseWeight.few) * min(1, model.totalCount / Self.trustedCount)
        let targetVocabulary = Set(targetWords.joined())
        var bySource: [String: [(key: String, weight: Double)]] = [:]
        var byTarget: [String: [(key: String, weight: Double)]] = [:]
        for word in Set(sourceWords.joined()) {
            let kept = model.translations(ofSource: word, minimumAssociation: Self.minimumAssociation)
                .filter { $0.target != word && targetVocabulary.contains($0.target) }
                .sorted { $0.association > $1.association || ($0.association == $1.association && $0.target < $1.target) }
                .prefix(Self.pairsPerWord)
            for translation in kept {
                let feature = (key: "m:" + word + "\u{1F}" + translation.target, weight: weight * translation.association)
                bySource[word, default: []].append(feature)
                byTarget[translation.target, default: []].append(feature)
            }
        }
        source = sourceWords.map { Self.keys(of: $0, in: bySource) }
        target = targetWords.map { Self.keys(of: $0, in: byTarget) }
    }

    /// The most pair keys a sentence keeps, the heaviest: each one costs the search time at
    /// every link it could join, and a dozen good pairs say as much as thirty.
    static let keysPerSentence = 12

    /// The distinct keys of a sentence's words, the heaviest `keysPerSentence` (ties in first-seen order).
    private static func keys(of words: [String], in index: [String: [(key: String, weight: Double)]]) -> [(key: String, weight: Double)] {
        var seen: Set<String> = []
        var keys: [(key: String, weight: Double)] = []
        for word in words {
            for feature in index[word] ?? [] where seen.insert(feature.key).inserted { keys.append(feature) }
        }
        guard keys.count > keysPerSentence else { return keys }
        return Array(keys.enumerated().sorted { $0.element.weight > $1.element.weight || ($0.element.weight == $1.element.weight && $0.offset < $1.offset) }
            .prefix(keysPerSentence).map(\.element))
    }
}
