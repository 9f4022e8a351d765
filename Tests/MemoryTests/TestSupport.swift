import Foundation
import GRDB
import Testing
@testable import Memory
import TMX

/// A deterministic random number generator (SplitMix64) so random tests fail the same way twice.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A fresh memory file in a temporary directory, removed with the directory at the end.
final class ScratchMemory {
    let directory: URL
    let path: String

    init() {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("padan-memory-\(UUID().uuidString)")
        path = directory.appendingPathComponent("memory.sqlite").path
    }

    func open() throws -> TranslationMemory { try TranslationMemory(path: path) }

    deinit { try? FileManager.default.removeItem(at: directory) }
}

/// An Indonesian–English unit of plain text.
func pair(_ indonesian: String, _ english: String, attributes: [TMXAttribute] = []) -> TranslationUnit {
    TranslationUnit(attributes: attributes, variants: [
        TranslationVariant(language: "id", segment: Segment(text: indonesian)),
        TranslationVariant(language: "en", segment: Segment(text: english)),
    ])
}

/// Every unit in the memory, in id order.
func allUnits(_ memory: TranslationMemory) throws -> [TranslationUnit] {
    var units: [TranslationUnit] = []
    try memory.export { units.append($0) }
    return units
}

/// The URL of a fixture file.
func fixture(_ name: String, _ type: String) throws -> URL {
    try #require(Bundle.module.url(forResource: name, withExtension: type, subdirectory: "Fixtures"))
}

/// What an export wrote to a file, read back.
struct ExportedFile {
    var text: String
    var header: TMXHeader
    var units: [TranslationUnit]
}

/// Exports the units passing `filter` under `base` into a file in `scratch`'s directory, as
/// `padan memory export` does, and reads the file back.
func exportFile(_ memory: TranslationMemory, in scratch: ScratchMemory, filter: ExportFilter = ExportFilter(),
                base: TMXHeader = .padan(toolVersion: "0.1.0")) throws -> ExportedFile {
    let path = scratch.directory.appendingPathComponent("export-\(UUID().uuidString).tmx").path
    try memory.exportTMX(path: path, header: base, filter: filter)
    let reader = try TMXReader(path: path)
    var units: [TranslationUnit] = []
    while let unit = try reader.next() { units.append(unit) }
    return ExportedFile(text: try String(contentsOfFile: path, encoding: .utf8), header: reader.header, units: units)
}

/// Leaves `db` as an import into an empty memory (`FreshImport`) is mid-way: under a rollback
/// journal, in a transaction whose 3,000 rows, written with a page cache of 8 pages, have spilled
/// into the file, so the connection holds the file's exclusive lock until it rolls back.
func beginSpilledImport(_ db: Database) throws {
    _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
    try db.execute(sql: "PRAGMA cache_size = 8")
    try db.execute(sql: "BEGIN IMMEDIATE")
    try db.execute(sql: """
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
        INSERT INTO unit (source_language, target_language, source_text, target_text, word_count, duplicate_key, payload)
        SELECT 'id', 'en', 'teks ' || i, 'text ' || i, 2, i, randomblob(600) FROM n
        """)
}
