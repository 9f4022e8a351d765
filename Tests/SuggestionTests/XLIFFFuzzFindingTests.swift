import Foundation
import Testing
@testable import Suggestion
import XMLStream

/// Inputs fuzz-xliff-output (`Fuzz/`) found breaking the XLIFF output, kept so the fix stays.
@Suite struct XLIFFFuzzFindingTests {
    /// A control character in the article went into `<source>` as it was: the file was not
    /// well-formed XML (libxml2: "PCDATA invalid Char value 20"). Now the writer refuses it by
    /// name and leaves no file.
    @Test func anArticleWithAControlCharacterIsRefusedAndNoFileIsLeft() throws {
        let (memory, directory) = try makeMemory([("Presiden tiba di Seoul pada hari Senin.", "The president arrived in Seoul on Monday.")])
        defer { try? FileManager.default.removeItem(at: directory) }
        let article = try #require(Bundle.module.url(forResource: "fuzz-control-character.id", withExtension: "txt", subdirectory: "Fixtures"))
        let suggestions = try Suggester(memory: memory, glossary: try deskGlossary())
            .suggest(article: try String(contentsOf: article, encoding: .utf8))
        #expect(suggestions.sentences.first?.text.contains("\u{14}") == true)
        let path = directory.appendingPathComponent("berita.xlf").path
        #expect {
            try XLIFFWriter.write(suggestions, original: "berita.id.txt", to: path, toolVersion: "test")
        } throws: { error in
            guard let error = error as? XMLError else { return false }
            return error.kind == .invalid && error.category == .dataError && error.message.contains("U+0014")
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
