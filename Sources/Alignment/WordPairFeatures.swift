import Lexicon

/// The word-translation model as lexical evidence: each pair of an Indonesian root and an
/// English word that the model associates (both ways, `WordTranslationModel.association`)
/// becomes one feature that every sentence holding the root and every sentence holding the
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

    /// The pairs each source and target sentence carries, as numbers into `weights`.
    var source: [[Int32]]
    var target: [[Int32]]
    /// The base weight of each pair.
    var weights: [Double]

    /// - Parameters:
    ///   - sourceWords, targetWords: the sentences' words as `LexiconWords` gives them.
    init(sourceWords: [[String]], targetWords: [[String]], model: WordTranslationModel) {
        let weight = Self.baseWeight.few
            + (Self.baseWeight.many - Self.baseWeight.few) * min(1, model.totalCount / Self.trustedCount)
        // Words numbered once per input; the sentences are then read as numbers.
        var sourceNumbers: [String: Int32] = [:], targetNumbers: [String: Int32] = [:]
        var sourceVocabulary: [String] = []
        let sourceSentences = sourceWords.map { words in
            words.map { word in
                if let number = sourceNumbers[word] { return number }
                let number = Int32(sourceVocabulary.count)
                sourceNumbers[word] = number
                sourceVocabulary.append(word)
                return number
            }
        }
        let targetSentences = targetWords.map { words in
            words.map { word in
                if let number = targetNumbers[word] { return number }
                let number = Int32(targetNumbers.count)
                targetNumbers[word] = number
                return number
            }
        }
        var bySource = [[Int32]](repeating: [], count: sourceVocabulary.count)
        var byTarget = [[Int32]](repeating: [], count: targetNumbers.count)
        var weights: [Double] = []
        // In sorted order: the pairs' order decides ties at the cut and feature ids.
        for number in sourceVocabulary.indices.sorted(by: { sourceVocabulary[$0] < sourceVocabulary[$1] }) {
            let word = sourceVocabulary[number]
            var candidates: [(target: String, number: Int32, association: Double)] = []
            for translation in model.translations(ofSource: word, minimumAssociation: Self.minimumAssociation) where translation.target != word {
                if let target = targetNumbers[translation.target] { candidates.append((translation.target, target, translation.association)) }
            }
            let kept = candidates
                .sorted { $0.association > $1.association || ($0.association == $1.association && $0.target < $1.target) }
                .prefix(Self.pairsPerWord)
            for translation in kept {
                let pair = Int32(weights.count)
                weights.append(weight * translation.association)
                bySource[number].append(pair)
                byTarget[Int(translation.number)].append(pair)
            }
        }
        var seen = [Int32](repeating: -1, count: weights.count)
        var sentence: Int32 = 0
        func pairs(of words: [Int32], in index: [[Int32]]) -> [Int32] {
            defer { sentence += 1 }
            return Self.pairs(of: words, in: index, weights: weights, seen: &seen, sentence: sentence)
        }
        source = sourceSentences.map { pairs(of: $0, in: bySource) }
        target = targetSentences.map { pairs(of: $0, in: byTarget) }
        self.weights = weights
    }

    /// The most pair keys a sentence keeps, the heaviest: each one costs the search time at
    /// every link it could join, and a dozen good pairs say as much as thirty.
    static let keysPerSentence = 12

    /// The distinct pairs of a sentence's words, the heaviest `keysPerSentence` (ties in
    /// first-seen order); `seen` marks the pairs already taken with the sentence's number.
    private static func pairs(of words: [Int32], in index: [[Int32]], weights: [Double], seen: inout [Int32], sentence: Int32) -> [Int32] {
        var pairs: [Int32] = []
        for word in words {
            for pair in index[Int(word)] where seen[Int(pair)] != sentence {
                seen[Int(pair)] = sentence
                pairs.append(pair)
            }
        }
        guard pairs.count > keysPerSentence else { return pairs }
        let ranked = pairs.enumerated().sorted { first, second in
            let firstWeight = weights[Int(first.element)], secondWeight = weights[Int(second.element)]
            return firstWeight > secondWeight || (firstWeight == secondWeight && first.offset < second.offset)
        }
        return ranked.prefix(keysPerSentence).map(\.element)
    }
}
