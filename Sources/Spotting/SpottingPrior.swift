import Lexicon
import Terminology

/// What the spotter knows of word pairs besides the memory's table, for the words the table
/// barely knows: the renderings a glossary and a bilingual dictionary list, and spelling alike
/// (names and loanwords: `bangkrut` and `bankrupt`, `servis` and `service`).
///
/// The spotter reads t(e | f) as (c(f, e) + s · d(e | f)) / (c(f) + s), the table's count
/// smoothed by a prior d of strength s: a root the table has seen hundreds of times keeps its
/// learned translations, one seen twice leans on the prior, and with no prior its few links weigh
/// less than they would (a rare word's Model 1 links are mostly its neighbours).
///
///     let prior = SpottingPrior.installed()
///     prior.probabilities(source: "deposito", target: "deposit").ofTarget   // > 0: the glossary's `time deposits`
public struct SpottingPrior: Sendable {
    private var counts: [WordPair: Double] = [:]
    private var sourceTotals: [String: Double] = [:]
    private var targetTotals: [String: Double] = [:]
    /// Weight of a spelling match (`SpellingSimilarity`) in d, for a word the lists do not know.
    public var spellingWeight = 0.5

    /// The shipped glossary's and the installed FreeDict's prior (`installed()`), read once per process.
    public static let shared = installed()

    /// The prior of the shipped glossary's one-word renderings (`glossaryCounts(_:)`) and of the
    /// installed FreeDict's one-word pairs (`DictdDictionary.installedSeedCounts`), each kept in
    /// `cache` between runs, as the lists take a search longer to read and analyse than to spot
    /// with; a list that is missing or cannot be read is left out (the prior is a fallback for
    /// rare words, not something a search should fail for).
    ///
    ///     let prior = SpottingPrior.installed(dictionary: false)   // the glossary alone
    public static func installed(glossary: Bool = true, dictionary: Bool = true, cache: CountsCache = .standard()) -> SpottingPrior {
        var counts = TranslationCounts()
        if glossary, let directory = Glossary.shippedDirectory() {
            counts.merge(cache.counts(named: "spotting-glossary", inputs: [directory]) {
                (try? Glossary.load(paths: [directory], lenient: true).0).map(glossaryCounts) ?? TranslationCounts()
            })
        }
        if dictionary, let seed = try? DictdDictionary.installedSeedCounts(cache: cache) { counts.merge(seed) }
        return SpottingPrior(counts: counts)
    }

    /// The prior with no lists: spelling alone.
    public init() {}

    /// Each one-word Indonesian form of `glossary` paired with each content word of each
    /// acceptable English, as model words, counted once per entry. Forms with a space are left
    /// out: a phrase's words are not each other's renderings.
    public static func glossaryCounts(_ glossary: Glossary) -> TranslationCounts {
        var counts = TranslationCounts()
        var words = LexiconWords()
        for entry in glossary.entries {
            let roots = entry.indonesian.filter { !$0.contains(" ") }.compactMap { form in
                let roots = words.indonesian(form)
                return roots.count == 1 ? roots[0] : nil
            }
            guard !roots.isEmpty else { continue }
            let english = Set(entry.acceptableEnglish.flatMap { words.english($0).filter { !SpottingFunctionWords.english.contains($0) } })
            for root in Set(roots) {
                for word in english { counts.add(WordPair(source: root, target: word), count: 1) }
            }
        }
        return counts
    }

    /// The prior whose d(e | f) and d(f | e) are `counts` normalised each way: kept as the
    /// counts and each word's total, not as a row per word, as a search builds it once and asks
    /// it only for the pairs of its hits.
    public init(counts: TranslationCounts) {
        self.counts = counts.pairs
        (sourceTotals, targetTotals, _) = counts.totals()
    }

    /// d(e | f) and d(f | e): the lists' share of `target` among the renderings of `source` and
    /// the other way, each the spelling match's weight when the lists have no rendering of that
    /// word; the pair and its spelling are looked at once, as the spotter asks for both.
    public func probabilities(source: String, target: String) -> (ofTarget: Double, ofSource: Double) {
        let sourceTotal = sourceTotals[source], targetTotal = targetTotals[target]
        let count = sourceTotal == nil && targetTotal == nil ? 0 : counts[WordPair(source: source, target: target)] ?? 0
        let spelt = sourceTotal == nil || targetTotal == nil ? spelling(source, target) : 0
        return (sourceTotal.map { count / $0 } ?? spelt, targetTotal.map { count / $0 } ?? spelt)
    }

    private func spelling(_ source: String, _ target: String) -> Double {
        spellingWeight > 0 && SpellingSimilarity.alike(source, target) ? spellingWeight : 0
    }
}
