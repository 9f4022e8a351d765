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
///     prior.probability(ofTarget: "deposit", givenSource: "deposito")   // > 0: the glossary's `time deposits`
public struct SpottingPrior: Sendable {
    private var forward: [String: [String: Double]] = [:]
    private var backward: [String: [String: Double]] = [:]
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

    /// The prior whose d(e | f) and d(f | e) are `counts` normalised each way.
    public init(counts: TranslationCounts) {
        var forward: [String: [String: Double]] = [:], backward: [String: [String: Double]] = [:]
        for (pair, count) in counts.pairs {
            forward[pair.source, default: [:]][pair.target] = count
            backward[pair.target, default: [:]][pair.source] = count
        }
        self.forward = forward.mapValues(Self.normalised)
        self.backward = backward.mapValues(Self.normalised)
    }

    private static func normalised(_ row: [String: Double]) -> [String: Double] {
        let total = row.values.reduce(0, +)
        return row.mapValues { $0 / total }
    }

    /// d(e | f): the lists' share of `target` among the renderings of `source`, or the spelling
    /// match's weight when the lists have no rendering of it.
    public func probability(ofTarget target: String, givenSource source: String) -> Double {
        if let row = forward[source] { return row[target] ?? 0 }
        return spelling(source, target)
    }

    /// d(f | e): the same the other way.
    public func probability(ofSource source: String, givenTarget target: String) -> Double {
        if let row = backward[target] { return row[source] ?? 0 }
        return spelling(source, target)
    }

    private func spelling(_ source: String, _ target: String) -> Double {
        spellingWeight > 0 && SpellingSimilarity.alike(source, target) ? spellingWeight : 0
    }
}
