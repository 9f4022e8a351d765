import Foundation
import Testing

@Suite struct AlignIntoMemoryTests {
    @Test func alignedPairsGoIntoTheMemoryWithTheirConfidenceAndArticle() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let memory = directory.appendingPathComponent("m.sqlite").path
        let files = [try AlignCommandTests.fixture("harbour.id.txt"), try AlignCommandTests.fixture("harbour.en.txt")]
        let aligned = try PadanProcess.run(["align", "--presplit", "--into-memory", "--memory", memory] + files)
        #expect(aligned.status == 0, "\(aligned.standardError)")
        #expect(aligned.standardOutput.isEmpty, "without -o, --into-memory prints no TMX")
        #expect(aligned.standardError.contains("harbour: 6 pairs stored"))

        let exported = directory.appendingPathComponent("back.tmx").path
        let export = try PadanProcess.run(["memory", "export", "-o", exported, "--memory", memory])
        #expect(export.status == 0, "\(export.standardError)")
        let tmx = try String(contentsOfFile: exported, encoding: .utf8)
        #expect(tmx.components(separatedBy: "<prop type=\"x-padan-confidence\">").count - 1 == 6)
        #expect(tmx.contains("<prop type=\"x-padan-origin\">harbour</prop>"))

        let again = try PadanProcess.run(["align", "--presplit", "--into-memory", "--memory", memory] + files)
        #expect(again.standardError.contains("0 pairs stored") && again.standardError.contains("6 already there"))
    }
}
