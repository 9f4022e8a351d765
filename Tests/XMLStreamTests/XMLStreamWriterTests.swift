import Foundation
import Testing
@testable import XMLStream

@Suite struct XMLStreamWriterTests {
    private func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("padan-\(UUID().uuidString)-\(name)").path
    }

    @Test func writtenDocumentReadsBackWithTextAsWritten() throws {
        let path = temporaryPath("out.xml")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try XMLStreamWriter(path: path)
        try writer.startDocument(rootName: "tmx", systemID: "tmx14.dtd")
        try writer.startElement("tmx")
        try writer.attribute("version", "1.4")
        try writer.startElement("seg")
        try writer.text("  AS & Korea <Selatan>  ")
        try writer.startElement("ph")
        try writer.endElement()
        try writer.endElement()
        try writer.finish()

        let reader = try XMLPullReader(path: path)
        var events: [XMLEvent] = []
        while let event = try reader.next() { events.append(event) }
        #expect(events.contains(.text("  AS & Korea <Selatan>  ")))
        #expect(events.contains(.start(XMLStartTag(name: "ph", attributes: []))))
        let bytes = try String(contentsOfFile: path, encoding: .utf8)
        #expect(bytes.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">"))
    }

    @Test func unfinishedWriterLeavesNoFile() throws {
        let path = temporaryPath("never.xml")
        do {
            let writer = try XMLStreamWriter(path: path)
            try writer.startDocument()
            try writer.startElement("tmx")
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        let directory = (path as NSString).deletingLastPathComponent
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.contains("never.xml") }
        #expect(leftovers.isEmpty)
    }
}
