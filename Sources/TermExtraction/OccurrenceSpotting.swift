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
        for (index, count) in found.freeOccurrences.enumerated() { freeOccurrences[index] += count }
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
    /// Root runs (`menteri luar`): the candidate and glossary entries they are, and runs that only begin one.
    private let keys: [String: Key]
    private let longest: Int
    let candidateCount: Int

    /// What a run of roots is.
    struct Key: Sendable {
        var candidate: Int?
        var entries: [Int] = []
    }
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
        var freeOccurrences: [Int]
        var spots: [Spotted] = []
    }

    init(model: WordTranslationModel, candidates: [String], glossaryKeys: [String: [Int]], longest: Int, cap: Int) {
        // The table alone, unsmoothed and with no distortion: the spotter whose renderings the
        // README's top-100 judgement saw.
        var spotter = SpanSpotter(model: model, prior: SpottingPrior(counts: TranslationCounts()))
        spotter.prior.spellingWeight = 0
        spotter.priorStrength = 0
        spotter.distortion = 0
        self.spotter = spotter
        var keys: [String: Key] = [:]
        for (index, candidate) in candidates.enumerated() where keys[candidate]?.candidate == nil {
            keys[candidate, default: Key()].candidate = index
        }
        for (key, entries) in glossaryKeys { keys[key, default: Key()].entries = entries }
        for key in Array(keys.keys) {
            let words = key.split(separator: " ")
            for length in 1..<max(1, words.count) {
                let prefix = words[..<length].joined(separator: " ")
                if keys[prefix] == nil { keys[prefix] = Key() }
            }
        }
        self.keys = keys
        candidateCount = candidates.count
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
        var found = Found(freeOccurrences: Array(repeating: 0, count: candidateCount))
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
        // Every run of roots that is a candidate or a glossary term, by start then length; a run
        // that begins no key ends the search from its start.
        var hits: [(start: Int, length: Int, key: Key)] = []
        for start in roots.indices {
            var text = ""
            for length in 1...longest where start + length <= roots.count {
                text = length == 1 ? roots[start] : text + " " + roots[start + length - 1]
                guard let key = keys[text] else { break }
                if key.candidate != nil || !key.entries.isEmpty { hits.append((start, length, key)) }
            }
        }
        // Candidate occurrences inside a longer one not starting with a verb form.
        var containers: [(start: Int, length: Int)] = []
        for hit in hits where hit.length > 1 && hit.key.candidate != nil {
            let surface = source.words[hit.start].surface
            let isVerbal = verbal[surface] ?? VerbalForm.starts(surface)
            verbal[surface] = isVerbal
            if !isVerbal { containers.append((hit.start, hit.length)) }
        }
        for hit in hits {
            var candidate = hit.key.candidate
            if let index = candidate {
                let nested = containers.contains { $0.length > hit.length && $0.start <= hit.start && hit.start + hit.length <= $0.start + $0.length }
                if nested { candidate = nil } else { found.freeOccurrences[index] += 1 }
            }
            if let index = candidate, !open.candidates[index] { candidate = nil }
            let entries = hit.key.entries.filter { !open.glossaryFull.contains($0) }
            guard candidate != nil || !entries.isEmpty else { continue }
            if english == nil { english = reader.read(target, .english) }
            guard let spot = spotter.spot(query: Array(hit.start..<hit.start + hit.length), in: source, other: english!) else { continue }
            found.spots.append(Spotted(candidate: candidate, written: candidate == nil ? "" : source.text(of: hit.start...(hit.start + hit.length - 1)),
                                       entries: entries, spot: spot))
        }
    }
}
