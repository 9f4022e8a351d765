import Foundation
import GRDB
import Lexicon

/// The memory's word-translation table (schema v3): expected link counts of Indonesian roots and
/// English words (`TranslationCounts`), learned from the memory's own units, so that the aligner
/// knows what the desk has translated before.
///
/// - `lexicon_word`: each distinct word per side (0 Indonesian root, 1 English word).
/// - `lexicon_count`: a count per pair of word ids; counts only grow, one import at a time.
///
/// Every import adds the counts of the units it stores (`WordCountUpdate`; past the first 5,000
/// units of one import, a sample), trained in blocks of `WordCountUpdate.blockSize` units; since
/// the counts derive from the units alone, exporting a memory and importing the file elsewhere
/// gives the same table, and `rebuildWordTranslations()` recomputes it from the units.
enum WordTranslationTable {
    static func registerMigration(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3") { db in
            try db.execute(sql: """
                CREATE TABLE lexicon_word (
                    id INTEGER PRIMARY KEY,
                    side INTEGER NOT NULL,
                    word TEXT NOT NULL,
                    UNIQUE (side, word)
                );
                CREATE TABLE lexicon_count (
                    source_id INTEGER NOT NULL,
                    target_id INTEGER NOT NULL,
                    count REAL NOT NULL,
                    PRIMARY KEY (source_id, target_id)
                ) WITHOUT ROWID;
                """)
        }
    }

    /// Adds `counts` to the table.
    static func add(_ counts: TranslationCounts, in db: Database) throws {
        guard !counts.isEmpty else { return }
        var ids: [MemorySide: [String: Int64]] = [.source: [:], .target: [:]]
        for row in try Row.fetchAll(db, sql: "SELECT id, side, word FROM lexicon_word") {
            if let side = MemorySide(rawValue: row["side"]) { ids[side]![row["word"]] = row["id"] }
        }
        var nextID = (try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM lexicon_word") ?? 0) + 1
        // Bound through SQLite's C API (`RawInsert`): an import of a large file adds some 100,000 pairs.
        let insertWord = try RawInsert(db, sql: "INSERT INTO lexicon_word (id, side, word) VALUES (?, ?, ?)")
        func id(_ word: String, _ side: MemorySide) throws -> Int64 {
            if let id = ids[side]![word] { return id }
            let id = nextID
            nextID += 1
            insertWord.bind(1, id)
            insertWord.bind(2, Int64(side.rawValue))
            insertWord.bind(3, text: word)
            try insertWord.run()
            ids[side]![word] = id
            return id
        }
        let upsert = try RawInsert(db, sql: """
            INSERT INTO lexicon_count (source_id, target_id, count) VALUES (?, ?, ?)
            ON CONFLICT (source_id, target_id) DO UPDATE SET count = count + excluded.count
            """)
        for (pair, count) in counts.pairs.sorted(by: { ($0.key.source, $0.key.target) < ($1.key.source, $1.key.target) }) {
            upsert.bind(1, try id(pair.source, .source))
            upsert.bind(2, try id(pair.target, .target))
            upsert.bind(3, Optional(count))
            try upsert.run()
        }
    }

    /// The whole table.
    static func counts(in db: Database, minimumCount: Double) throws -> TranslationCounts {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT s.word AS source, t.word AS target, c.count AS count FROM lexicon_count c
            JOIN lexicon_word s ON s.id = c.source_id JOIN lexicon_word t ON t.id = c.target_id
            WHERE c.count >= ?
            """, arguments: [minimumCount])
        var counts = TranslationCounts()
        while let row = try rows.next() {
            counts.add(WordPair(source: row["source"], target: row["target"]), count: row["count"])
        }
        return counts
    }
}

/// The word counts one import adds: the stored units' texts, trained by Model 1 in blocks as they
/// come and written to the table at the end, in the import's transaction. Only units from
/// Indonesian to English count.
struct WordCountUpdate {
    /// Units trained together: enough for EM to tell translations from neighbours, few enough to
    /// keep each block's cells small.
    static let blockSize = 2_000
    /// Sentences longer than this (words, either side) are left out: they cost much and teach little.
    static let longestSentence = 80

    private let applies: Bool
    private var words = LexiconWords()
    private var block: [(source: [String], target: [String])] = []
    private(set) var counts = TranslationCounts()

    init(sourceLanguage: String, targetLanguage: String) {
        applies = TranslationMemory.isIndonesian(sourceLanguage)
            && targetLanguage.lowercased().split(separator: "-").first == "en"
    }

    /// Units of one import trained on in full; past them, one in 2, then one in 4 past twice as
    /// many, and so on: a desk's import counts whole, a million-unit corpus adds a sample of
    /// about 40,000 units (plenty for Model 1's frequent words) instead of slowing its import
    /// several times over. Which units count depends only on their order, so the same file
    /// always gives the same counts.
    static let fullyCountedUnits = 5_000

    /// Stored units seen so far.
    private var seen = 0

    /// Takes in one stored unit's plain texts.
    mutating func add(sourceText: String, targetText: String) {
        guard takesNext() else { return }
        train(sourceText: sourceText, targetText: targetText)
    }

    /// Counts one more stored unit and tells whether it is in the sample (see `fullyCountedUnits`).
    mutating func takesNext() -> Bool {
        guard applies else { return false }
        seen += 1
        if seen > Self.fullyCountedUnits {
            var stride = 2
            while seen > Self.fullyCountedUnits * stride { stride *= 2 }
            guard seen % stride == 0 else { return false }
        }
        return true
    }

    /// Trains on one unit of the sample (`takesNext()`), in blocks.
    mutating func train(sourceText: String, targetText: String) {
        let source = words.indonesian(sourceText), target = words.english(targetText)
        guard !source.isEmpty, !target.isEmpty, source.count <= Self.longestSentence, target.count <= Self.longestSentence else { return }
        block.append((source, target))
        if block.count == Self.blockSize { trainBlock() }
    }

    /// Trains the last block and adds everything to the table.
    mutating func finish(in db: Database) throws {
        trainBlock()
        try WordTranslationTable.add(counts, in: db)
    }

    /// Trains the block begun, if any.
    mutating func trainBlock() {
        guard !block.isEmpty else { return }
        counts.merge(ModelOneTraining.counts(for: block, iterations: 3, minimumCount: 0.1))
        block.removeAll(keepingCapacity: true)
    }
}

extension TranslationMemory {
    /// The memory's word-translation counts, pairs counted less than `minimumCount` left out:
    /// what `AlignerOptions.wordModel` takes.
    ///
    ///     let model = WordTranslationModel(counts: try memory.wordTranslationCounts())
    public func wordTranslationCounts(minimumCount: Double = 0.5) throws(MemoryError) -> TranslationCounts {
        do {
            return try database.read { try WordTranslationTable.counts(in: $0, minimumCount: minimumCount) }
        } catch {
            throw Self.failure(.storage, path: path, cause: error) { "cannot read the word-translation table: \($0)" }
        }
    }

    /// Recomputes the word-translation table from the memory's units (Indonesian to English),
    /// in one transaction: for a table from before v3, or after a change to how words are counted.
    /// - Returns: the number of word pairs in the new table.
    @discardableResult
    public func rebuildWordTranslations() throws(MemoryError) -> Int {
        do {
            return try database.write { db in
                try db.execute(sql: "DELETE FROM lexicon_count; DELETE FROM lexicon_word")
                var update = WordCountUpdate(sourceLanguage: "id", targetLanguage: "en")
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT source_language, target_language, source_text, target_text FROM unit ORDER BY id
                    """)
                while let row = try rows.next() {
                    guard Self.isIndonesian(row["source_language"]),
                          (row["target_language"] as String).lowercased().hasPrefix("en") else { continue }
                    update.add(sourceText: row["source_text"], targetText: row["target_text"])
                }
                try update.finish(in: db)
                return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM lexicon_count") ?? 0
            }
        } catch {
            throw Self.failure(.storage, path: path, cause: error) { "the word-translation table could not be rebuilt and was left as it was: \($0)" }
        }
    }
}
