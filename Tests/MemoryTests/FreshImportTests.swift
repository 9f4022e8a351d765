import Foundation
import GRDB
import Testing
@testable import Memory
import TMX

/// Imports that write less: payloads referring to the plain-text columns, and the direct write of
/// an import into an empty memory (`FreshImport`). What is stored must not change.
@Suite struct FreshImportTests {
    struct Broken: Error {}

    /// The memory's journal mode, and whether its duplicate-key index is there.
    static func journalAndIndex(_ memory: TranslationMemory) throws -> (String?, Bool) {
        try memory.database.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try db.indexes(on: "unit").contains { $0.name == "unit_duplicate_key" })
        }
    }

    @Test func aPlainSegmentIsStoredOnceAndDecodesAsImported() throws {
        let unit = pair("Gubernur meninjau bendungan baru di Sumedang.", "The governor inspected the new dam in Sumedang.")
        let texts = (source: "Gubernur meninjau bendungan baru di Sumedang.", target: "The governor inspected the new dam in Sumedang.")
        let bytes = UnitCoding.encode(unit, texts: texts)
        #expect(bytes.count < 60)
        #expect(!String(decoding: bytes, as: UTF8.self).contains("bendungan"))
        #expect(try UnitCoding.decode(bytes, texts: texts) == unit)
        // A text run that is not a whole plain text is written out.
        let other = pair("Sumedang", "Dam")
        #expect(try UnitCoding.decode(UnitCoding.encode(other, texts: texts), texts: texts) == other)
    }

    @Test func aTextReferenceWithoutTheColumnsIsDamage() throws {
        var bytes = UnitCoding.encode(pair("Satu.", "One."), texts: (source: "Satu.", target: "One."))
        bytes[0] = 1   // claims to be format 1, which holds every text itself
        #expect(throws: UnitCoding.DecodingError.self) { try UnitCoding.decode(bytes, texts: (source: "Satu.", target: "One.")) }
    }

    @Test func aMemoryLeftWithAHotRollbackJournalOpensRolledBack() throws {
        // The file and journal as a SIGKILL leaves them in the middle of a fresh import: a
        // transaction that has spilled pages into the file, copied while it is still open.
        let writing = ScratchMemory(), killed = ScratchMemory()
        _ = try writing.open()
        let queue = try DatabaseQueue(path: writing.path)
        try queue.writeWithoutTransaction { db in
            try beginSpilledImport(db)
            try FileManager.default.createDirectory(at: killed.directory, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: writing.path, toPath: killed.path)
            try FileManager.default.copyItem(atPath: writing.path + "-journal", toPath: killed.path + "-journal")
            try db.execute(sql: "ROLLBACK")
        }
        #expect(try FileManager.default.attributesOfItem(atPath: killed.path)[.size] as? Int ?? 0 > 1_000_000)
        let memory = try killed.open()
        #expect(try allUnits(memory).isEmpty)
        #expect(try memory.importUnits([pair("Satu.", "One.")], origin: nil, sourceLanguage: "id", targetLanguage: "en").added == 1)
    }

    @Test func unitsOfBothFormatsExportSideBySide() throws {
        let scratch = ScratchMemory()
        try FileManager.default.createDirectory(at: scratch.directory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: try fixture("memory-v1", "sqlite"), to: URL(fileURLWithPath: scratch.path))
        let memory = try scratch.open()
        let before = try allUnits(memory)
        let added = pair("Jembatan gantung di Lebak diperbaiki.", "The suspension bridge in Lebak was repaired.")
        #expect(try memory.importUnits([added], origin: "jembatan.tmx", sourceLanguage: "id", targetLanguage: "en", exclusive: true).added == 1)
        let formats = try memory.database.read { db in try Data.fetchAll(db, sql: "SELECT substr(payload, 1, 1) FROM unit ORDER BY id").compactMap(\.first) }
        #expect(Set(formats) == [1, 2])
        #expect(try allUnits(memory) == before + [added])
    }

    @Test func anExclusiveImportIntoAnEmptyMemoryStoresWhatAnOrdinaryOneStores() throws {
        var units: [TranslationUnit] = []
        for index in 0..<300 {
            units.append(pair("Harga cabai naik \(index % 120) persen di pasar Kramat.", "Chilli prices rose \(index % 120) percent at Kramat market."))
        }
        units.append(MemoryStoreTests.taggedUnit)
        units.append(MemoryStoreTests.taggedUnit)
        let ordinaryScratch = ScratchMemory(), freshScratch = ScratchMemory()
        let ordinary = try ordinaryScratch.open(), fresh = try freshScratch.open()
        let expected = try ordinary.importUnits(units, origin: "pasar.tmx", sourceLanguage: "id", targetLanguage: "en")
        let summary = try fresh.importUnits(units, origin: "pasar.tmx", sourceLanguage: "id", targetLanguage: "en", exclusive: true)
        #expect(summary == expected)
        #expect(summary.added == 121 && summary.duplicates == 181)
        #expect(try allUnits(fresh) == allUnits(ordinary))
        #expect(try fresh.lookup("Harga cabai naik 7 persen di pasar Kramat.").first?.score == 100)
        #expect(try Self.journalAndIndex(fresh) == ("wal", true))
        // The next import finds the stored units by the index built at the end.
        let again = try fresh.importUnits(units.prefix(5), origin: "pasar.tmx", sourceLanguage: "id", targetLanguage: "en", exclusive: true)
        #expect(again.added == 0 && again.duplicates == 5)
    }

    @Test func aFailedExclusiveImportLeavesTheEmptyMemoryAsItWas() throws {
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        var count = 0
        #expect(throws: Broken.self) {
            try memory.importUnits(from: {
                count += 1
                if count > 700 { throw Broken() }
                return pair("Banjir ke-\(count) melanda Demak.", "Flood number \(count) hit Demak.")
            }, origin: "banjir.tmx", sourceLanguage: "id", targetLanguage: "en", exclusive: true)
        }
        let counts = try memory.database.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM unit"), try Int.fetchOne(db, sql: "SELECT count(*) FROM term"))
        }
        #expect(counts == (0, 0))
        #expect(try Self.journalAndIndex(memory) == ("wal", true))
        let summary = try memory.importUnits([pair("Banjir melanda Demak.", "A flood hit Demak.")], origin: nil,
                                             sourceLanguage: "id", targetLanguage: "en", exclusive: true)
        #expect(summary.added == 1)
    }
}
