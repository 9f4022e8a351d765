import Lexicon
import Spotting

/// The second pass of `TermExtractor`: each occurrence of a candidate or glossary term, up to
/// `cap` each, spotted in the English of its pair and tallied.
struct OccurrenceSpotting {
    private let spotter: SpanSpotter
    private let candidateIndex: [String: Int]
    private let glossaryKeys: [String: [Int]]
    private let longest: Int
    private let cap: Int
    private(set) var candidateTallies: [RenderingTally]
    private(set) var glossaryTallies: [Int: RenderingTally] = [:]
    private var forms: [[String: Int]]

    init(model: WordTranslationModel, candidates: [String], glossaryKeys: [String: [Int]], longest: Int, cap: Int) {
        spotter = SpanSpotter(model: model)
        candidateIndex = Dictionary(candidates.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        self.glossaryKeys = glossaryKeys
        self.longest = max(longest, glossaryKeys.keys.map { $0.split(separator: " ").count }.max() ?? 1)
        self.cap = cap
        candidateTallies = Array(repeating: RenderingTally(), count: candidates.count)
        forms = Array(repeating: [:], count: candidates.count)
    }

    /// Spots the occurrences in one pair; `target` is read only when something is to be spotted.
    mutating func add(source: SpottingText, target: () -> SpottingText) {
        let roots = NonTermWords.candidateRoots(source)
        var english: SpottingText?
        for start in roots.indices {
            var key = ""
            for length in 1...longest where start + length <= roots.count {
                key = length == 1 ? roots[start] : key + " " + roots[start + length - 1]
                let candidate = candidateIndex[key].flatMap { candidateTallies[$0].total < cap ? $0 : nil }
                let entries = (glossaryKeys[key] ?? []).filter { (glossaryTallies[$0]?.total ?? 0) < cap }
                guard candidate != nil || !entries.isEmpty else { continue }
                if english == nil { english = target() }
                guard let spot = spotter.spot(query: Array(start..<start + length), in: source, other: english!) else { continue }
                if let candidate {
                    candidateTallies[candidate].add(spot)
                    let written = source.text(of: start...(start + length - 1))
                    forms[candidate][written, default: 0] += 1
                }
                for entry in entries { glossaryTallies[entry, default: RenderingTally()].add(spot) }
            }
        }
    }

    /// The commonest written form of candidate `index` among its spotted occurrences.
    func commonestForm(of index: Int) -> String? {
        RenderingTally.shownForm(forms[index])
    }
}
