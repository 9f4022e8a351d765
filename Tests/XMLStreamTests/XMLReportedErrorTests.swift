import Foundation
import Testing
import TextIO
@testable import XMLStream

/// Bytes libxml2 converts ahead of its parser and used to report on standard error itself
/// ("encoding error : input conversion failed"), and documents past its safety limits, which it
/// describes as "use XML_PARSE_HUGE option": both now arrive as Padan's own errors, placed.
@Suite struct XMLReportedErrorTests {
    /// A short TMX-like document: the XML declaration, then a second line with `text` in a `<seg>`.
    private func document(declaring encoding: String?, text: [UInt8]) -> [UInt8] {
        let declaration = encoding.map { "<?xml version=\"1.0\" encoding=\"\($0)\"?>\n" } ?? "<?xml version=\"1.0\"?>\n"
        return Array(declaration.utf8) + Array("<doc><seg>".utf8) + text + Array("</seg></doc>\n".utf8)
    }

    private func readAll(_ reader: XMLPullReader) throws(XMLError) {
        while try reader.next() != nil {}
    }

    private func failure(of bytes: [UInt8]) throws -> XMLError {
        let reader = try XMLPullReader(bytes: bytes, fileName: "wire.xml")
        return try #require(throws: XMLError.self) { try readAll(reader) }
    }

    @Test func bytesThatAreNotTheDeclaredEncodingArePlacedAndNamed() throws {
        // 0xFF is no lead byte of EUC-JP; the column counts the characters before it on line 2.
        let error = try failure(of: document(declaring: "EUC-JP", text: Array("harga ".utf8) + [0xFF, 0xFE] + Array(" naik".utf8)))
        #expect(error.kind == .malformed)
        #expect(error.location == SourceLocation(file: "wire.xml", line: 2, column: 17))
        #expect(error.message.hasPrefix("the bytes from 0xFF 0xFE 0x20 0x6E are not valid EUC-JP, the encoding its XML declaration names; convert the file to UTF-8"))
    }

    @Test func anUnpairedSurrogateInUTF16IsPlacedAfterTheByteOrderMark() throws {
        let head = Array("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<doc>ab".utf16)
        let tail = Array("c</doc>".utf16)
        let units = head + [0xD800] + tail
        let bytes: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let error = try failure(of: bytes)
        #expect(error.location == SourceLocation(file: "wire.xml", line: 2, column: 8))
        #expect(error.message.contains("are not valid UTF-16LE, the encoding its byte-order mark gives"))
    }

    @Test func notUTF8WithoutADeclaredEncodingSaysWhyUTF8() throws {
        let error = try failure(of: document(declaring: nil, text: Array("caf".utf8) + [0xE9] + Array(" susu".utf8)))
        #expect(error.location == SourceLocation(file: "wire.xml", line: 2, column: 14))
        #expect(error.message.hasPrefix("the bytes from 0xE9 0x20 0x73 0x75 are not valid UTF-8, the encoding XML reads when the declaration names none"))
    }

    @Test func aFileIsReadAgainToPlaceTheBadBytes() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("padan-encoding-\(UUID().uuidString).xml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        // The bad byte lies beyond libxml2's first chunks, on line 3,001.
        let lines = String(repeating: "<seg>baris</seg>\n", count: 3000)
        let bytes = Array("<?xml version=\"1.0\" encoding=\"EUC-JP\"?>\n<doc>\n".utf8) + Array(lines.utf8) + Array("<seg>ok".utf8) + [0xFF] + Array("</seg></doc>".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let reader = try XMLPullReader(path: path, fileName: "desk.xml")
        let error = try #require(throws: XMLError.self) { try readAll(reader) }
        #expect(error.location == SourceLocation(file: "desk.xml", line: 3003, column: 8))
        #expect(error.message.contains("0xFF"))
    }

    @Test func aDocumentThatDecodesHasNoEncodingProblem() {
        #expect(XMLEncodingLocator.locate(bytes: document(declaring: "ISO-8859-1", text: [0xE9, 0xFF])) == nil)
        #expect(XMLEncodingLocator.locate(bytes: document(declaring: "UTF-8", text: Array("kopi é".utf8))) == nil)
        #expect(XMLEncodingLocator.locate(path: "/nonexistent/padan.xml") == nil)
    }

    @Test(arguments: [
        ([0xEF, 0xBB, 0xBF, 0x3C], "UTF-8", 3),
        ([0xFE, 0xFF, 0x00, 0x3C], "UTF-16BE", 2),
        (Array("<?xml version='1.0' encoding = 'windows-1252'?>".utf8), "windows-1252", 0),
        (Array("<doc/>".utf8), "UTF-8", 0),
    ] as [([UInt8], String, Int)])
    func theEncodingIsTakenAsLibXML2TakesIt(head: [UInt8], encoding: String, byteOrderMark: Int) {
        let detected = XMLEncodingLocator.detectEncoding(head)
        #expect(detected.encoding == encoding)
        #expect(detected.byteOrderMark == byteOrderMark)
    }

    @Test func nestingPastTheDepthLimitIsALimitErrorInPadansWords() throws {
        let bytes = Array(("<doc>" + String(repeating: "<hi>", count: 300)).utf8)
        let error = try failure(of: bytes)
        #expect(error.kind == .limitExceeded)
        #expect(error.location.line == 1)
        #expect(error.message.hasPrefix("elements nest deeper than 256 levels, the limit Padan keeps for XML it did not write"))
        #expect(!error.message.contains("XML_PARSE_HUGE"))
    }

    @Test func aTextPastTenMillionBytesIsALimitError() throws {
        let bytes = Array("<doc>".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 10_500_000) + Array("</doc>".utf8)
        let error = try failure(of: bytes)
        #expect(error.kind == .limitExceeded)
        #expect(error.message.hasPrefix("a text is longer than 10,000,000 bytes"))
    }

    @Test func aNamePastFiftyThousandCharactersIsALimitError() throws {
        let bytes = Array(("<doc><" + String(repeating: "n", count: 60_000) + "/></doc>").utf8)
        let error = try failure(of: bytes)
        #expect(error.kind == .limitExceeded)
        #expect(error.message.hasPrefix("an element or attribute name is longer than 50,000 characters"))
    }

    @Test func libxml2MessagesThatAreNotAboutLimitsAreLeftAlone() {
        #expect(XMLParserLimit(libxml2Message: "Opening and ending tag mismatch: seg line 1 and doc") == nil)
        #expect(XMLParserLimit(libxml2Message: "Excessive depth in document: 256 use XML_PARSE_HUGE option")?.explanation.contains("256 levels") == true)
        #expect(XMLParserLimit(libxml2Message: "Something new use XML_PARSE_HUGE option")?.explanation.contains("(Something new)") == true)
    }
}
