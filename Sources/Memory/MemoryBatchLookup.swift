import GRDB

extension TranslationMemory {
    /// Fuzzy matches for many sentences in one read of the memory, each answer handed to `each`
    /// as soon as it is found (the query's position in `sources`, then its matches).
    ///
    ///     try memory.lookup(batch: ["Presiden tiba di Jakarta.", "Harga beras naik."]) { index, matches in
    ///         print(index, matches.first?.score ?? 0)
    ///     }
    ///
    /// Every query gets what `lookup(_:limit:threshold:)` gives it; the batch saves opening the
    /// memory and a read transaction per query, and keeps the pages it reads warm for the next.
    /// All queries see the memory as it was when the batch started.
    ///
    /// - Parameters:
    ///   - sources: the new sentences (source language), one query each.
    ///   - limit: how many matches at most per query.
    ///   - threshold: the lowest score kept, 1…100.
    ///   - each: called once per query, in order; what it throws ends the batch and is rethrown.
    /// - Throws: `MemoryError` for a threshold outside 1…100 or a failing memory, else what `each` throws.
    public func lookup(batch sources: some Sequence<String>, limit: Int = 5, threshold: Double = 70,
                       each: (Int, [MemoryMatch]) throws -> Void) throws {
        try checkThreshold(threshold)
        do {
            try database.read { db in
                var counter = PostingCounter()
                for (index, source) in sources.enumerated() {
                    let matches = limit > 0 ? try MatchQuery.search(db, source, limit: limit, threshold: threshold, counter: &counter) : []
                    do { try each(index, matches) } catch { throw Delivery(error: error) }
                }
            }
        } catch let delivery as Delivery {
            throw delivery.error
        } catch let error as MemoryError {
            throw error
        } catch {
            throw Self.failure(.storage, path: path, cause: error) { "the memory failed: \($0)" }
        }
    }
}

/// A batch caller's own failure, carried through the database read untouched.
private struct Delivery: Error {
    let error: any Error
}
