import Lexicon
import Spotting

/// The second pass of `TermExtractor`: each occurrence of a candidate or glossary term, up to
/// `cap` each, spotted in the English of its pair and tallied. An occurrence of a candidate that
/// stands inside an occurrence of a longer candidate (`luar` in `menteri luar negeri`) is counted
/// as nested and neither spotted nor counted free: the longer candidate is the term there,
/// unless it starts with a verb form (`menaikkan suku bunga` leaves `suku bunga` free).
///
/// Pairs come in batches whose parts are spotted on their own cores (`OccurrenceFinder`, one per
/// part), then tallied in the pairs' order, so the tallies are those of one pass in order.
struct OccurrenceSpotting {
    let finder: OccurrenceFinder
    private(set) var candidateTallies: [RenderingTally]
    /// Per candidate, its occurrences not inside a longer candidate's.
    private(set) var freeOccurrences: [Int]
    private(set) var glossaryTallies: [Int: RenderingTally] = [:]
    private var forms: [[String: Int]]

    init(model: WordTranslationModel, candidates: [String], glossaryKeys: [String: [Int]], longest: Int, cap: Int) {
        finder = OccurrenceFinder(model: model, candidates: candidates, glossaryKeys: glossaryKeys, longest: longest, cap: cap)
        candidateTallies = Array(repeating: RenderingTally(), count: candidates.count)
        freeOccurrences = Array(repeating: 0, count: candidates.count)
        forms = Array(repeating: [:], count: candidates.count)
    }

    /// The candidates and glossary entries still short of the cap: what a batch spots.
    var open: OccurrenceFinder.Open {
        OccurrenceFinder.Open(candidates: candidateTallies.map { $0.total < finder.cap },
                              glossaryFull: Set(glossaryTallies.filter { $0.value.total >= finder.cap }.keys))
    }

    /// Tallies one part of a batch, the parts in the pairs' order.
    mutating func tally(_ found: OccurrenceFinder.Found) {
        for (index, count) in found.freeOccurrences { freeOccurrences[index] += count }
        for spot in found.spots {
            if let candidate = spot.candidate, candidateTallies[candidate].total < finder.cap {
                candidateTallies[candidate].add(spot.spot)
                forms[candidate][spot.written, default: 0] += 1
            }
            for entry in spot.entries where (glossaryTallies[entry]?.total ?? 0) < finder.cap {
                glossaryTallies[entry, default: RenderingTally()].add(spot.spot)
            }
        }
    }

    /// The commonest written form of candidate `index` among its spotted occurrences.
    func commonestForm(of index: Int) -> String? {
        RenderingTally.shownForm(forms[index])
    }
}

/// Finds and spots the occurrences of candidates and glossary terms in pairs, for one core:
/// holds no tallies, only what it found, for `OccurrenceSpotting.tally`.
struct OccurrenceFinder: Sendable {
    private let spotter: SpanSpotter
    private let candidateIndex: [String: Int]
    private let glossaryKeys: [String: [Int]]
    private let longest: Int
    let cap: Int

    /// What is still to be spotted when a batch starts.
    struct Open: Sendable {
        var candidates: [Bool]
        var glossaryFull: Set<Int>
    }

    /// One spotted occurrence: of a candidate (with its written form) and of glossary entries.
    struct Spotted: Sendable {
        var candidate: Int?
        var written: String
        var entries: [Int]
        var spot: SpanSpotter.Spot
    }

    /// What one part of a batch holds, in the pairs' order.
    struct Found: Sendable {
        var freeOccurrences: [Int: Int] = [:]
        var spots: [Spotted] = []
    }

    init(model: WordTranslationModel, candidates: [String], glossaryKeys: [String: [Int]], longest: Int, cap: Int) {
        // The table alone, unsmoothed: the spotter whose renderings the README's top-100 judgement saw.
        var spotter = SpanSpotter(model: model, prior: SpottingPrior(counts: TranslationCounts()))
        spotter.prior.spellingWeight = 0
        spotter.priorStrength = 0
        self.spotter = spotter
        candidateIndex = Dictionary(candidates.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        self.glossaryKeys = glossaryKeys
        self.longest = max(longest, glossaryKeys.keys.map { $0.split(separator: " ").count }.max() ?? 1)
        self.cap = cap
    }

    /// What one core keeps from batch to batch: the words it has analysed.
    struct Caches: Sendable {
        var reader = SpottingReader()
        /// Written forms known to be verb forms or not (`VerbalForm`).
        var verbal: [String: Bool] = [:]
    }

    /// The occurrences in `pairs`, spotting those `open` leaves to spot.
    func find(_ pairs: ArraySlice<(String, String)>, open: Open, caches: inout Caches) -> Found {
        var found = Found()
        for (source, target) in pairs {
            let indonesian = caches.reader.read(source, .indonesian)
            add(source: indonesian, target: target, reader: &caches.reader, open: open, verbal: &caches.verbal, into: &found)
        }
        return found
    }

    /// The occurrences in one pair; `target` is read only when something is to be spotted.
    private func add(source: SpottingText, target: String, reader: inout SpottingReader, open: Open,
                     verbal: inout [String: Bool], into found: inout Found) {
        let roots = NonTermWords.candidateRoots(source)
        var english: SpottingText?
        // Candidate occurrences as (start, length, candidate), then which lie inside a longer one.
        var occurrences: [(start: Int, length: Int, candidate: Int)] = []
        for start in roots.indices {
            var key = ""
            for length in 1...longest where start + length <= roots.count {
                key = length == 1 ? roots[start] : key + " " + roots[start + length - 1]
                if let candidate = candidateIndex[key] { occurrences.append((start, length, candidate)) }
            }
        }
        var containers: [(start: Int, length: Int, candidate: Int)] = []
        for occurrence in occurrences where occurrence.length > 1 {
            let surface = source.words[occurrence.start].surface
            let isVerbal = verbal[surface] ?? VerbalForm.starts(surface)
            verbal[surface] = isVerbal
            if !isVerbal { containers.append(occurrence) }
        }
        let nested = Set(occurrences.indices.filter { index in
            let inner = occurrences[index]
            return containers.contains { $0.length > inner.length && $0.start <= inner.start && inner.start + inner.length <= $0.start + $0.length }
        }.map { occurrences[$0].start * (longest + 1) + occurrences[$0].length })
        for start in roots.indices {
            var key = ""
            for length in 1...longest where start + length <= roots.count {
                key = length == 1 ? roots[start] : key + " " + roots[start + length - 1]
                var candidate = candidateIndex[key]
                if let index = candidate {
                    if nested.contains(start * (longest + 1) + length) { candidate = nil } else { found.freeOccurrences[index, default: 0] += 1 }
                }
                if let index = candidate, !open.candidates[index] { candidate = nil }
                let entries = (glossaryKeys[key] ?? []).filter { !open.glossaryFull.contains($0) }
                guard candidate != nil || !entries.isEmpty else { continue }
                if english == nil { english = reader.read(target, .english) }
                guard let spot = spotter.spot(query: Array(start..<start + length), in: source, other: english!) else { continue }
                found.spots.append(Spotted(candidate: candidate, written: candidate == nil ? "" : source.text(of: start...(start + length - 1)),
                                           entries: entries, spot: spot))
            }
        }
    }
}
