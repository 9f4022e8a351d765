import Foundation
import Lexicon

/// Translation spotting: the contiguous run of words of one side of a sentence pair that
/// translates given words of the other side, under the symmetrised word-translation model.
///
/// Both directions of IBM Model 1 give a posterior for each word link (`t(o | q)` normalised
/// over the query side's words and an empty word, and `t(q | o)` the other way). A candidate span
/// J of the other side, for the query words I, scores how well the links agree with the split
/// "I ↔ J, the rest ↔ the rest", as phrase extraction's consistency asks of a phrase pair: no
/// word of J links outside I and no word outside J links into I, in both directions (a word
/// the model links to nothing may stand inside or outside). The best span wins;
/// a span of function words only (`was`, `the`) is never chosen while there is another, nor a
/// span of several words that starts or ends with an article, auxiliary or preposition.
///
///     let spotter = SpanSpotter(model: model)
///     let id = SpottingText("Pengerahan pasukan dimulai kemarin.", language: .indonesian)
///     let en = SpottingText("The deployment of troops began yesterday.", language: .english)
///     spotter.spot(query: [0], in: id, other: en)?.words   // 0...0, "deployment"
///
/// - Complexity: O(m · L · n) for n query-side words, m other-side words and spans of at most L words.
public struct SpanSpotter: Sendable {
    /// The model whose counts give both directions' probabilities.
    public let model: WordTranslationModel
    /// The longest span considered, in words, is this many more than the query's words…
    public var extraWords = 2
    /// …times this many per query word.
    public var wordsPerQueryWord = 2
    /// Probability of a word linking to the empty word, relative to a real link.
    public var emptyWordMass = 0.2
    /// Weight of the link a word's relative position suggests (the diagonal), for words the model does not know.
    public var diagonalWeight = 0.01
    /// How steeply a link's weight falls with its distance from the diagonal, as fast_align's
    /// distortion: each link is scaled by e^(−λ · |i/n − j/m|), so of two words that translate the
    /// same root (a root written twice, `gagal` … `kegagalan`) each takes the one at its place.
    public var distortion = 1.0
    /// Log-score cost of each span word past the query's word count: a length prior, against
    /// spans that grow over words a small memory's table links loosely.
    public var extraWordCost = 0.0
    /// The probability an identical word pair (names, numbers) gets at least.
    public var identicalWordProbability = 0.5

    /// Whether a query word with the clitic `-nya` takes the English pronoun beside the span
    /// (`pendukungnya` → `their supporters`, `melatihnya` → `training him`).
    public var cliticPronouns = true

    /// Whether a word carries the clitic `-nya` that its model word (the root) does not.
    static func hasClitic(_ word: SpottingText.Word) -> Bool {
        word.surface.count > 4 && word.surface.lowercased().hasSuffix("nya") && !word.modelWord.hasSuffix("nya")
    }

    /// What the spotter knows besides the table (glossary, dictionary, spelling)…
    public var prior: SpottingPrior
    /// …and how many links of the table it weighs as: t(e | f) = (c(f, e) + s · d(e | f)) / (c(f) + s).
    public var priorStrength = 1.0

    public init(model: WordTranslationModel, prior: SpottingPrior = SpottingPrior()) {
        self.model = model
        self.prior = prior
    }

    /// A probability from a pair's count and its word's total, smoothed towards the prior's.
    private func smoothed(_ count: Double, _ total: Double, _ prior: Double) -> Double {
        let mass = total + priorStrength
        return mass > 0 ? (count + priorStrength * prior) / mass : 0
    }

    /// One spotted span.
    public struct Spot: Sendable, Hashable {
        /// Indices of the other side's words the span covers.
        public var words: ClosedRange<Int>
        /// Character offsets of the span in the other side's text.
        public var range: Range<Int>
        /// The span as written.
        public var text: String
        /// Its model words joined by spaces (`deployment`, `prime minister`): what renderings group by.
        public var modelWords: String
        /// The score's margin over the empty span, per word of the pair: how sure the spotter is (≥ 0).
        public var confidence: Double
    }

    /// The span of `other` that translates the words `query` (indices into `source.words`) of
    /// `source`, or `nil` when either side has no words.
    public func spot(query: [Int], in source: SpottingText, other: SpottingText) -> Spot? {
        let queryWords = source.words.map(\.modelWord), otherWords = other.words.map(\.modelWord)
        let n = queryWords.count, m = otherWords.count
        let inQuery = Set(query.filter { $0 >= 0 && $0 < n })
        guard n > 0, m > 0, !inQuery.isEmpty else { return nil }
        let isQuery = (0..<n).map(inQuery.contains)
        let forward = source.language == .indonesian
        // t(o_j | q_i) and t(q_i | o_j), smoothed by the diagonal.
        var toOther = [[Double]](repeating: [Double](repeating: 0, count: m), count: n)
        var toQuery = toOther
        // Each word's total once, not once per pair.
        let queryTotals = queryWords.map { forward ? model.total(ofSource: $0) : model.total(ofTarget: $0) }
        let otherTotals = otherWords.map { forward ? model.total(ofTarget: $0) : model.total(ofSource: $0) }
        for i in 0..<n {
            for j in 0..<m {
                let q = queryWords[i], o = otherWords[j]
                let distance = abs(Double(i) / Double(n) - Double(j) / Double(m))
                let diagonal = diagonalWeight * exp(-4 * distance), scale = exp(-distortion * distance)
                let (root, stem) = forward ? (q, o) : (o, q)
                let (rootTotal, stemTotal) = forward ? (queryTotals[i], otherTotals[j]) : (otherTotals[j], queryTotals[i])
                let count = model.count(source: root, target: stem)
                let listed = prior.probabilities(source: root, target: stem)
                let rootward = smoothed(count, rootTotal, listed.ofTarget)
                let stemward = smoothed(count, stemTotal, listed.ofSource)
                var there = forward ? rootward : stemward, back = forward ? stemward : rootward
                if q == o { there = max(there, identicalWordProbability); back = max(back, identicalWordProbability) }
                toOther[i][j] = (there + diagonal) * scale
                toQuery[i][j] = (back + diagonal) * scale
            }
        }
        // Posteriors that other-side word j links into the query words, and to the other words
        // of the query side (what is left links to the empty word).
        var intoQuery = [Double](repeating: 0, count: m), intoRest = intoQuery
        for j in 0..<m {
            var total = emptyWordMass, inside = 0.0
            for i in 0..<n {
                total += toOther[i][j]
                if isQuery[i] { inside += toOther[i][j] }
            }
            intoQuery[j] = inside / total
            intoRest[j] = (total - emptyWordMass - inside) / total
        }
        // Posterior of query-side word i linking to other-side word j, prefix-summed over j.
        var prefix = [[Double]](repeating: [Double](repeating: 0, count: m + 1), count: n)
        for i in 0..<n {
            let total = toQuery[i].reduce(emptyWordMass, +)
            for j in 0..<m { prefix[i][j + 1] = prefix[i][j] + toQuery[i][j] / total }
        }
        let epsilon = 1e-4
        // What taking other-side word j into the span changes, prefix-summed over j.
        var outsideAll = 0.0, spanGain = [Double](repeating: 0, count: m + 1)
        for j in 0..<m {
            outsideAll += log(epsilon + 1 - intoQuery[j])
            spanGain[j + 1] = spanGain[j] + log(epsilon + 1 - intoRest[j]) - log(epsilon + 1 - intoQuery[j])
        }
        func score(_ first: Int, _ last: Int) -> Double {
            var value = outsideAll + spanGain[last + 1] - spanGain[first]
            for i in 0..<n {
                let linked = min(1, prefix[i][last + 1] - prefix[i][first])
                value += isQuery[i] ? log(epsilon + linked) : log(epsilon + 1 - linked)
            }
            return value
        }
        let longest = min(m, inQuery.count * wordsPerQueryWord + extraWords)
        let function = forward ? SpottingFunctionWords.english : SpottingFunctionWords.indonesian
        let edges = forward ? SpottingFunctionWords.englishEdges : SpottingFunctionWords.indonesianEdges
        // Each word's class once, not once per span.
        let isFunction = otherWords.map(function.contains), isEdge = otherWords.map(edges.contains)
        let onlyFunctionWords = !isFunction.contains(false)
        var best: (first: Int, last: Int, score: Double)?
        for first in 0..<m {
            for last in first..<min(m, first + longest) {
                if !onlyFunctionWords, !isFunction[first...last].contains(false) { continue }
                if last > first, isEdge[first] || isEdge[last] { continue }
                let value = score(first, last) - extraWordCost * Double(max(0, last - first + 1 - inQuery.count))
                if value > best?.score ?? -.infinity { best = (first, last, value) }
            }
        }
        guard var best else { return nil }
        if forward, cliticPronouns, inQuery.contains(where: { Self.hasClitic(source.words[$0]) }) {
            if best.first > 0, SpottingFunctionWords.possessives.contains(otherWords[best.first - 1]) {
                best.first -= 1
            } else if best.last + 1 < m, SpottingFunctionWords.objectPronouns.contains(otherWords[best.last + 1]) {
                best.last += 1
            }
        }
        var empty = outsideAll
        for i in 0..<n { empty += inQuery.contains(i) ? log(epsilon) : log(epsilon + 1) }
        let span = best.first...best.last
        return Spot(words: span, range: other.range(of: span), text: other.text(of: span),
                    modelWords: span.map { otherWords[$0] }.joined(separator: " "),
                    confidence: max(0, best.score - empty) / Double(n + m))
    }
}
