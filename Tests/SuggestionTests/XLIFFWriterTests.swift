import Foundation
import Testing
@testable import Suggestion
import XMLStream

@Suite struct XLIFFWriterTests {
    @Test func suggestionsBecomeTransUnitsWithAltTrans() throws {
        let (memory, directory) = try makeMemory([
            ("Rudal itu terbang sejauh 1.000 kilometer.", "The missile flew 1,000 kilometers."),
            ("KTT itu dibuka pada hari Selasa.", "The summit opened on Tuesday."),
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let suggestions = try Suggester(memory: memory, glossary: try deskGlossary())
            .suggest(article: "KTT itu dibuka pada hari Selasa. Rudal itu terbang sejauh 900 kilometer. Cuaca cerah.")
        let path = directory.appendingPathComponent("berita.xlf").path
        try XLIFFWriter.write(suggestions, original: "berita.id.txt", to: path, toolVersion: "test")

        let reader = try XMLPullReader(path: path)
        var units = 0, altTrans: [String] = [], targets: [String: String] = [:], notes = 0
        var current: String?
        while let event = try reader.next() {
            guard case .start(let tag) = event else { continue }
            switch tag.name {
            case "trans-unit": units += 1
            case "alt-trans": altTrans.append(tag[attribute: "match-quality"] ?? "")
            case "target" where tag[attribute: "state-qualifier"] == "exact-match":
                current = try reader.readText()
                targets["exact"] = current
            case "note": notes += 1
            case "file":
                #expect(tag[attribute: "source-language"] == "id")
                #expect(tag[attribute: "target-language"] == "en")
            default: break
            }
        }
        #expect(units == 3)
        #expect(altTrans.first == "100")
        #expect(altTrans.count == 2)
        #expect(targets["exact"] == "The summit opened on Tuesday.")
        #expect(notes >= 1)
    }

    @Test func aComposedRenderingBecomesALowPriorityNote() throws {
        let (memory, directory) = try makeMemory([("KTT itu dibuka.", "The summit opened.")])
        defer { try? FileManager.default.removeItem(at: directory) }
        let suggestions = try Suggester(memory: memory, glossary: try deskGlossary()).suggest(article: "Rudal pertahanan diuji.")
        let path = directory.appendingPathComponent("berita.xlf").path
        try XLIFFWriter.write(suggestions, original: "berita.id.txt", to: path, toolVersion: "test")
        let reader = try XMLPullReader(path: path)
        var notes: [(priority: String?, text: String)] = []
        while let event = try reader.next() {
            guard case .start(let tag) = event, tag.name == "note" else { continue }
            notes.append((tag[attribute: "priority"], try reader.readText()))
        }
        #expect(notes.contains { $0.priority == "5" && $0.text == "Composed (no glossary entry): Rudal pertahanan → defense missile" })
        #expect(notes.filter { $0.priority == "3" }.count == 2)
    }
}
