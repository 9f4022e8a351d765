import Foundation
import GRDB

extension TranslationMemory {
    /// Exact and fuzzy matches for a source sentence, best first.
    ///
    ///     try memory.lookup("Presiden Joko Widodo tiba di Jakarta.", limit: 5, threshold: 70)
    ///
    /// Candidates come from the word index and are complete (a query without words can only
    /// match units without words, which are found by their word count): by `FuzzyScore`'s bound a unit
    /// scoring ≥ T shares at least k = ⌈T·n/100⌉ of the query's n words and has between T·n/100
    /// and 100·n/T words. Any such unit holds one of the query's n − k + 1 rarest words, so the
    /// postings of those words, cut to that word-count range, contain every unit that can reach
    /// the threshold. Each candidate is then scored exactly, so the result equals a full scan's.
    ///
    /// The search runs in stages of falling threshold (95, 70, 50, 30, then `threshold`), each
    /// complete for its own threshold: once a stage finds `limit` matches, every unit it did not
    /// find scores below them, so the answer is settled without the larger candidate sets (all
    /// word counts, every query word counted) of lower thresholds. Within a stage, candidates are verified by falling score bound (shared words and length, then the
    /// edit distance over term ids) and the stage stops once the `limit`-th score is above every
    /// bound left, so a low threshold costs counting postings, not scoring most of the memory.
    ///
    /// A lookup in a new process finds the memory file out of the page cache: before each step
    /// that fetches rows by key (the query's words, their posting blocks, a group of candidates'
    /// term ids, the units to score), `LookupReadAhead` asks for every page the step will touch
    /// at once, so the lookup waits for a few rounds of parallel reads, not for each page in turn.
    ///
    /// - Parameters:
    ///   - source: the new sentence (source language).
    ///   - limit: how many matches at most.
    ///   - threshold: the lowest score kept, 1…100.
    /// - Returns: matches with score ≥ `threshold`, by score (highest first), then unit id.
    /// - Throws: `MemoryError` for a threshold outside 1…100 or a failing memory.
    public func lookup(_ source: String, limit: Int = 5, threshold: Double = 70) throws(MemoryError) -> [MemoryMatch] {
        try lookup(source, limit: limit, threshold: threshold, postingBudget: MatchQuery.postingBudget)
    }

    /// `lookup` with another budget of postings for the counting filter (tests vary it).
    func lookup(_ source: String, limit: Int, threshold: Double, postingBudget: Int) throws(MemoryError) -> [MemoryMatch] {
        try checkThreshold(threshold)
        guard limit > 0 else { return [] }
        return try storage {
            try database.read { db in
                var counter = PostingCounter()
                return try MatchQuery.search(db, source, limit: limit, threshold: threshold, postingBudget: postingBudget, counter: &counter)
            }
        }
    }

    /// Refuses a threshold outside 1…100.
    func checkThreshold(_ threshold: Double) throws(MemoryError) {
        guard (1...100).contains(threshold) else {
            throw MemoryError(.invalidRequest, path: path, "the threshold must be between 1 and 100, not \(threshold)")
        }
    }
}

/// What one lookup learnt about units, kept across its stages so that none is bounded or scored twice.
struct LookupCache {
    /// The term-id edit bound of each unit bounded so far.
    var editBounds: [Int64: Double] = [:]
    /// The exact match (whatever its score) of each unit scored so far.
    var matches: [Int64: MemoryMatch] = [:]
}

/// One lookup's query: its tokens and the bounds derived from the threshold.
struct MatchQuery {
    let tokens: [MatchToken]
    let keys: [String]
    /// `MatchToken.textHash` of the query, to tell units that are no exact copy of it unread.
    let textHash: Int64?
    var threshold: Double
    var postingBudget: Int
    var wordCount: Int { keys.count }

    init(_ text: String, threshold: Double, postingBudget: Int = MatchQuery.postingBudget) {
        tokens = MatchToken.tokenize(text)
        keys = tokens.compactMap { $0.kind == .punctuation ? nil : $0.key }
        textHash = MatchToken.textHash(of: text)
        self.threshold = threshold
        self.postingBudget = postingBudget
    }

    /// The stages of `TranslationMemory.lookup`, run in one read transaction; `counter` is the
    /// counting space, which a batch hands from one query to the next.
    static func search(_ db: Database, _ source: String, limit: Int, threshold: Double, postingBudget: Int = postingBudget,
                       counter: inout PostingCounter) throws -> [MemoryMatch] {
        var query = MatchQuery(source, threshold: threshold, postingBudget: postingBudget)
        let readAhead = try LookupReadAhead(db)
        let termIDs = try query.resolveTerms(db, readAhead: readAhead)
        var cache = LookupCache()
        var matches: [MemoryMatch] = []
        for stage in [95.0, 70, 50, 30].filter({ $0 > threshold }) + [threshold] {
            query.threshold = stage
            // The near-copy stage's candidates are few: sharpening their bounds is not worth much counting.
            query.postingBudget = stage == 95 && stage != threshold ? postingBudget / 10 : postingBudget
            matches = try query.verify(db, candidates: try query.candidates(db, termIDs: termIDs, counter: &counter, readAhead: readAhead), termIDs: termIDs,
                                       limit: limit, cache: &cache, readAhead: readAhead)
            if matches.count == limit { break }
        }
        return matches
    }

    /// Fewest query words a unit must share to score ≥ threshold.
    var minimumShared: Int { max(1, Int((threshold * Double(wordCount) / 100 - 1e-9).rounded(.up))) }
    /// Word counts a unit may have to score ≥ threshold.
    var wordCountRange: ClosedRange<Int> {
        Int((threshold * Double(wordCount) / 100 - 1e-9).rounded(.up))...Int((100 * Double(wordCount) / threshold + 1e-9).rounded(.down))
    }

    /// Source-side term id and unit count of each distinct query key present in the memory.
    func resolveTerms(_ db: Database, readAhead: LookupReadAhead? = nil) throws -> [String: (id: Int64, count: Int)] {
        var result: [String: (id: Int64, count: Int)] = [:]
        let statement = try db.cachedStatement(sql: "SELECT id, unit_count FROM term WHERE side = 0 AND key = ?")
        let distinct = Set(keys)
        readAhead?.terms(distinct)
        for key in distinct {
            if let row = try Row.fetchOne(statement, arguments: [key]) { result[key] = (row[0], row[1]) }
        }
        return result
    }

    /// Postings counted beyond the minimum prefix to sharpen the filter (see `candidates`):
    /// counting a posting costs far less than bounding a candidate, so the budget is generous
    /// (at 1,000,000 wire units, p95 fell from 17 to 10 ms going from 400,000 to 1,000,000, and
    /// smaller budgets were slower still).
    static let postingBudget = 1_000_000

    /// Every unit that can reach the threshold (see `TranslationMemory.lookup`), and others,
    /// ranked by a bound on their score.
    ///
    /// The prefix is the query's n − k + c rarest words (as a multiset), where c ≥ 1 grows while
    /// the extra words' postings fit the posting budget. A unit sharing ≥ k query words shares at
    /// least c of them inside the prefix (only k − c words lie outside it), so counting each
    /// unit's prefix words and keeping those with ≥ c loses none. A word repeated in the query
    /// counts as often as it is repeated, an overcount that keeps the filter complete. A kept
    /// unit shares at most its count plus the query words left out of the prefix, and its
    /// word count is that of the blocks it was found in: together, its bound. The counts are
    /// made in `counter`, reset first.
    func candidates(_ db: Database, termIDs: [String: (id: Int64, count: Int)], counter: inout PostingCounter,
                    readAhead: LookupReadAhead? = nil) throws -> RankedCandidates {
        var ranked = RankedCandidates(queryWords: wordCount)
        // Without words, only units without words can score above 0 (C ≥ m for m words).
        if wordCount == 0 {
            for id in try Int64.fetchAll(db, sql: "SELECT id FROM unit WHERE word_count = 0") {
                ranked.add(id: id, sharedAtMost: 0, wordCount: 0)
            }
            return ranked
        }
        // Words missing from the memory have no units: they are the rarest of all.
        let byRarity = keys.sorted { (termIDs[$0]?.count ?? 0, $0) < (termIDs[$1]?.count ?? 0, $1) }
        let outside = wordCount - minimumShared
        var prefixLength = outside + 1
        var decoded = byRarity.prefix(prefixLength).reduce(0) { $0 + (termIDs[$1]?.count ?? 0) }
        while prefixLength < wordCount, decoded + (termIDs[byRarity[prefixLength]]?.count ?? 0) <= postingBudget {
            decoded += termIDs[byRarity[prefixLength]]?.count ?? 0
            prefixLength += 1
        }
        let needed = prefixLength - outside
        var weights: [Int64: Int] = [:]
        for key in byRarity.prefix(prefixLength) { if let id = termIDs[key]?.id { weights[id, default: 0] += 1 } }
        guard !weights.isEmpty else { return ranked }

        let range = wordCountRange
        readAhead?.postings(weights.keys, wordCounts: range)
        counter.reset(needed: needed)
        let statement = try db.cachedStatement(sql: "SELECT word_count, unit_ids FROM posting WHERE term_id = ? AND word_count BETWEEN ? AND ?")
        for (term, weight) in weights {
            let blocks = try Row.fetchCursor(statement, arguments: [term, range.lowerBound, range.upperBound])
            while let block = try blocks.next() {
                let blockWordCount: Int = block[0]
                try block.withUnsafeData(atIndex: 1) { data in
                    data?.withUnsafeBytes { counter.count(block: $0, weight: weight, wordCount: blockWordCount) }
                }
            }
        }
        let uncounted = wordCount - prefixLength
        for (index, id) in counter.candidates.enumerated() {
            ranked.add(id: id, sharedAtMost: counter.count(of: id) + uncounted, wordCount: Int(counter.wordCounts[index]))
        }
        return ranked
    }

    /// How many times each source term id occurs in the query.
    func wantedCounts(_ termIDs: [String: (id: Int64, count: Int)]) -> [Int64: Int] {
        var wanted: [Int64: Int] = [:]
        for key in keys { if let id = termIDs[key]?.id { wanted[id, default: 0] += 1 } }
        return wanted
    }

    /// Whether `shared` query words among `unitWordCount` can reach the threshold: C ≥ max(n, m) − shared.
    func canReachThreshold(shared: Int, unitWordCount: Int) -> Bool {
        let longest = max(unitWordCount, wordCount)
        return longest == 0 || 100 * Double(shared) / Double(longest) >= threshold - 1e-9
    }

    /// The query's source term ids in order; words missing from the memory get ids no unit has.
    func orderedIDs(_ termIDs: [String: (id: Int64, count: Int)]) -> [Int64] {
        keys.enumerated().map { termIDs[$0.element]?.id ?? Int64(-1 - $0.offset) }
    }

    /// Scores the candidates and keeps the best `limit` at or above the threshold.
    ///
    /// Candidates come by falling bound (`RankedCandidates`); each is bounded again, more tightly,
    /// by the word-level edit distance over its term ids (D ≤ C because equal keys cost at most
    /// what equal words cost) and, for a unit whose text hash is not the query's, by what any
    /// difference costs (`inexactBound`), read from the narrow `unit_key` rows; only those whose
    /// bound can still enter the top `limit` (above the `limit`-th score, or equal to it with a
    /// lower unit id, which ranks first among equal scores) have their texts read and scored
    /// exactly. It stops once the `limit`-th score is above the next group's bound.
    func verify(_ db: Database, candidates: RankedCandidates, termIDs: [String: (id: Int64, count: Int)], limit: Int,
                cache: inout LookupCache, readAhead: LookupReadAhead? = nil) throws -> [MemoryMatch] {
        let queryIDs = orderedIDs(termIDs)
        var top: [MemoryMatch] = []
        /// Whether a unit bounded by `bound` can no longer enter the top `limit`.
        func settled(above bound: Double) -> Bool { top.count == limit && bound < top[limit - 1].score - 1e-9 }
        groups: for group in candidates.groups(atLeast: threshold) {
            if settled(above: group.bound) { break }
            let ids = group.ids.sorted()
            // A group is bounded whole (its members score at most its bound, so none settles it early).
            readAhead?.unitKeys(ids.filter { cache.editBounds[$0] == nil })
            var start = 0, size = 16
            while start < ids.count {
                if settled(above: group.bound) { break groups }
                let chunk = ids[start..<min(start + size, ids.count)]
                start = chunk.endIndex
                size = min(size * 2, 512)
                try boundEdits(db, Array(chunk.filter { cache.editBounds[$0] == nil }), queryIDs: queryIDs, cache: &cache)
                let last = top.count == limit ? top[limit - 1] : nil
                let floor = last.map { max(threshold, $0.score) } ?? threshold
                let worth = chunk.filter { id in
                    let bound = cache.editBounds[id, default: -1]
                    guard let last, bound <= last.score + 1e-9 else { return bound >= floor - 1e-9 }
                    return bound >= floor - 1e-9 && id < last.unitID
                }
                let unscored = worth.filter { cache.matches[$0] == nil }
                readAhead?.units(unscored)
                try score(db, unscored, cache: &cache)
                for id in worth { if let match = cache.matches[id], match.score >= threshold { top.append(match) } }
                top.sort { ($1.score, $0.unitID) < ($0.score, $1.unitID) }
                if top.count > limit { top.removeLast(top.count - limit) }
            }
        }
        return top.map(Self.adapted)
    }

    /// `match` with its target's numbers carried over from the query (`NumberAdaptation`): worked
    /// out for the matches kept only, since a lookup of common words scores thousands of units
    /// and adapting each took most of its time.
    static func adapted(_ match: MemoryMatch) -> MemoryMatch {
        var adapted = match
        adapted.adaptedTarget = NumberAdaptation.adapt(target: match.target, differences: match.differences,
                                                       sourceLanguage: match.sourceLanguage, targetLanguage: match.targetLanguage)
        return adapted
    }

    /// Caches the bound of each unit in `ids` (an absent unit gets none): its term-id edit bound,
    /// and no more than `inexactBound` when its text hash says it is no exact copy of the query.
    private func boundEdits(_ db: Database, _ ids: [Int64], queryIDs: [Int64], cache: inout LookupCache) throws {
        guard !ids.isEmpty else { return }
        let rows = try Row.fetchCursor(db, sql: "SELECT id, source_keys, source_hash FROM unit_key WHERE id IN (\(ids.map(String.init).joined(separator: ",")))")
        while let row = try rows.next() {
            let keys = PostingList.decodeKeys(row[1])
            var bound = Self.editBound(queryIDs, keys)
            if let textHash, let unitHash = row[2] as Int64?, unitHash != textHash {
                bound = min(bound, Self.inexactBound(queryIDs.count, keys.count))
            }
            cache.editBounds[row[0]] = bound
        }
    }

    /// The best score of a unit of `unitWords` words that is no exact copy of a query of
    /// `queryWords`: every difference costs at least `FuzzyScore.smallestCost` (a letter's case, a
    /// number's digits, a punctuation mark), and no inexact match scores above 99.
    static func inexactBound(_ queryWords: Int, _ unitWords: Int) -> Double {
        min(99, 100 * (1 - FuzzyScore.smallestCost / Double(max(queryWords, unitWords, 1))))
    }

    /// Caches the exact match of each unit in `ids`.
    private func score(_ db: Database, _ ids: [Int64], cache: inout LookupCache) throws {
        guard !ids.isEmpty else { return }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, source_text, target_text, source_language, target_language, origin, created_at
            FROM unit WHERE id IN (\(ids.map(String.init).joined(separator: ",")))
            """)
        while let row = try rows.next() {
            let match = match(row)
            cache.matches[match.unitID] = match
        }
    }

    /// A unit row as a match, with its exact score (its target not yet adapted: see `adapted(_:)`).
    private func match(_ row: Row) -> MemoryMatch {
        let source: String = row[1]
        let score = FuzzyScore.score(tokens, MatchToken.tokenize(source))
        let target: String = row[2], sourceLanguage: String = row[3], targetLanguage: String = row[4]
        return MemoryMatch(
            score: score.percentage, source: source, target: target,
            sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, origin: row[5],
            date: (row[6] as Double?).map(Date.init(timeIntervalSince1970:)), unitID: row[0],
            adaptedTarget: nil, differences: score.differences)
    }

    /// 100 × (1 − D / max(n, m, 1)) for the unit-cost edit distance D between term id sequences.
    static func editBound(_ query: [Int64], _ unit: [Int64]) -> Double {
        let columns = unit.count
        let distance = withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * (columns + 1)) { rows -> Int32 in
            var previous = UnsafeMutableBufferPointer(rebasing: rows[0...columns])
            var current = UnsafeMutableBufferPointer(rebasing: rows[(columns + 1)...])
            for j in 0...columns { previous[j] = Int32(j) }
            for (i, word) in query.enumerated() {
                current[0] = Int32(i + 1)
                for j in 0..<columns {
                    let replace = previous[j] + (word == unit[j] ? 0 : 1)
                    current[j + 1] = Swift.min(previous[j + 1] + 1, current[j] + 1, replace)
                }
                swap(&previous, &current)
            }
            return previous[columns]
        }
        return 100 * (1 - Double(distance) / Double(Swift.max(query.count, columns, 1)))
    }
}

extension Array {
    /// Consecutive slices of at most `size` elements.
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
