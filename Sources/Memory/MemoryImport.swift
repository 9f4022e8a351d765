import Foundation
import GRDB
import TMX

/// What an import did.
public struct ImportSummary: Hashable, Sendable, Codable {
    /// Units read from the input.
    public var read = 0
    /// Units stored.
    public var added = 0
    /// Units dropped because the memory already held the same source and target segments.
    public var duplicates = 0
    /// Units dropped because none of their variants names a language.
    public var missingLanguage = 0
    /// Units stored that are not of the imported pair (another pair, or one language only): kept
    /// for export and counted by `stats`, never found by lookups or concordance. Part of `added`.
    public var otherPairs = 0
}

/// How far an import has got, for progress displays.
public struct ImportProgress: Hashable, Sendable {
    public var read: Int
    public var added: Int
}

extension TranslationMemory {
    /// Imports translation units in one transaction: all of them or, if anything throws, none.
    ///
    ///     let summary = try memory.importUnits(units, origin: "antara.tmx", sourceLanguage: "id", targetLanguage: "en")
    ///
    /// - Parameters:
    ///   - units: the units; each needs a variant in both languages (`id` also takes `id-ID`).
    ///   - origin: where they came from (a file name, an article), stored with each unit.
    ///   - header: the header of the TMX file they come from, stored with the import (in the same
    ///     transaction) when it adds at least one unit, for export to carry (`exportTMX(path:header:filter:)`).
    ///     Importing the same origin with an unchanged header again reuses the stored one.
    ///   - exclusive: the caller vouches that nothing else reads the memory during the import (the
    ///     command line): an import into an empty memory then writes the file directly (`FreshImport`),
    ///     about a third less work; readers arriving meanwhile would wait.
    ///   - progress: called every 1,000 units.
    /// - Returns: counts of units read, added and dropped.
    /// - Throws: `MemoryError` when the memory cannot be written; the memory is then unchanged.
    public func importUnits(_ units: some Sequence<TranslationUnit>, origin: String?, header: TMXHeader? = nil,
                            sourceLanguage: String, targetLanguage: String, exclusive: Bool = false,
                            progress: (ImportProgress) -> Void = { _ in }) throws -> ImportSummary {
        var iterator = units.makeIterator()
        return try importUnits(from: { iterator.next() }, origin: origin, header: header, sourceLanguage: sourceLanguage,
                               targetLanguage: targetLanguage, exclusive: exclusive, progress: progress)
    }

    /// Imports units pulled from `next` (e.g. a `TMXReader`) until it returns `nil`, in one
    /// transaction: if `next` or the memory throws, the error propagates and nothing is stored.
    /// `next` is called on another thread than the caller's (one at a time, in order), so that
    /// reading overlaps writing; it must not be called concurrently from elsewhere.
    ///
    ///     let reader = try TMXReader(path: "antara.tmx")
    ///     let summary = try memory.importUnits(from: { try reader.next() }, origin: "antara.tmx", header: reader.header,
    ///                                          sourceLanguage: "id", targetLanguage: "en")
    ///
    /// - Complexity: O(*u*·*w*) for *u* units of *w* words, plus loading the memory's term list.
    public func importUnits(from next: @escaping () throws -> TranslationUnit?, origin: String?, header: TMXHeader? = nil,
                            sourceLanguage: String, targetLanguage: String, exclusive: Bool = false,
                            progress: (ImportProgress) -> Void = { _ in }) throws -> ImportSummary {
        do {
            return try database.writeWithoutTransaction { db in
                // A large page cache keeps the indexes' pages in memory instead of spilling them
                // to the log again and again during a big import.
                try db.execute(sql: "PRAGMA cache_size = -\(Self.importCacheKilobytes)")
                defer { try? db.execute(sql: "PRAGMA cache_size = -\(Self.cacheKilobytes)") }
                let fresh = try FreshImport.isEmpty(db)
                let rollbackJournal = fresh && exclusive ? try FreshImport.enterRollbackJournal(db) : false
                defer { if rollbackJournal { try? FreshImport.leaveRollbackJournal(db) } }
                var summary = ImportSummary()
                try db.inTransaction {
                    var importer = try UnitImporter(db: db, header: header, fresh: fresh)
                    let now = Date()
                    // Reading, tokenizing and finding term ids run beside the writes, on another core.
                    let terms = try TermDictionary(db, sourceIsIndonesian: Self.isIndonesian(sourceLanguage))
                    let pipeline = ImportPipeline(next: next, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                                                  terms: terms)
                    defer { pipeline.cancel() }
                    let wordCounts = BackgroundWordCounts(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
                    defer { wordCounts.cancel() }
                    var reported = 0
                    while let batch = try pipeline.take() {
                        summary.missingLanguage += batch.missingLanguage
                        summary.read += batch.missingLanguage
                        // By index, so that each unit is read in place, not copied.
                        for index in batch.units.indices {
                            summary.read += 1
                            if try importer.insert(batch.units[index], origin: origin, importDate: now) {
                                summary.added += 1
                                if batch.units[index].isIndexed {
                                    wordCounts.add(sourceText: batch.units[index].sourceText, targetText: batch.units[index].targetText)
                                } else {
                                    summary.otherPairs += 1
                                }
                            } else {
                                summary.duplicates += 1
                            }
                            if summary.read >= reported + 1000 {
                                reported = summary.read
                                progress(ImportProgress(read: summary.read, added: summary.added))
                            }
                        }
                    }
                    try importer.finish()
                    try wordCounts.finish(in: db)
                    return .commit
                }
                return summary
            }
        } catch let error as DatabaseError {
            throw Self.failure(.storage, path: path, cause: error) { "the import failed and was rolled back: \($0)" }
        }
    }
}

extension TranslationMemory {
    /// Whether a language tag names Indonesian (`id`, `id-ID`, and the old code `in`).
    static func isIndonesian(_ language: String) -> Bool {
        let primary = language.lowercased().split(separator: "-").first.map(String.init) ?? ""
        return primary == "id" || primary == "in"
    }
}

/// The write side of one import transaction: new terms, duplicate detection, posting blocks.
struct UnitImporter {
    let db: Database
    /// The keys of the units the memory held before the import (their rows found by the index).
    let storedKeys: Set<Int64>
    /// The keys of the units this import stored, with their rows.
    var importedKeys: ImportedKeys
    /// The largest row id before the import: rows above it are the import's own.
    let lastStoredRow: Int64
    /// Whether the memory was empty: the duplicate-key index is then built at the end (`FreshImport`).
    let fresh: Bool
    /// This import's postings, written at the end (or when they outgrow `postingBytesHeld`).
    var postings = PostingBuffer(reservation: UnitImporter.postingBytesHeld + (1 << 20))
    let insertUnit: RawInsert
    let insertUnitKey: RawInsert
    let insertPosting: RawInsert
    var terms: BatchedInsert

    /// Posting bytes held in memory at most before they are written (about 65 MB at 1,000,000 wire units).
    static let postingBytesHeld = 96 << 20

    /// The imported file's header, stored with the first unit added: an import that adds nothing
    /// stores none (no export could carry it).
    let header: TMXHeader?
    private var headerID: Int64?

    init(db: Database, header: TMXHeader?, fresh: Bool) throws {
        self.db = db
        self.header = header
        self.fresh = fresh
        storedKeys = fresh ? [] : Set(try Int64.fetchAll(db, sql: "SELECT duplicate_key FROM unit"))
        importedKeys = ImportedKeys()
        lastStoredRow = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM unit") ?? 0
        if fresh { try FreshImport.dropIndex(db) }
        insertUnit = try RawInsert(db, sql: """
            INSERT INTO unit (source_language, target_language, source_text, target_text, origin, created_at,
                              confidence, word_count, duplicate_key, payload, header_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertUnitKey = try RawInsert(db, sql: "INSERT INTO unit_key (id, source_keys, source_hash) VALUES (?, ?, ?)")
        insertPosting = try RawInsert(db, sql: "INSERT INTO posting (term_id, word_count, unit_ids) VALUES (?, ?, ?)")
        terms = try BatchedInsert(db, table: "term", columns: ["id", "side", "key", "unit_count", "base"])
    }

    /// Stores the unit unless its segments are already there; returns whether it was stored.
    /// The unit's new terms are stored either way, since the ids of later units' words count on them.
    mutating func insert(_ unit: borrowing PreparedUnit, origin: String?, importDate: Date) throws -> Bool {
        for term in unit.newTerms { try terms.append([term.id, term.side.rawValue, term.key, 0, term.base]) }
        if try isDuplicate(unit) { return false }

        if headerID == nil, let header { headerID = try ImportedHeader.store(header, origin: origin, at: importDate, in: db) }
        insertUnit.bind(1, text: unit.sourceLanguage)
        insertUnit.bind(2, text: unit.targetLanguage)
        insertUnit.bind(3, text: unit.sourceText)
        insertUnit.bind(4, text: unit.targetText)
        insertUnit.bind(5, text: origin)
        insertUnit.bind(6, (unit.created ?? importDate).timeIntervalSince1970)
        insertUnit.bind(7, unit.confidence)
        insertUnit.bind(8, Int64(unit.sourceWords.count))
        insertUnit.bind(9, unit.duplicateKey)
        insertUnit.bind(10, blob: unit.payload)
        insertUnit.bind(11, headerID)
        try insertUnit.run()
        let id = insertUnit.lastInsertedRowID
        importedKeys.add(key: unit.duplicateKey, row: id)
        // Units of another pair get no key row and no postings: no lookup can reach them.
        guard unit.isIndexed else { return true }
        insertUnitKey.bind(1, id)
        insertUnitKey.bind(2, blob: unit.sourceKeys)
        insertUnitKey.bind(3, unit.sourceHash)
        try insertUnitKey.run()
        postings.add(unit: id, wordCount: unit.sourceWords.count, terms: unit.sourceWords.distinctTerms)
        postings.add(unit: id, wordCount: unit.targetWords.count, terms: unit.targetWords.distinctTerms)
        if postings.byteCount >= Self.postingBytesHeld { try flushPostings() }
        return true
    }

    mutating func finish() throws {
        try terms.flush()
        try flushPostings()
        if fresh { try FreshImport.restoreIndex(db) }
        let update = try db.makeStatement(sql: "UPDATE term SET unit_count = unit_count + ? WHERE id = ?")
        for (term, count) in postings.unitCounts.enumerated() where count > 0 { try update.execute(arguments: [count, term]) }
    }

    /// Writes one block per term and word count: unit ids ascending within each.
    private mutating func flushPostings() throws {
        let insert = insertPosting
        try postings.drain { term, wordCount, block in
            insert.bind(1, term)
            insert.bind(2, Int64(wordCount))
            insert.bind(3, blob: block)
            try insert.run()
        }
    }

    /// Whether a stored unit with this key has the same languages and segments (a hash is not proof).
    private func isDuplicate(_ unit: borrowing PreparedUnit) throws -> Bool {
        var rows: [Row] = []
        for id in importedKeys.rows(for: unit.duplicateKey) {
            let statement = try db.cachedStatement(sql: "SELECT payload, source_text, target_text FROM unit WHERE id = ?")
            rows += try Row.fetchAll(statement, arguments: [id])
        }
        if storedKeys.contains(unit.duplicateKey) {
            let statement = try db.cachedStatement(sql: """
                SELECT payload, source_text, target_text FROM unit WHERE duplicate_key = ? AND id <= ?
                """)
            rows += try Row.fetchAll(statement, arguments: [unit.duplicateKey, lastStoredRow])
        }
        guard !rows.isEmpty, let segments = unit.duplicateSegments() else { return false }
        return rows.contains { row in
            let payload: Data = row[0]
            guard let stored = try? UnitCoding.decode(Array(payload), texts: (row[1], row[2])),
                  let storedSource = stored.variant(for: unit.sourceLanguage) else { return false }
            // A unit in one language only (kept, of no pair) has no target to compare.
            let storedTarget = unit.targetLanguage.isEmpty ? nil : stored.variant(for: unit.targetLanguage)
            guard unit.targetLanguage.isEmpty || storedTarget != nil else { return false }
            return storedSource.segment == segments.source && (storedTarget?.segment ?? Segment([])) == segments.target
                && LanguageTag.normalized(storedSource.language ?? "") == unit.sourceLanguage
                && LanguageTag.normalized(storedTarget?.language ?? "") == unit.targetLanguage
        }
    }

    /// FNV-1a over the languages and the encoded segments.
    static func duplicateKey(_ sourceLanguage: String, _ targetLanguage: String, _ source: Segment, _ target: Segment) -> Int64 {
        var writer = ByteWriter()
        return duplicateKey(sourceLanguage, targetLanguage, source, target, scratch: &writer)
    }

    /// The same, encoding into `scratch` (emptied first), so that a thread hashing many units reuses one buffer.
    static func duplicateKey(_ sourceLanguage: String, _ targetLanguage: String, _ source: Segment, _ target: Segment,
                             scratch writer: inout ByteWriter) -> Int64 {
        writer.bytes.removeAll(keepingCapacity: true)
        writer.string(sourceLanguage.lowercased())
        writer.string(targetLanguage.lowercased())
        writer.content(source.content)
        writer.content(target.content)
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in writer.bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return Int64(bitPattern: hash)
    }
}
