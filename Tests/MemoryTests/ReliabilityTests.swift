import Foundation
import GRDB
import Testing
@testable import Memory
import TMX

@Suite struct ReliabilityTests {
    struct BrokenInput: Error {}

    @Test func anImportThatFailsHalfWayLeavesTheMemoryUnchanged() throws {
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        _ = try memory.importUnits([pair("Satu.", "One.")], origin: "first", sourceLanguage: "id", targetLanguage: "en")
        let before = try allUnits(memory)
        var remaining = (0..<5000).map { pair("Kalimat nomor \($0) baru.", "Sentence number \($0) new.") }
        #expect(throws: BrokenInput.self) {
            try memory.importUnits(from: {
                if remaining.isEmpty { throw BrokenInput() }
                return remaining.removeFirst()
            }, origin: "broken", sourceLanguage: "id", targetLanguage: "en")
        }
        #expect(try allUnits(memory) == before)
        #expect(try memory.stats().origins.map(\.name) == ["first"])
        #expect(try memory.lookup("Kalimat nomor 12 baru.").isEmpty)
        #expect(try memory.concordance("kalimat", in: .source).isEmpty)
    }

    @Test func aLookupRunsWhileAnImportIsWriting() throws {
        let scratch = ScratchMemory()
        let writer = try scratch.open()
        _ = try writer.importUnits([pair("Harga minyak naik tajam.", "Oil prices rose sharply.")], origin: "old", sourceLanguage: "id", targetLanguage: "en")
        let reader = try TranslationMemory(path: scratch.path)
        let halfWay = DispatchSemaphore(value: 0), lookedUp = DispatchSemaphore(value: 0)
        let importer = Thread {
            var count = 0
            _ = try? writer.importUnits(from: {
                count += 1
                if count == 2000 {
                    halfWay.signal()   // rows are written, the transaction is open
                    lookedUp.wait()
                }
                return count <= 4000 ? pair("Harga minyak naik \(count) persen.", "Oil prices rose \(count) percent.") : nil
            }, origin: "new", sourceLanguage: "id", targetLanguage: "en")
            halfWay.signal()
        }
        importer.start()
        halfWay.wait()
        let during = try reader.lookup("Harga minyak naik tajam.", limit: 3, threshold: 50)
        let unitsDuring = try reader.stats().units
        lookedUp.signal()
        halfWay.wait()
        #expect(during.map(\.source) == ["Harga minyak naik tajam."])
        #expect(unitsDuring == 1)
        #expect(try reader.stats().units == 4001)
        #expect(try reader.lookup("Harga minyak naik 17 persen.").first?.score == 100)
    }

    @Test func aFileThatIsNotSQLiteIsRefusedUntouched() throws {
        let scratch = ScratchMemory()
        try FileManager.default.createDirectory(at: scratch.directory, withIntermediateDirectories: true)
        let bytes = Data("<tmx version=\"1.4\"><body/></tmx>\n".utf8)
        try bytes.write(to: URL(fileURLWithPath: scratch.path))
        let error = try #require(throws: MemoryError.self) { try scratch.open() }
        #expect(error.kind == .notAMemory)
        #expect(error.description.contains("not an SQLite database"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.path)) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.directory.path) == ["memory.sqlite"])
    }

    @Test func aMemoryFromANewerPadanIsRefusedUntouched() throws {
        let scratch = ScratchMemory()
        do {
            let memory = try scratch.open()
            _ = try memory.importUnits([pair("Satu.", "One.")], origin: nil, sourceLanguage: "id", targetLanguage: "en")
            try memory.database.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')") }
            try memory.database.close()
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: scratch.path))
        let error = try #require(throws: MemoryError.self) { try scratch.open() }
        #expect(error.kind == .newerSchema)
        #expect(error.category.exitStatus == 65)
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.path)) == bytes)
    }

    @Test func anotherSQLiteDatabaseIsNotTakenForAMemory() throws {
        let scratch = ScratchMemory()
        try FileManager.default.createDirectory(at: scratch.directory, withIntermediateDirectories: true)
        let other = try DatabaseQueue(path: scratch.path)
        try other.write { db in try db.execute(sql: "CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)") }
        try other.close()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: scratch.path))
        let error = try #require(throws: MemoryError.self) { try scratch.open() }
        #expect(error.kind == .notAMemory)
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.path)) == bytes)
    }
}
