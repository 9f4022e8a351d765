import Foundation
import GRDB

/// What a memory holds.
public struct MemoryStats: Hashable, Sendable, Codable {
    public struct Group: Hashable, Sendable, Codable {
        public var name: String
        public var units: Int
    }

    public var path: String
    public var units: Int
    /// Units of the memory's own pair, which lookups and concordance search; the others are kept
    /// for export only (`ImportSummary.otherPairs`).
    public var searchableUnits: Int
    /// Units per pair of languages without regions (`id → en` counts `id-ID → en-GB` too; tags as
    /// stored, `LanguageTag.normalized`, so `in` is `id`); a unit in one language only has an empty target.
    public var languagePairs: [Group]
    /// Units per origin, most first.
    public var origins: [Group]
    public var oldest: Date?
    public var newest: Date?
    /// Distinct source-side and target-side words in the index.
    public var sourceWords: Int
    public var targetWords: Int
    /// The size of the database file, its write-ahead log included.
    public var fileSize: Int
}

extension TranslationMemory {
    /// Counts units by language pair and origin, and the date range.
    public func stats() throws(MemoryError) -> MemoryStats {
        try storage {
            try database.read { db in
                let pairs = try Row.fetchAll(db, sql: """
                    SELECT \(Self.primary("source_language")) || ' → ' || \(Self.primary("target_language")), count(*)
                    FROM unit GROUP BY 1 ORDER BY 2 DESC, 1
                    """).map { MemoryStats.Group(name: $0[0], units: $0[1]) }
                let origins = try Row.fetchAll(db, sql: """
                    SELECT coalesce(origin, '(none)'), count(*) FROM unit GROUP BY 1 ORDER BY 2 DESC, 1
                    """).map { MemoryStats.Group(name: $0[0], units: $0[1]) }
                let dates = try Row.fetchOne(db, sql: "SELECT min(created_at), max(created_at), count(*) FROM unit")!
                let searchable = try Int.fetchOne(db, sql: "SELECT count(*) FROM unit_key") ?? 0
                let words = try Row.fetchOne(db, sql: "SELECT count(*) FILTER (WHERE side = 0), count(*) FILTER (WHERE side = 1) FROM term")!
                let size = [path, path + "-wal"].reduce(0) { total, file in
                    total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
                }
                return MemoryStats(path: path, units: dates[2], searchableUnits: searchable, languagePairs: pairs, origins: origins,
                                   oldest: (dates[0] as Double?).map(Date.init(timeIntervalSince1970:)),
                                   newest: (dates[1] as Double?).map(Date.init(timeIntervalSince1970:)),
                                   sourceWords: words[0], targetWords: words[1], fileSize: size)
            }
        }
    }

    /// SQL for the primary language subtag of a language column (`id-ID` → `id`).
    private static func primary(_ column: String) -> String {
        "substr(\(column), 1, instr(\(column) || '-', '-') - 1)"
    }
}
