import Foundation
import Testing

/// libxml2 printed "encoding error : input conversion failed …" lines of its own on standard error
/// before Padan's message; now the one line on standard error is Padan's, placed.
@Suite struct LibXMLQuietTests {
    private let badEUCJP = Array("<?xml version=\"1.0\" encoding=\"EUC-JP\"?>\n<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"id\"><seg>a".utf8)
        + [0xFF, 0xFE] + Array(" b</seg></tuv></tu></body></tmx>\n".utf8)

    @Test func aFileWithBadBytesGivesExactlyPadansMessage() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bad-encoding.tmx").path
        try Data(badEUCJP).write(to: URL(fileURLWithPath: path))
        let result = try PadanProcess.run(["tmx", "stats", path])
        #expect(result.status == 65)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError == "padan: \(path):2:55: error: the bytes from 0xFF 0xFE 0x20 0x62 are not valid EUC-JP, "
            + "the encoding its XML declaration names; convert the file to UTF-8 (iconv -f REAL-ENCODING -t UTF-8) "
            + "or name its real encoding in the XML declaration (encoding=\"…\")\n")
    }

    @Test func aLimitPassedOnStandardInputIsOneLineInPadansWords() throws {
        let deep = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><body>" + String(repeating: "<hi>", count: 400)
        let result = try PadanProcess.run(["tmx", "stats", "-"], input: deep)
        #expect(result.status == 65)
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(result.standardError.hasPrefix("padan: <stdin>:2:"))
        #expect(result.standardError.contains("error: elements nest deeper than 256 levels"))
        #expect(!result.standardError.contains("XML_PARSE_HUGE"))
    }
}
