import Foundation
import GRDB
import TMX

/// Which units `export` gives.
public struct ExportFilter: Hashable, Sendable {
    /// Only units created on or after this date.
    public var since: Date?
    /// Only units from this origin.
    public var origin: String?
    /// Only units with this source language (`id` also takes `id-ID`, and `in` is `id`).
    public var sourceLanguage: String?
    /// Only units with this target language.
    public var targetLanguage: String?

    public init(since: Date? = nil, origin: String? = nil, sourceLanguage: String? = nil, targetLanguage: String? = nil) {
        self.since = since
        self.origin = origin
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
    }
}

extension TranslationMemory {
    /// Writes the units that pass `filter` to a TMX file, exactly as imported, oldest id first, under
    /// `header` carrying the headers of the imports they came from (`TMXHeader.carrying(_:)`).
    /// Header and units come from one snapshot of the memory: an import that commits meanwhile is
    /// in neither.
    ///
    ///     let count = try memory.exportTMX(path: "antara.tmx", header: .padan(toolVersion: "0.1.0"),
    ///                                      filter: ExportFilter(origin: "antara-2018.tmx"))
    ///
    /// - Parameters:
    ///   - path: the file to write (`nil` or `-` for standard output); it appears only when complete.
    ///   - header: the file's own header, e.g. `.padan(…)`.
    ///   - filter: which units to write.
    /// - Returns: how many units were written.
    /// - Throws: `TMXError` when the file cannot be written, `MemoryError` when the memory cannot be read.
    @discardableResult
    public func exportTMX(path: String?, header: TMXHeader, filter: ExportFilter = ExportFilter()) throws -> Int {
        try database.read { db in
            let writer = try TMXWriter(path: path, header: header.carrying(try importedHeaders(db, filter: filter)))
            let count = try exportUnits(db, filter: filter) { try writer.write($0) }
            try writer.finish()
            return count
        }
    }

    /// Hands every unit that passes `filter` to `sink`, exactly as imported, oldest id first.
    ///
    ///     let count = try memory.export(filter: ExportFilter(origin: "antara.tmx")) { print($0.variants.count) }
    ///
    /// - Returns: how many units were handed over.
    /// - Throws: what `sink` throws, or `MemoryError` when the memory cannot be read.
    @discardableResult
    public func export(filter: ExportFilter = ExportFilter(), to sink: (TranslationUnit) throws -> Void) throws -> Int {
        try database.read { db in try exportUnits(db, filter: filter, to: sink) }
    }

    /// The headers of the imports that stored at least one unit passing `filter`, oldest first:
    /// what an export with that filter carries.
    ///
    ///     let headers = try memory.importedHeaders(filter: ExportFilter(origin: "proyek.tmx"))
    ///
    /// Units stored before headers were kept (schema v1) or without one (`padan align --memory`)
    /// bring none.
    /// - Throws: `MemoryError` when the memory cannot be read or a stored header is damaged.
    /// - Complexity: one pass over the units (a few percent of an export's time).
    public func importedHeaders(filter: ExportFilter = ExportFilter()) throws(MemoryError) -> [ImportedHeader] {
        try storage { try database.read { db in try importedHeaders(db, filter: filter) } }
    }

    private func exportUnits(_ db: Database, filter: ExportFilter, to sink: (TranslationUnit) throws -> Void) throws -> Int {
        let (condition, arguments) = filter.condition
        var count = 0
        // The plain texts come along: a stored unit refers to them instead of repeating them (`UnitCoding`).
        let rows = try Row.fetchCursor(db, sql: "SELECT payload, source_text, target_text FROM unit WHERE \(condition) ORDER BY id",
                                       arguments: arguments)
        while let row = try rows.next() {
            let payload: Data = row[0]
            guard let unit = try? UnitCoding.decode(Array(payload), texts: (row[1], row[2])) else {
                throw MemoryError(.storage, path: path, "a stored unit is damaged and cannot be exported")
            }
            try sink(unit)
            count += 1
        }
        return count
    }

    private func importedHeaders(_ db: Database, filter: ExportFilter) throws -> [ImportedHeader] {
        let (condition, arguments) = filter.condition
        let rows = try Row.fetchAll(db, sql: """
            SELECT origin, header, imported_at FROM import_header
            WHERE id IN (SELECT header_id FROM unit WHERE \(condition))
            ORDER BY id
            """, arguments: arguments)
        return try rows.map { row in
            guard let header = ImportedHeader(row: row) else {
                throw MemoryError(.storage, path: path, "a stored TMX header is damaged and cannot be exported")
            }
            return header
        }
    }
}

extension ExportFilter {
    /// The filter as an SQL condition on `unit` columns (`1` when it lets everything through).
    var condition: (sql: String, arguments: StatementArguments) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let since {
            conditions.append("unit.created_at >= ?")
            _ = arguments.append(contentsOf: [since.timeIntervalSince1970])
        }
        if let origin {
            conditions.append("unit.origin = ?")
            _ = arguments.append(contentsOf: [origin])
        }
        for (column, language) in [("unit.source_language", sourceLanguage), ("unit.target_language", targetLanguage)] {
            guard let language = language.map(LanguageTag.normalized) else { continue }
            conditions.append("(lower(\(column)) = lower(?) OR lower(\(column)) LIKE lower(?) || '-%')")
            _ = arguments.append(contentsOf: [language, language])
        }
        return (conditions.isEmpty ? "1" : conditions.joined(separator: " AND "), arguments)
    }
}
