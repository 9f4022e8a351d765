import Foundation
import Testing
@testable import Suggestion
import XMLStream

/// Terms and composed phrases built with their public initializers (as a client or the
/// `xliff-output` fuzz harness builds them, not through `Suggester`) are written as notes.
@Suite struct HandMadeSuggestionTests {
    @Test func termsAndComposedPhrasesMadeByHandBecomeNotes() throws {
        let official = TermSuggestion(matchedText: "pejabat", start: 0, end: 7, level: .exact, indonesian: "pejabat",
                                      english: "official", note: "not \"functionary\"")
        let government = TermSuggestion(matchedText: "pemerintah", start: 8, end: 18, level: .exact,
                                        indonesian: "pemerintah", english: "government", alternatives: ["administration"])
        let composed = ComposedSuggestion(matchedText: "Pejabat pemerintah", start: 0, end: 18,
                                          english: "government official", parts: [official, government])
        #expect(composed.parts.map(\.english) == ["official", "government"])
        #expect(government.alternatives == ["administration"] && government.forbidden.isEmpty && government.note == nil)
        let sentence = SentenceSuggestion(index: 0, paragraph: 0, text: "Pejabat pemerintah & <warga> bertemu.", start: 0, end: 37,
                                          matches: [], terms: [official, government], composed: [composed], warnings: [])
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("padan-handmade-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("tangan.xlf").path
        try XLIFFWriter.write(ArticleSuggestions(sourceLanguage: "id", targetLanguage: "en", sentences: [sentence]),
                              original: "tangan.id.txt", to: path, toolVersion: "test")

        let reader = try XMLPullReader(path: path)
        var notes: [String] = [], source: String?
        while let event = try reader.next() {
            guard case .start(let tag) = event else { continue }
            if tag.name == "note" { notes.append("\(tag[attribute: "priority"] ?? "?") \(try reader.readText())") }
            if tag.name == "source", source == nil { source = try reader.readText() }
        }
        #expect(source == "Pejabat pemerintah & <warga> bertemu.")
        #expect(notes == ["3 Term: pejabat → official (not \"functionary\")", "3 Term: pemerintah → government",
                          "5 Composed (no glossary entry): Pejabat pemerintah → government official"])
    }
}
