import GRDB

/// The memory file's tables and their migrations. A released migration is never edited:
/// later versions append new ones, so every memory ever written can be opened and upgraded.
///
/// - `unit`: one row per translation unit: indexed columns (languages, plain texts, origin,
///   creation date, confidence) and the whole unit in `payload` (`UnitCoding`).
/// - `unit_key`: each unit's source term ids in order, in narrow rows so that fuzzy lookup can
///   bound many candidates without reading their texts.
/// - `term`: every distinct word key per side (0 source, 1 target) with the number of units holding
///   it and, for Indonesian source words, their base when it differs from the key
///   (`persenjataan` → `senjata`), so that concordance finds affixed forms by their base.
/// - `posting`: for a term and a word count, blocks of ascending unit ids (delta varints).
///
/// Languages are stored normalized (`LanguageTag.normalized`: `in-ID` as `id-ID`); the unit's own
/// tags stay in `payload`. A unit of another pair than the one imported (`de → fr`, or one
/// language only) is stored in `unit` with no `unit_key` row and no postings (word count 0), so
/// lookups and concordance never reach it while export and `stats` see it; no column marks it.
///
/// v2 keeps the headers of imported TMX files, so that export can carry them:
/// - `import_header`: one row per origin and distinct header: the origin (as units get it), the
///   whole `TMXHeader` as imported (its `Codable` JSON with sorted keys, so that equal headers are
///   equal text) and when an import last added units under it. Re-importing a file whose header
///   has not changed reuses its row; an import that adds no unit stores no header.
/// - `unit.header_id`: the header row of the import that added the unit; `NULL` for units stored
///   before v2 or without a header (`padan align --memory`). Not indexed: export reads the units
///   anyway, and an index would slow every import down by about 5 %.
///
/// v3 adds the word-translation table (`WordTranslationTable`).
///
/// v4 replaces the index on `unit.word_count`, whose only reader is a lookup of a sentence
/// without words, by a partial one over the units without words: every import kept a
/// 10 MB index (at 1,000,000 units) up to date for it.
///
/// v5 (`v5-payload-text-references`) changes no table: from it on, `payload` may name the row's
/// `source_text` or `target_text` instead of repeating them (`UnitCoding` format 2).
///
/// v6 adds `unit_key.source_hash`, a 16-bit hash of the source's tokens (`MatchToken.textHash`;
/// `NULL` for a source that is not ASCII, and for units stored before v6), so that fuzzy lookup
/// tells a unit that only shares the query's keys (its words, every number alike) from an exact
/// copy without reading it.
enum MemorySchema {
    /// `PRAGMA application_id`: marks the file as a Padan memory ("PDAN").
    static let applicationID: Int32 = 0x5044_414E

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: """
                CREATE TABLE unit (
                    id INTEGER PRIMARY KEY,
                    source_language TEXT NOT NULL,
                    target_language TEXT NOT NULL,
                    source_text TEXT NOT NULL,
                    target_text TEXT NOT NULL,
                    origin TEXT,
                    created_at REAL,
                    confidence REAL,
                    word_count INTEGER NOT NULL,
                    duplicate_key INTEGER NOT NULL,
                    payload BLOB NOT NULL
                );
                CREATE INDEX unit_duplicate_key ON unit(duplicate_key);
                CREATE INDEX unit_word_count ON unit(word_count);
                CREATE TABLE unit_key (
                    id INTEGER PRIMARY KEY REFERENCES unit(id),
                    source_keys BLOB NOT NULL
                );
                CREATE TABLE term (
                    id INTEGER PRIMARY KEY,
                    side INTEGER NOT NULL,
                    key TEXT NOT NULL,
                    unit_count INTEGER NOT NULL,
                    base TEXT,
                    UNIQUE (side, key)
                );
                CREATE INDEX term_base ON term(side, base) WHERE base IS NOT NULL;
                CREATE TABLE posting (
                    term_id INTEGER NOT NULL,
                    word_count INTEGER NOT NULL,
                    unit_ids BLOB NOT NULL
                );
                CREATE INDEX posting_term ON posting(term_id, word_count);
                """)
        }
        migrator.registerMigration("v2") { db in
            try db.execute(sql: """
                CREATE TABLE import_header (
                    id INTEGER PRIMARY KEY,
                    origin TEXT,
                    header TEXT NOT NULL,
                    imported_at REAL NOT NULL
                );
                ALTER TABLE unit ADD COLUMN header_id INTEGER REFERENCES import_header(id);
                """)
        }
        WordTranslationTable.registerMigration(in: &migrator)
        migrator.registerMigration("v4") { db in
            try db.execute(sql: """
                DROP INDEX unit_word_count;
                CREATE INDEX unit_without_words ON unit(id) WHERE word_count = 0;
                """)
        }
        // Payloads may refer to the plain-text columns (`UnitCoding` format 2), which older
        // versions cannot decode: this changes no table, it marks the file as newer than them.
        migrator.registerMigration("v5-payload-text-references") { _ in }
        migrator.registerMigration("v6-source-hash") { db in
            try db.execute(sql: "ALTER TABLE unit_key ADD COLUMN source_hash INTEGER")
        }
        return migrator
    }
}

/// Which language of a unit: the source (Indonesian) or the target (English).
public enum MemorySide: Int, Hashable, Sendable, Codable, CaseIterable {
    case source = 0
    case target = 1
}
