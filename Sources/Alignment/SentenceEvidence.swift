import Foundation
import Segmentation

/// What each sentence of an input pair offers as evidence of translation: its length and the
/// anchors that survive translation (numbers read by `NumberMention`, names and acronyms, month
/// and weekday names, question and quotation marks, dictionary pairs and the caller's anchors), as feature ids shared by
/// both sides, with one weight per feature.
struct SentenceEvidence {
    /// Feature ids of each source sentence, unique, heaviest first.
    var sourceFeatures: [[Int32]]
    /// Feature ids of each target sentence, unique, heaviest first.
    var targetFeatures: [[Int32]]
    /// Length of each source sentence in characters (Unicode scalars).
    var sourceLengths: [Double]
    /// Length of each target sentence in characters.
    var targetLengths: [Double]
    /// How much a shared feature says, in nats: a base weight for its kind and size,
    /// scaled down the more sentences carry it.
    var weights: [Double]
    /// Features (plain numbers) whose absence from the other side of a link counts against it.
    var expectedOnBothSides: [Bool]
    /// The features by `weights`, heaviest first, which decides the ones a sentence keeps.
    var order = FeatureOrder(weights: [])

    /// The least share of its base weight a feature keeps however common it is.
    static let rarityFloor = 0.3

    /// The most features kept per sentence; the lightest are dropped beyond it.
    static let featureLimit = 32

    /// Every feature of each sentence, before the cut to `featureLimit`.
    private var allSourceFeatures: [[Int32]]
    private var allTargetFeatures: [[Int32]]
    private var vocabulary: FeatureVocabulary

    /// Extracts the evidence of `source` (Indonesian) and `target` (English) sentences.
    ///
    /// What each sentence offers as text (tokens, numbers, marks, anchors) is read on every core,
    /// a block of sentences at a time; the keys are then numbered in sentence order, so feature
    /// ids, and with them the alignment, do not depend on how the work was shared.
    init(source: [String], target: [String], dictionary: BilingualDictionary?, anchors: AnchorFinder?) {
        var vocabulary = FeatureVocabulary()
        let matcher = PhraseMatcher(dictionary: dictionary, vocabulary: &vocabulary)
        allSourceFeatures = vocabulary.features(of: source, indonesian: true, phrases: matcher, anchors: anchors.map { $0.source })
        allTargetFeatures = vocabulary.features(of: target, indonesian: false, phrases: matcher, anchors: anchors.map { $0.target })
        self.vocabulary = vocabulary
        sourceLengths = source.map { Double($0.unicodeScalars.count) }
        targetLengths = target.map { Double($0.unicodeScalars.count) }
        sourceFeatures = []
        targetFeatures = []
        weights = []
        expectedOnBothSides = []
        weigh()
    }

    /// This evidence with more features: `source[i]` and `target[j]` list numbers of features
    /// new to it (`WordPairFeatures`' pairs), each with its base weight in `weights`, that
    /// sentence i and j carry; one on both sides of a link is shared evidence like any other,
    /// except that a common one fades down to `rarityFloor` instead of `Self.rarityFloor`.
    /// Features get ids in the order they first occur, source sentences first.
    func adding(source: [[Int32]], target: [[Int32]], weights: [Double], rarityFloor: Double) -> SentenceEvidence {
        var extended = self
        var vocabulary = vocabulary
        var ids = [Int32](repeating: -1, count: weights.count)
        func id(_ number: Int32) -> Int32 {
            if ids[Int(number)] < 0 { ids[Int(number)] = vocabulary.newID(weight: weights[Int(number)], rarityFloor: rarityFloor) }
            return ids[Int(number)]
        }
        for (index, numbers) in source.enumerated() where !numbers.isEmpty {
            extended.allSourceFeatures[index] += numbers.map(id)
        }
        for (index, numbers) in target.enumerated() where !numbers.isEmpty {
            extended.allTargetFeatures[index] += numbers.map(id)
        }
        extended.vocabulary = vocabulary
        extended.weigh()
        return extended
    }

    /// Sets `weights` from the base weights and how many sentences carry each feature, and each
    /// sentence's features to its heaviest.
    private mutating func weigh() {
        let sentenceCounts = localSentenceCounts()
        // A feature in one sentence on each side keeps its full weight; a common one fades
        // with the square root of its spread, so "1" or a name repeated everywhere cannot glue.
        // The spread is counted near each place the feature occurs (`rarityWindow`), since the
        // search only compares nearby sentences: in a long input made of many articles, a name
        // frequent overall is still rare near any one place. The fading stops at a floor.
        weights = vocabulary.baseWeights.indices.map { id in
            vocabulary.baseWeights[id]
                * min(1, max(vocabulary.rarityFloors[id], (2 / max(sentenceCounts[id], 1)).squareRoot()))
        }
        expectedOnBothSides = vocabulary.expectedOnBothSides
        let weights = self.weights
        let order = FeatureOrder(weights: weights)
        self.order = order
        sourceFeatures = allSourceFeatures.map { order.heaviest($0) }
        targetFeatures = allTargetFeatures.map { order.heaviest($0) }
    }

    /// How far, in source sentences each way, a feature's occurrences count towards its spread
    /// (target sentences placed on the source axis in proportion). Tuned on align-dev's 120 plain
    /// pairs as one input: 25, 50, 100, 200 sentences and the whole input gave F1 0.979, 0.979,
    /// 0.977, 0.977 and 0.975 (0.979 article by article); 25 moved the articles' own figures, 50 did not.
    static let rarityWindow = 50.0

    /// For each feature, how many sentences of both sides carry it within `rarityWindow` of each
    /// of its occurrences, averaged over them: in a text shorter than the window, the number of
    /// sentences that carry it.
    /// - Complexity: O(k log k) for the k occurrences of all features.
    private func localSentenceCounts() -> [Double] {
        let featureCount = vocabulary.baseWeights.count
        var starts = [Int](repeating: 0, count: featureCount + 1)
        for features in allSourceFeatures { for feature in features { starts[Int(feature) + 1] += 1 } }
        for features in allTargetFeatures { for feature in features { starts[Int(feature) + 1] += 1 } }
        for id in 0..<featureCount { starts[id + 1] += starts[id] }
        var positions = [Double](repeating: 0, count: starts[featureCount])
        var next = starts
        for (index, features) in allSourceFeatures.enumerated() {
            for feature in features {
                positions[next[Int(feature)]] = Double(index)
                next[Int(feature)] += 1
            }
        }
        let scale = Double(max(allSourceFeatures.count, 1)) / Double(max(allTargetFeatures.count, 1))
        for (index, features) in allTargetFeatures.enumerated() {
            for feature in features {
                positions[next[Int(feature)]] = Double(index) * scale
                next[Int(feature)] += 1
            }
        }
        let window = Self.rarityWindow
        return (0..<featureCount).map { id in
            let occurrences = starts[id]..<starts[id + 1]
            guard occurrences.count > 1 else { return Double(occurrences.count) }
            positions[occurrences].sort()
            if positions[occurrences.upperBound - 1] - positions[occurrences.lowerBound] <= window { return Double(occurrences.count) }
            var low = occurrences.lowerBound, high = occurrences.lowerBound, total = 0
            for occurrence in occurrences {
                while positions[low] < positions[occurrence] - window { low += 1 }
                while high < occurrences.upperBound, positions[high] <= positions[occurrence] + window { high += 1 }
                total += high - low
            }
            return Double(total) / Double(occurrences.count)
        }
    }
}

/// Interns feature keys and turns sentences into feature ids.
///
/// A word form's features (a name, a cognate prefix, a spelled number, a month) depend on the
/// form alone, so each distinct form of each side is read once and its ids kept: a long input
/// pays for case tests and key strings once per form, not once per word.
struct FeatureVocabulary {
    private var ids: [String: Int32] = [:]
    private(set) var baseWeights: [Double] = []
    private(set) var expectedOnBothSides: [Bool] = []
    /// The least share of its base weight each feature keeps however common it is.
    private(set) var rarityFloors: [Double] = []
    /// The feature ids of each word form seen, per side (Indonesian, English).
    private var formFeatures: [[Substring: WordFormFeatures]] = [[:], [:]]
    /// Per feature id, the last sentence that took it (`stamp`), to keep each id once per sentence.
    private var stamps: [UInt32] = []
    private var stamp: UInt32 = 0

    /// The ids a word form adds to a sentence: its word key (a name, a spelled number, a month)
    /// and its cognate prefix, -1 where it has none.
    private struct WordFormFeatures {
        var word: Int32
        var cognate: Int32
    }

    /// The id of `key`, created with `weight` on first use.
    mutating func id(_ key: String, weight: Double, expectedOnBothSides expected: Bool = false,
                     rarityFloor: Double = SentenceEvidence.rarityFloor) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(baseWeights.count)
        ids[key] = id
        baseWeights.append(weight)
        rarityFloors.append(rarityFloor)
        expectedOnBothSides.append(expected)
        stamps.append(0)
        return id
    }

    /// The id of a new feature that has no key: one the caller numbers itself.
    mutating func newID(weight: Double, rarityFloor: Double) -> Int32 {
        let id = Int32(baseWeights.count)
        baseWeights.append(weight)
        rarityFloors.append(rarityFloor)
        expectedOnBothSides.append(false)
        stamps.append(0)
        return id
    }

    /// The unique feature ids of one sentence, given the caller's `anchors` keys for it.
    mutating func features(of sentence: String, indonesian: Bool, phrases: PhraseMatcher, anchors: [String]) -> [Int32] {
        features(of: SentenceText(sentence, indonesian: indonesian, phrases: phrases, anchors: anchors), indonesian: indonesian, phrases: phrases)
    }

    /// The unique feature ids of each of `sentences`; `anchors` gives the caller's keys of a sentence.
    /// The sentences are read in blocks on every core, and numbered here in order.
    mutating func features(of sentences: [String], indonesian: Bool, phrases: PhraseMatcher,
                           anchors: (@Sendable (String) -> [String])?) -> [[Int32]] {
        var result: [[Int32]] = []
        result.reserveCapacity(sentences.count)
        let block = Self.parallelBlock
        for start in stride(from: 0, to: sentences.count, by: block) {
            let end = min(start + block, sentences.count)
            let texts = ParallelMap.map(end - start) { index in
                SentenceText(sentences[start + index], indonesian: indonesian, phrases: phrases,
                             anchors: anchors?(sentences[start + index]) ?? [])
            }
            for text in texts { result.append(features(of: text, indonesian: indonesian, phrases: phrases)) }
        }
        return result
    }

    /// Sentences read on the cores at a time: enough to share out, few enough that their tokens
    /// take little memory before they are numbered.
    static let parallelBlock = 4_096

    /// The ids of a sentence read as `text`, in the order the keys occur (numbers, words, marks,
    /// dictionary phrases, anchors), so a key met first here gets the next id.
    private mutating func features(of text: SentenceText, indonesian: Bool, phrases: PhraseMatcher) -> [Int32] {
        stamp &+= 1
        if stamp == 0 {
            stamps = [UInt32](repeating: 0, count: stamps.count)
            stamp = 1
        }
        var features: [Int32] = []
        func insert(_ id: Int32) {
            guard stamps[Int(id)] != stamp else { return }
            stamps[Int(id)] = stamp
            features.append(id)
        }
        for number in text.numbers {
            insert(id(number.key, weight: number.weight, expectedOnBothSides: true))
        }
        let side = indonesian ? 0 : 1
        for word in text.words {
            let form: WordFormFeatures
            if let known = formFeatures[side][word] {
                form = known
            } else {
                form = wordFeatures(of: word, indonesian: indonesian)
                formFeatures[side][word] = form
            }
            if form.word >= 0 { insert(form.word) }
            if form.cognate >= 0 { insert(form.cognate) }
        }
        if text.marks.contains(.question) { insert(id("p:?", weight: 0.8)) }
        if text.marks.contains(.exclamation) { insert(id("p:!", weight: 0.5)) }
        if text.marks.contains(.quotation) { insert(id("p:\"", weight: 0.4)) }
        for key in text.phrases { insert(key) }
        for anchor in text.anchors { insert(id("a:" + anchor, weight: Self.anchorWeight)) }
        return features
    }

    /// The features of one word form, created in the order a sentence meets them.
    private mutating func wordFeatures(of text: Substring, indonesian: Bool) -> WordFormFeatures {
        var form = WordFormFeatures(word: -1, cognate: -1)
        let lowercased = text.lowercased()
        if let value = SpelledNumber.value(of: lowercased) {
            form.word = id("n:" + Self.canonical(value), weight: Self.weight(ofNumber: value))
        } else if let calendar = CalendarWords.key(for: text, indonesian: indonesian) {
            form.word = id("c:" + calendar, weight: 0.8)
        } else if let weight = Self.weight(ofWord: text) {
            form.word = id("w:" + (text.count >= 4 ? lowercased : String(text)), weight: weight)
        }
        // Cognates and loanwords (`polisi`/`police`, `logistik`/`logistics`) share their first
        // four letters (Simard, Foster and Isabelle's cognate test); a weak cue, faded by rarity
        // like the rest, since Indonesian prefixes (`mem-`, `peng-`) coincide with English ones.
        if text.count >= 5 {
            form.cognate = id("x:" + lowercased.prefix(4), weight: Self.cognateWeight)
        }
        return form
    }

    /// What a sentence offers before its keys are numbered: read on any core.
    private struct SentenceText: Sendable {
        /// Number and time keys with their weights, in the order `NumberMention` finds them.
        var numbers: [(key: String, weight: Double)] = []
        var words: [Substring] = []
        var marks: SentenceTokenizer.Marks
        var phrases: [Int32] = []
        var anchors: [String]

        init(_ sentence: String, indonesian: Bool, phrases: PhraseMatcher, anchors: [String]) {
            let (tokens, marks) = SentenceTokenizer.tokenize(sentence)
            self.marks = marks
            self.anchors = anchors
            if tokens.contains(where: { $0.kind == .number }) {
                for mention in NumberMention.all(in: sentence, convention: indonesian ? .indonesian : .english) {
                    numbers.append(((mention.kind == .time ? "t:" : "n:") + FeatureVocabulary.canonical(mention.value),
                                    mention.kind == .time ? 1.1 : FeatureVocabulary.weight(ofNumber: mention.value)))
                }
            }
            words = tokens.compactMap { $0.kind == .word ? $0.text : nil }
            if !phrases.isEmpty { self.phrases = phrases.matches(in: tokens.map(\.lowercased), indonesian: indonesian) }
        }
    }

    /// The base weight of a caller's anchor (a glossary pair): a name's weight, since a term
    /// and its rendering are about as telling as a name left as it is.
    static let anchorWeight = 0.8

    /// The base weight of a shared four-letter word prefix.
    static let cognateWeight = 0.3

    /// A stable text form for a value: integers without a fraction, others to six significant places.
    fileprivate static func canonical(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e18 { return String(Int64(value)) }
        return String(format: "%.6g", value)
    }

    /// Small integers are common and say little; years and long or decimal figures say a lot.
    fileprivate static func weight(ofNumber value: Double) -> Double {
        let isInteger = value == value.rounded()
        if isInteger, value < 10 { return 0.35 }
        if isInteger, value < 100 { return 0.7 }
        if isInteger, value >= 1900, value <= 2100 { return 1.1 }
        return 1.3
    }

    /// Words that a translator leaves as they are: acronyms, names, and longer shared words
    /// (cognates and loanwords). Short lower-case words are left out: they coincide by chance.
    private static func weight(ofWord word: Substring) -> Double? {
        let letters = word.count
        guard let first = word.first else { return nil }
        let capitalised = first.isUppercase
        if letters >= 2, word.allSatisfy(\.isUppercase) { return 1.0 }
        if capitalised { return letters >= 4 ? 0.8 : letters >= 2 ? 0.5 : nil }
        return letters >= 5 ? 0.4 : nil
    }
}

/// Finds dictionary phrases in tokenised sentences, giving each pair one feature id
/// that both its Indonesian and its English side map to.
struct PhraseMatcher {
    private var sourceIndex: [String: [(words: [String], feature: Int32)]] = [:]
    private var targetIndex: [String: [(words: [String], feature: Int32)]] = [:]

    init(dictionary: BilingualDictionary?, vocabulary: inout FeatureVocabulary) {
        for (number, pair) in (dictionary?.pairs ?? []).enumerated() {
            let feature = vocabulary.id("d:\(number)", weight: 0.5)
            sourceIndex[pair.source[0], default: []].append((pair.source, feature))
            targetIndex[pair.target[0], default: []].append((pair.target, feature))
        }
    }

    /// Whether the list has no phrase, so no sentence needs its words lower-cased for it.
    var isEmpty: Bool { sourceIndex.isEmpty && targetIndex.isEmpty }

    /// Feature ids of every phrase of the list found in `words`.
    func matches(in words: [String], indonesian: Bool) -> [Int32] {
        let index = indonesian ? sourceIndex : targetIndex
        guard !index.isEmpty else { return [] }
        var found: [Int32] = []
        for (position, word) in words.enumerated() {
            for candidate in index[word] ?? [] where position + candidate.words.count <= words.count
                && words[position..<position + candidate.words.count].elementsEqual(candidate.words) {
                found.append(candidate.feature)
            }
        }
        return found
    }
}
