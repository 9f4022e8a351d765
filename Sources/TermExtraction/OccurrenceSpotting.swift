import Lexicon
import Spotting

/// The second pass of `TermExtractor`: each occurrence of a candidate or glossary term, up to
/// `cap` each, spotted in the English of its pair and tallied. An occurrence of a candidate that
/// stands inside an occurrence of a longer candidate (`luar` in `menteri luar negeri`) is counted
/// as nested and neither spotted nor counted free: the longer candidate is the term there,
/// unless it starts with a verb form (`menaikkan suku bunga` leaves `suku bunga` free).
struct OccurrenceSpotting {
    private let spotter: SpanSpotter
    private let candidateIndex: [String: Int]
    private let glossaryKeys: [String: [Int]]
    private let longest: Int
    private let cap: Int
    private(set) var candidateTallies: [RenderingTally]
    /// Per candidate, its occurrences not inside a longer candidate's.
    private(set) var freeOccurrences: [Int]
    private(set) var glossaryTallies: [Int: RenderingTally] = [:]
    private var forms: [[String: Int]]
    /// Written forms known to be verb forms or not (`VerbalForm`).
    private var verbal: [String: Bool] = [:]

    init(model: WordTranslationModel, candidates: [String], glossaryKeys: [String: [Int]], longest: Int, cap: Int) {
        spotter = SpanSpotter(model: model)
        candidateIndex = Dictionary(candidates.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        self.glossaryKeys = glossaryKeys
        self.longest = max(longest, glossaryKeys.keys.map { $0.split(separator: " ").count }.max() ?? 1)
        self.cap = cap
        candidateTallies = Array(repeating: RenderingTally(), count: candidates.count)
        freeOccurrences = Array(repeating: 0, count: candidates.count)
        forms = Array(repeating: [:], count: candidates.count)
    }

    /// Spots the occurrences in one pair; `target` is read only when something is to be spotted.
    mutating func add(source: SpottingText, target: () -> SpottingText) {
        let roots = NonTermWords.candidateRoots(source)
        var english: SpottingText?
        // Candidate occurrences as (start, length, candidate), then which lie inside a longer one.
        var found: [(start: Int, length: Int, candidate: Int)] = []
        for start in roots.indices {
            var key = ""
            for length in 1...longest where start + length <= roots.count {
                key = length == 1 ? roots[start] : key + " " + roots[start + length - 1]
                if let candidate = candidateIndex[key] { found.append((start, length, candidate)) }
            }
        }
        var containers: [(start: Int, length: Int, candidate: Int)] = []
        for occurrence in found where occurrence.length > 1 {
            let surface = source.words[occurrence.start].surface
            let isVerbal = verbal[surface] ?? VerbalForm.starts(surface)
            verbal[surface] = isVerbal
            if !isVerbal { containers.append(occurrence) }
        }
        let nested = Set(found.indices.filter { index in
            let inner = found[index]
            return containers.contains { $0.length > inner.length && $0.start <= inner.start && inner.start + inner.length <= $0.start + $0.length }
        }.map { found[$0].start * (longest + 1) + found[$0].length })
        for start in roots.indices {
            var key = ""
            for length in 1...longest where start + length <= roots.count {
                key = length == 1 ? roots[start] : key + " " + roots[start + length - 1]
                var candidate = candidateIndex[key]
                if let index = candidate {
                    if nested.contains(start * (longest + 1) + length) { candidate = nil } else { freeOccurrences[index] += 1 }
                }
                if let index = candidate, candidateTallies[index].total >= cap { candidate = nil }
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
