import GRDB

/// How an import into an empty memory writes less: the file is written in place under a rollback
/// journal instead of through the write-ahead log (a new page needs no journal, so each page is
/// written once, not to the log and then again to the file), and the index on `duplicate_key` is
/// dropped for the load and built at its end from sorted keys, instead of taking a million
/// inserts at random places. Both stay inside the import's transaction, so a failed or killed
/// import still leaves the memory as it was (SQLite rolls a hot journal back when the file is
/// next opened).
///
/// Used only when the caller vouches that nothing else reads the memory meanwhile
/// (`importUnits(…, exclusive: true)`): under a rollback journal, readers wait while the file is written.
enum FreshImport {
    /// Whether the memory holds no unit yet.
    static func isEmpty(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM unit)") ?? false
    }

    /// Leaves write-ahead logging for a rollback journal; `false` when SQLite could not (another
    /// connection holds the file), and the import then goes through the log as usual.
    static func enterRollbackJournal(_ db: Database) throws -> Bool {
        do {
            return try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")?.lowercased() == "delete"
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            return false
        }
    }

    /// Back to write-ahead logging, so that lookups run beside later imports again.
    static func leaveRollbackJournal(_ db: Database) throws {
        _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
    }

    /// Inside the transaction: the duplicate-key index goes until `restoreIndex`.
    static func dropIndex(_ db: Database) throws {
        try db.execute(sql: "DROP INDEX unit_duplicate_key")
    }

    /// Builds the index dropped by `dropIndex`, as the schema has it.
    static func restoreIndex(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX unit_duplicate_key ON unit(duplicate_key)")
    }
}
