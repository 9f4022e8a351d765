import Foundation
import Testing

/// `padan memory lookup --file`: one JSON line per non-blank input line, in order.
@Suite(.serialized) struct MemoryLookupFileTests {
    @Test func everyLineGetsItsJSONLineWithItsLineNumber() throws {
        let (directory, memory) = try MemoryCommandTests.seededMemory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = "Pada 2019 ekonomi Indonesia tumbuh 5,0 persen.\n\n   \nKalimat ini tidak ada di memori sama sekali.\r\n"
        let result = try PadanProcess.run(["memory", "lookup", "--file", "-", "--memory", memory], input: input)
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 2)
        let objects = try lines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.map { $0["line"] as? Int } == [1, 4])
        #expect(objects[1]["query"] as? String == "Kalimat ini tidak ada di memori sama sekali.")
        #expect(objects.allSatisfy { $0["schemaVersion"] as? Int == 1 })
        let first = try #require((objects[0]["matches"] as? [[String: Any]])?.first)
        #expect(first["source"] as? String == "Pada 2018 ekonomi Indonesia tumbuh 5,2 persen.")
        #expect(first["adaptedTarget"] as? String == "In 2019 Indonesia's economy grew 5.0 percent.")
        #expect((objects[1]["matches"] as? [Any])?.isEmpty == true)
    }

    @Test func badRequestsFailWithTheirOwnStatus() throws {
        let (directory, memory) = try MemoryCommandTests.seededMemory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = try PadanProcess.run(["memory", "lookup", "--file", directory.appendingPathComponent("none.txt").path, "--memory", memory])
        #expect(missing.status == 66)
        #expect(missing.standardOutput.isEmpty)
        let both = try PadanProcess.run(["memory", "lookup", "Harga naik.", "--file", "-", "--memory", memory])
        #expect(both.status == 64)
        let binary = directory.appendingPathComponent("binary.txt")
        try Data([0x48, 0x00, 0x0A]).write(to: binary)
        let refused = try PadanProcess.run(["memory", "lookup", "--file", binary.path, "--memory", memory])
        #expect(refused.status == 65)
        #expect(refused.standardError.contains("binary.txt:1:2"))
    }
}
