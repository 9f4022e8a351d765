import GRDB

extension TranslationMemory {
    /// Hands the plain source and target text of every Indonesian→English unit to `body`, oldest
    /// first, from one snapshot, without decoding the stored units: for tools that read every
    /// sentence pair (glossary candidates, word statistics) in flat memory.
    ///
    ///     try memory.forEachIndonesianEnglishPair { source, target in count(source, target) }
    ///
    /// - Returns: how many pairs were handed over.
    /// - Throws: `MemoryError` when the memory cannot be read, or what `body` throws.
    @discardableResult
    public func forEachIndonesianEnglishPair(_ body: (String, String) throws -> Void) throws -> Int {
        try database.read { db in
            var count = 0
            let rows = try Row.fetchCursor(db, sql: "SELECT source_language, target_language, source_text, target_text FROM unit ORDER BY id")
            while let row = try rows.next() {
                guard Self.isIndonesian(row[0]), (row[1] as String).lowercased().split(separator: "-").first == "en" else { continue }
                try body(row[2], row[3])
                count += 1
            }
            return count
        }
    }
}
