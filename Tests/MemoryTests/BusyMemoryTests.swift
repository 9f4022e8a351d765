import Foundation
import GRDB
import Testing
@testable import Memory
import TextIO

/// While an import into an empty memory writes the file in place (`FreshImport`), it holds the
/// file's lock to its end: another process opening the memory is told the memory is busy and to
/// try again, with the temporary-failure exit status, not that the file is no memory.
@Suite struct BusyMemoryTests {
    /// Runs `body` while a second connection holds `path` as a fresh import does.
    static func whileAnImportHolds(_ path: String, _ body: () throws -> Void) throws {
        let importer = try DatabaseQueue(path: path)
        try importer.writeWithoutTransaction { db in
            try beginSpilledImport(db)
            try body()
            try db.execute(sql: "ROLLBACK")
            try FreshImport.leaveRollbackJournal(db)
        }
        try importer.close()
    }

    @Test func openingAMemoryAnImportHoldsSaysItIsBusy() throws {
        let scratch = ScratchMemory()
        _ = try scratch.open()
        try Self.whileAnImportHolds(scratch.path) {
            let error = #expect(throws: MemoryError.self) { try scratch.open() }
            #expect(error?.kind == .busy)
            #expect(error?.category == .temporaryFailure)
            #expect(error?.category.exitStatus == 75)
            #expect(error?.description.contains("busy") == true)
            #expect(error?.description.contains("try again") == true)
        }
        // Once the import is over, the memory opens as it was.
        #expect(try allUnits(try scratch.open()).isEmpty)
    }
}
