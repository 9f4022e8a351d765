import Foundation
import GRDB

/// Every unit's source words held in memory, for scanning them all: the reference the indexed
/// `lookup` is measured against in the benchmark (it gives the same matches, slower).
///
///     let scan = try memory.loadFullScan()
///     try scan.lookup("Presiden tiba di Jakarta.") == memory.lookup("Presiden tiba di Jakarta.")   // true
public final class FullScan {
    let memory: TranslationMemory
    private var ids: [Int64] = []
    private var offsets: [Int] = [0]
    private var keys: [Int32] = []
    private var termLimit = 0

    init(memory: TranslationMemory) throws(MemoryError) {
        self.memory = memory
        try memory.storage {
            try memory.database.read { db in
                termLimit = (try Int.fetchOne(db, sql: "SELECT max(id) FROM term") ?? 0) + 1
                let rows = try Row.fetchCursor(db, sql: "SELECT id, source_keys FROM unit_key ORDER BY id")
                while let row = try rows.next() {
                    ids.append(row[0])
                    keys.append(contentsOf: PostingList.decodeKeys(row[1]).map { Int32($0) })
                    offsets.append(keys.count)
                }
            }
        }
    }

    /// The same as `TranslationMemory.lookup`, found by bounding every unit by its word overlap
    /// with the query and scoring exactly those that can reach the threshold.
    /// - Complexity: O(*u*·*w*) for *u* units of *w* words.
    public func lookup(_ source: String, limit: Int = 5, threshold: Double = 70) throws(MemoryError) -> [MemoryMatch] {
        let query = MatchQuery(source, threshold: threshold)
        return try memory.storage {
            let termIDs = try memory.database.read { try query.resolveTerms($0) }
            var wanted = [Int32](repeating: 0, count: termLimit)
            for (id, count) in query.wantedCounts(termIDs) { wanted[Int(id)] = Int32(count) }
            var candidates = RankedCandidates(queryWords: query.wordCount)
            var taken: [Int] = []
            for unit in ids.indices {
                var shared = 0
                for key in keys[offsets[unit]..<offsets[unit + 1]] where wanted[Int(key)] > 0 {
                    wanted[Int(key)] -= 1
                    taken.append(Int(key))
                    shared += 1
                }
                for key in taken { wanted[key] += 1 }
                taken.removeAll(keepingCapacity: true)
                let wordCount = offsets[unit + 1] - offsets[unit]
                if query.canReachThreshold(shared: shared, unitWordCount: wordCount) {
                    candidates.add(id: ids[unit], sharedAtMost: shared, wordCount: wordCount)
                }
            }
            var cache = LookupCache()
            return try memory.database.read { try query.verify($0, candidates: candidates, termIDs: termIDs, limit: limit, cache: &cache) }
        }
    }
}

extension TranslationMemory {
    /// Loads every unit's source words for `FullScan` (a few bytes per word).
    public func loadFullScan() throws(MemoryError) -> FullScan {
        try FullScan(memory: self)
    }
}
