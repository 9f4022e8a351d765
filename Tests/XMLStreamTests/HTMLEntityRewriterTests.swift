import Foundation
import Testing
import TextIO
@testable import XMLStream

@Suite struct HTMLEntityRewriterTests {
    /// Rewrites `text` fed in pieces of `piece` bytes, as the file reader does (kept-back margins included).
    private func rewrite(_ text: String, piece: Int) -> (String, [HTMLEntityRepair]) {
        var rewriter = HTMLEntityRewriter(fileName: "t.xml")
        var pending: [UInt8] = [], output: [UInt8] = []
        let bytes = Array(text.utf8)
        var start = 0
        repeat {
            let end = min(bytes.count, start + piece)
            pending += bytes[start..<end]
            start = end
            let consumed = pending.withUnsafeBufferPointer { rewriter.rewrite($0, isLast: start == bytes.count, into: &output) }
            pending.removeFirst(consumed)
        } while start < bytes.count
        #expect(pending.isEmpty)
        return (String(decoding: output, as: UTF8.self), rewriter.repairs)
    }

    static let document = """
        <?xml version="1.0"?>
        <?app note="&Uuml;"?>
        <r a="&eacute;">K&ouml;ln &amp; M&Uuml;nchen&nbsp;&mdash;&#233;&bogus;&thetasym;
        <!-- &Uuml; in a comment --><![CDATA[&Uuml; in CDATA]]>&hellip;</r>
        """

    static let rewritten = """
        <?xml version="1.0"?>
        <?app note="&Uuml;"?>
        <r a="&#233;">K&#246;ln &amp; M&#220;nchen&#160;&#8212;&#233;&bogus;&#977;
        <!-- &Uuml; in a comment --><![CDATA[&Uuml; in CDATA]]>&#8230;</r>
        """

    @Test(arguments: [1, 2, 3, 7, 64, 65, 100, 4096])
    func rewritesHTMLEntitiesOnlyInMarkupAndTextWhateverTheChunks(_ piece: Int) {
        let (output, repairs) = rewrite(Self.document, piece: piece)
        #expect(output == Self.rewritten)
        #expect(repairs.map(\.name) == ["eacute", "ouml", "Uuml", "nbsp", "mdash", "thetasym", "hellip"])
        #expect(repairs.map(\.character) == ["é", "ö", "Ü", "\u{A0}", "—", "ϑ", "…"])
        #expect(repairs.map(\.location.line) == [3, 3, 3, 3, 3, 3, 4])
        #expect(repairs[1].location.column == 18)
    }

    @Test func keepsTenThousandRepairsAndCountsTheRest() {
        var rewriter = HTMLEntityRewriter(fileName: "many.xml")
        var output: [UInt8] = []
        let input = Array(("<r>" + String(repeating: "&nbsp;", count: 10_003) + "</r>").utf8)
        _ = input.withUnsafeBufferPointer { rewriter.rewrite($0, isLast: true, into: &output) }
        #expect(rewriter.repairs.count == HTMLEntityRewriter.repairLimit && rewriter.droppedRepairs == 3)
        #expect(String(decoding: output, as: UTF8.self) == "<r>" + String(repeating: "&#160;", count: 10_003) + "</r>")
    }

    @Test func aWideEncodingPassesUnchanged() {
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "<r>&Uuml;</r>".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let (bytes, repairs) = HTMLEntityInput.rewrite(utf16, fileName: "wide.xml")
        #expect(bytes == utf16 && repairs.isEmpty)
    }

    @Test func theTableHoldsHTML4sEntitiesButNotXMLsOwn() {
        #expect(HTMLEntities.codePoints.count == 248)
        #expect(HTMLEntities.codePoints["nbsp"] == 0xA0 && HTMLEntities.codePoints["yuml"] == 0xFF)
        #expect(HTMLEntities.codePoints["Uuml"] == 220 && HTMLEntities.codePoints["uuml"] == 252)
        #expect(HTMLEntities.codePoints["Omega"] == 937 && HTMLEntities.codePoints["sigmaf"] == 962 && HTMLEntities.codePoints["omega"] == 969)
        for name in ["amp", "lt", "gt", "quot", "apos"] { #expect(HTMLEntities.codePoints[name] == nil) }
        #expect(HTMLEntities.codePoints.keys.map(\.count).max() == HTMLEntities.longestName)
    }

    @Test func theReaderGivesTheCharactersOnlyWhenAsked() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("padan-entities-\(UUID().uuidString).xml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "<r>M&Uuml;nchen</r>".write(toFile: path, atomically: true, encoding: .utf8)
        let reader = try XMLPullReader(path: path, readingHTMLEntities: true)
        var text = ""
        while let event = try reader.next() { if case .text(let value) = event { text += value } }
        #expect(text == "MÜnchen")
        #expect(reader.htmlEntityRepairs.map(\.location) == [SourceLocation(file: path, line: 1, column: 5)])

        let strict = try XMLPullReader(path: path)
        #expect {
            while try strict.next() != nil {}
        } throws: { error in
            (error as? XMLError)?.kind == .entityReference && (error as? XMLError)?.message.hasPrefix("&Uuml; is an HTML entity") == true
        }
    }
}
