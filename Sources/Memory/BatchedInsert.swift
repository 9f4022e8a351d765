import GRDB

/// Rows of one table gathered into multi-row `INSERT`s: each statement execution costs GRDB and
/// SQLite a fixed overhead (argument checks, binding closures, observation hooks, a VDBE reset)
/// that an import of a million units would otherwise pay once per row.
///
///     var keys = try BatchedInsert(db, table: "unit_key", columns: ["id", "source_keys"])
///     try keys.append([5, blob])
///     try keys.flush()   // before anything reads the table, and at the end
///
/// Rows reach the table in the order they were appended, so the table ends up as with one
/// `INSERT` per row; rows still waiting are invisible to queries until `flush()`.
struct BatchedInsert {
    /// Rows per full statement: past a few dozen, longer statements gain nothing.
    static let rowsPerStatement = 32

    private let db: Database
    private let table: String
    private let columns: [String]
    private let full: Statement
    private var pending = StatementArguments()
    private var pendingRows = 0

    init(_ db: Database, table: String, columns: [String]) throws {
        self.db = db
        self.table = table
        self.columns = columns
        full = try db.makeStatement(sql: Self.sql(table: table, columns: columns, rows: Self.rowsPerStatement))
    }

    /// Adds one row: one value per column, in the order of `columns`.
    mutating func append(_ row: StatementArguments) throws {
        pending += row
        pendingRows += 1
        if pendingRows == Self.rowsPerStatement { try flush() }
    }

    /// Inserts the rows still waiting.
    mutating func flush() throws {
        guard pendingRows > 0 else { return }
        let statement = pendingRows == Self.rowsPerStatement
            ? full : try db.cachedStatement(sql: Self.sql(table: table, columns: columns, rows: pendingRows))
        try statement.execute(arguments: pending)
        pending = StatementArguments()
        pendingRows = 0
    }

    private static func sql(table: String, columns: [String], rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        return "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
            + Array(repeating: row, count: rows).joined(separator: ", ")
    }
}
