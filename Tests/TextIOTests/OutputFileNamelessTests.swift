import Foundation
import Testing
@testable import TextIO

/// The kill test (Scripts/kill-test.sh) found every SIGKILLed `memory export` and `tmx convert`
/// leaving its hidden `.out.tmx.padan-XXXXXX` file behind, megabytes each. On Linux the temporary
/// file now has no name until `commit()`, so nothing is left however the process ends.
@Suite struct OutputFileNamelessTests {
    @Test func whileWritingNothingIsInTheDirectoryAndACommitGivesOneFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("padan-nameless-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out.tmx").path
        let output = try OutputFile(path: path)
        try output.write(String(repeating: "Kapal itu tiba di pelabuhan.\n", count: 10_000))
        try output.flush()
        #if os(Linux)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        #endif
        try output.commit()
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.tmx"])
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o644)
        #expect((attributes[.size] as? Int) == 290_000)
    }

    @Test func aCommitReplacesAnExistingFileWhole() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("padan-nameless-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("glossary.tsv").path
        try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
        let output = try OutputFile(path: path)
        try output.write("new\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        try output.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["glossary.tsv"])
    }
}
