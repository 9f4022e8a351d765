import Foundation
import Testing
@testable import XMLStream

/// XML 1.0 cannot carry C0 control characters (tab and line breaks aside), U+FFFE or U+FFFF, not
/// even as character references: the writer refuses them instead of writing a broken file
/// (found by fuzz-xliff-output).
@Suite struct XMLForbiddenCharacterTests {
    private func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("padan-\(UUID().uuidString).xml").path
    }

    @Test(arguments: ["Presiden tiba\u{14} di Seoul.", "bell \u{07}", "escape \u{1B}[0m", "form\u{0C}feed", "not \u{FFFE} a character", "\u{FFFF}"])
    func textWithAForbiddenCharacterIsRefusedAndLeavesNoFile(text: String) throws {
        let path = temporaryPath()
        do {
            let writer = try XMLStreamWriter(path: path)
            try writer.startDocument()
            try writer.startElement("seg")
            #expect {
                try writer.text(text)
            } throws: { error in
                guard let error = error as? XMLError else { return false }
                return error.kind == .invalid && error.message.contains("XML 1.0 cannot carry")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func attributesAndCommentsAreCheckedToo() throws {
        let writer = try XMLStreamWriter(path: temporaryPath())
        try writer.startDocument()
        try writer.startElement("tu")
        #expect(throws: XMLError.self) { try writer.attribute("tuid", "a\u{01}b") }
        #expect(throws: XMLError.self) { try writer.comment("c\u{1F}") }
    }

    @Test func tabsLineBreaksAndCharactersBeyondTheBMPAreWrittenAndReadBack() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = "tab\there\nline\u{0D}\u{0A}emoji 🇮🇩 \u{10FFFD} \u{FFFD} \u{E000}"
        let writer = try XMLStreamWriter(path: path)
        try writer.startDocument()
        try writer.startElement("seg")
        try writer.text(text)
        try writer.finish()
        let reader = try XMLPullReader(path: path)
        var read = ""
        while let event = try reader.next() { if case .text(let chunk) = event { read += chunk } }
        // libxml2 writes the CR as &#13;, so end-of-line handling does not fold CR LF on reading.
        #expect(read == text)
    }

    @Test func theFirstForbiddenCharacterIsNamed() {
        #expect(XMLCharacters.firstForbidden(in: "ok\u{0B}then\u{01}") == "\u{0B}")
        #expect(XMLCharacters.firstForbidden(in: "plain, \t\n\r and ½ €") == nil)
        #expect(XMLCharacters.name(of: "\u{0B}") == "U+000B")
    }
}
