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
///     let prior = SpottingPrior(glossary: glossary, dictionary: try DictdDictionary.installedEnglishIndonesian())
///     prior.probability(ofTarget: "deposit", givenSource: "deposito")   // > 0: the glossary's `time deposits`
public struct SpottingPrior: Sendable {
    private var forward: [String: [String: Double]] = [:]
    private var backward: [String: [String: Double]] = [:]
    /// Weight of a spelling match (`SpellingSimilarity`) in d, for a word the lists do not know.
    public var spellingWeight = 0.5

    /// The shipped glossary's and the installed FreeDict's (`DictdDictionary.installedEnglishIndonesian`)
    /// prior, read once per process; a list that is missing or cannot be read is left out (the
    /// prior is a fallback for rare words, not something a search should fail for).
    public static let shared: SpottingPrior = {
        let glossary = Glossary.shippedDirectory().flatMap { try? Glossary.load(paths: [$0], lenient: true).0 }
        return SpottingPrior(glossary: glossary, dictionary: (try? DictdDictionary.installedEnglishIndonesian()) ?? nil)
    }()

    /// The prior with no lists: spelling alone.
    public init() {}

    /// The renderings of the one-word Indonesian forms of `glossary` (each content word of each
    /// acceptable English) and the pairs of a one-word headword and a one-word translation of
    /// `dictionary`, as model words. Forms with a space are passed over unread: reading every
    /// form would cost a search more than its spotting.
    public init(glossary: Glossary?, dictionary: DictdDictionary?) {
        var counts = TranslationCounts()
        var words = LexiconWords()
        for entry in glossary?.entries ?? [] {
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
        for entry in dictionary?.entries ?? [] where !entry.headword.contains(" ") {
            let english = words.english(entry.headword)
            guard english.count == 1 else { continue }
            for translation in entry.translations where !translation.contains(" ") {
                let indonesian = words.indonesian(translation)
                if indonesian.count == 1 { counts.add(WordPair(source: indonesian[0], target: english[0]), count: 1) }
            }
        }
        self.init(counts: counts)
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
