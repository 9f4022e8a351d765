import Documents
import Foundation
import Testing

/// `DocumentReader.text(path:format:)` gives what `read(path:format:).text` gives, and fails as it does.
@Suite struct DocumentTextTests {
    /// A fresh file holding `bytes`, in a directory of its own.
    private func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("padan-document-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: [
        "Judul\n\nKalimat satu.\nsambungan.\n\n  \nParagraf tiga.\n",
        "\u{FEFF}Dengan BOM dan baris CR LF.\r\n\r\nParagraf dua, Jum\u{2019}at, caf\u{E9}.\r\n",
        "",
    ])
    func plainTextIsTheTextTheDocumentHas(text: String) throws {
        let path = try file("berita.txt", Array(text.utf8))
        #expect(try DocumentReader.text(path: path) == DocumentReader.read(path: path).text)
    }

    @Test func htmlIsItsParagraphsJoinedAsTheDocumentHasThem() throws {
        let path = try fixturePath("article-with-chrome.html")
        let text = try DocumentReader.text(path: path)
        #expect(text == (try DocumentReader.read(path: path).text))
        #expect(text.hasPrefix("Pemerintah kota membuka tiga taman baru\n\nWali kota"))
    }

    @Test func badInputFailsWithTheSameErrorAsReadingTheDocument() throws {
        let page = try fixturePath("article-with-chrome.html")
        let latin1 = try file("latin1.txt", Array("Caf".utf8) + [0xE9, 0x0A])
        let cases: [(String, DocumentFormat?)] = [(page, .text), (latin1, nil), (latin1 + ".missing", nil),
                                                  (try fixturePath("not-an-article.html"), nil)]
        for (path, format) in cases {
            let expected = try #require(throws: (any Error).self) { try DocumentReader.read(path: path, format: format) }
            let actual = try #require(throws: (any Error).self) { try DocumentReader.text(path: path, format: format) }
            #expect(String(describing: actual) == String(describing: expected))
            #expect(String(describing: actual).hasPrefix(path + ":"), "the message names the file")
        }
    }
}
