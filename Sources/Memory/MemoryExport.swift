import Foundation
import GRDB
import TMX

/// Which units `export` gives.
public struct ExportFilter: Hashable, Sendable {
    /// Only units created on or after this date.
    public var since: Date?
    /// Only units from this origin.
    public var origin: String?
    /// Only units with this source language (`id` also takes `id-ID`).
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
    /// Hands every unit that passes `filter` to `sink`, exactly as imported, oldest id first.
    ///
    ///     let writer = try TMXWriter(path: "out.tmx", header: .padan(toolVersion: "0.1.0"))
    ///     let count = try memory.export(filter: ExportFilter(origin: "antara.tmx")) { try writer.write($0) }
    ///
    /// - Returns: how many units were handed over.
    /// - Throws: what `sink` throws, or `MemoryError` when the memory cannot be read.
    @discardableResult
    public func export(filter: ExportFilter = ExportFilter(), to sink: (TranslationUnit) throws -> Void) throws -> Int {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let since = filter.since {
            conditions.append("created_at >= ?")
            _ = arguments.append(contentsOf: [since.timeIntervalSince1970])
        }
        if let origin = filter.origin {
            conditions.append("origin = ?")
            _ = arguments.append(contentsOf: [origin])
        }
        for (column, language) in [("source_language", filter.sourceLanguage), ("target_language", filter.targetLanguage)] {
            guard let language else { continue }
            conditions.append("(lower(\(column)) = lower(?) OR lower(\(column)) LIKE lower(?) || '-%')")
            _ = arguments.append(contentsOf: [language, language])
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try pool.read { db in
            var count = 0
            let payloads = try Data.fetchCursor(db, sql: "SELECT payload FROM unit \(whereClause) ORDER BY id", arguments: arguments)
            while let payload = try payloads.next() {
                guard let unit = try? UnitCoding.decode(Array(payload)) else {
                    throw MemoryError(.storage, path: path, "a stored unit is damaged and cannot be exported")
                }
                try sink(unit)
                count += 1
            }
            return count
        }
    }
}
