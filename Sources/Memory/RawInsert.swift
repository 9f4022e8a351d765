import Foundation
import GRDB
import GRDBSQLite

/// A prepared statement of GRDB's, bound and run through SQLite's C API: the import's hot path,
/// where GRDB's `StatementArguments` (an existential and a closure per value, reference
/// counting, observation hooks) cost more than SQLite's own work on a million rows.
/// GRDB still prepares and finalizes the statement; this is the only file that calls SQLite.
///
///     var insert = try RawInsert(db, sql: "INSERT INTO unit_key (id, source_keys) VALUES (?, ?)")
///     insert.bind(1, 5)
///     insert.bind(2, blob: bytes)
///     try insert.run()
struct RawInsert {
    private let statement: Statement
    private let handle: OpaquePointer
    private let connection: OpaquePointer?

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        handle = statement.sqliteStatement
        connection = db.sqliteConnection
    }

    /// SQLite copies what it binds before `bind` returns (`SQLITE_TRANSIENT`, a macro Swift cannot import).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(handle, index, value)
    }

    func bind(_ index: Int32, _ value: Double?) {
        if let value { sqlite3_bind_double(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, _ value: Int64?) {
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, text: String?) {
        guard var text else {
            sqlite3_bind_null(handle, index)
            return
        }
        text.withUTF8 { bytes in
            // A non-null pointer for the empty string, which SQLite would otherwise store as NULL.
            let base = bytes.baseAddress.map { UnsafeRawPointer($0) } ?? UnsafeRawPointer(bitPattern: 1)!
            sqlite3_bind_text(handle, index, base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), Self.transient)
        }
    }

    func bind(_ index: Int32, blob: UnsafeRawBufferPointer) {
        // A zero-length blob stays a blob (not NULL), as GRDB binds empty `Data`.
        sqlite3_bind_blob(handle, index, blob.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, Int32(blob.count), Self.transient)
    }

    func bind(_ index: Int32, blob: Data) {
        blob.withUnsafeBytes { bind(index, blob: $0) }
    }

    func bind(_ index: Int32, blob: [UInt8]) {
        blob.withUnsafeBytes { bind(index, blob: $0) }
    }

    /// Runs the statement with the values bound, then clears them for the next row.
    /// - Throws: `DatabaseError` with SQLite's code and message.
    func run() throws {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        guard code == SQLITE_DONE else {
            let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }

    /// The rowid of the row the last `run()` inserted.
    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(connection) }
}
