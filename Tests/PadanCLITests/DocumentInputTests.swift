import DOCXFixtures
import Foundation
import Testing

/// `align`, `segment`, `term find`, `suggest` and `memory import` on HTML, DOCX and XLIFF, end to end.
@Suite struct DocumentInputTests {
    private func fixture(_ name: String) throws -> String {
        try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")).path
    }

    /// A news page: the article between a menu, a share bar, "read also" links and a footer.
    static let page = """
        <!DOCTYPE html>
        <html lang="id"><head><meta charset="utf-8"><title>Kabar Pagi</title><script>var iklan = "Kunjungan palsu.";</script></head>
        <body>
        <nav class="menu"><a href="/">Beranda</a> <a href="/dunia">Dunia</a></nav>
        <div class="social-share"><p>Bagikan berita ini kepada kerabat dan teman Anda lewat media sosial</p></div>
        <article>
        <h1>Presiden tiba di Tokyo</h1>
        <p>Kunjungan kenegaraan itu berlangsung dua hari. Presiden disambut perdana menteri di bandara.</p>
        <p><a href="/lain">Baca juga: Harga beras naik menjadi Rp12.500 per kilogram</a></p>
        <p>Kedua pemimpin membahas perdagangan dan perikanan. Mereka akan menandatangani tiga perjanjian.</p>
        </article>
        <footer><p>Hak cipta 2026 Kabar Pagi. Dilarang mengutip tanpa izin.</p></footer>
        </body></html>
        """

    /// The English DOCX of the same story, with a footnote: headline, two paragraphs, footnote.
    static func englishDocument() throws -> [UInt8] {
        try DOCXFixture.document(
            body: DOCXFixture.paragraph("President arrives in Tokyo", style: "Judul1")
                + DOCXFixture.paragraph("The state visit lasted two days. The prime minister welcomed the president at the airport.")
                + DOCXFixture.paragraph("The two leaders discussed trade and fisheries. They will sign three agreements."),
            footnotes: DOCXFixture.footnote(id: 1, "Reporting by the Tokyo desk."))
    }

    private func write(_ bytes: [UInt8], _ name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func segmentAndTermFindReadTheArticleOfAPage() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = try write(Array(Self.page.utf8), "tokyo.id.html", in: directory)
        let segmented = try PadanProcess.run(["segment", page])
        #expect(segmented.status == 0, "\(segmented.standardError)")
        #expect(segmented.standardOutput == """
            Presiden tiba di Tokyo

            Kunjungan kenegaraan itu berlangsung dua hari.
            Presiden disambut perdana menteri di bandara.

            Kedua pemimpin membahas perdagangan dan perikanan.
            Mereka akan menandatangani tiga perjanjian.

            """)
        let terms = try PadanProcess.run(["term", "find", page])
        #expect(terms.status == 0, "\(terms.standardError)")
        #expect(terms.standardOutput.components(separatedBy: "\tstate visit").count == 2, "one hit, not the script's: \(terms.standardOutput)")
    }

    @Test func alignPairsAnHTMLPageWithADOCXParagraphByParagraph() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = try write(Array(Self.page.utf8), "tokyo.id.html", in: directory)
        let target = try write(try Self.englishDocument(), "tokyo.en.docx", in: directory)
        let result = try PadanProcess.run(["align", "--no-glossary", "--format", "links", "--keep-unaligned", source, target])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.split(separator: "\n") == ["0\t0", "1\t1", "2\t2", "3\t3", "4\t4", "\t5"])
    }

    @Test func batchPairsArticlesOfAnyTypeByName() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try write(Array(Self.page.utf8), "tokyo.id.html", in: directory)
        _ = try write(try Self.englishDocument(), "tokyo.en.docx", in: directory)
        _ = try write(Array("Berita tanpa pasangan.\n".utf8), "sendiri.id.docx", in: directory)
        let output = directory.appendingPathComponent("corpus.tmx").path
        let result = try PadanProcess.run(["align", "--batch", directory.path, "--no-glossary", "-o", output])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("sendiri.id.docx has no partner sendiri.en.docx"))
        let tmx = try String(contentsOfFile: output, encoding: .utf8)
        #expect(tmx.contains("<prop type=\"x-padan-origin\">tokyo</prop>"))
        #expect(tmx.contains("<seg>The two leaders discussed trade and fisheries.</seg>"))
    }

    @Test(arguments: [
        ("palsu.docx", "not-a-zip", "a DOCX is a zip archive"),
        ("bom.docx", "bomb", "zip bomb"),
        ("masuk.html", "login", "no article text"),
        ("laporan.txt", "docx", "--input-format docx"),
    ])
    func badInputsAreExit65WithTheirReason(name: String, kind: String, reason: String) throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bytes: [UInt8]
        switch kind {
        case "not-a-zip": bytes = Array("Ini catatan, bukan dokumen Word.\n".utf8)
        case "bomb": bytes = try DOCXFixture.bomb(megabytes: 8)
        case "login": bytes = Array("<html><body><nav><a href=\"/\">Beranda</a></nav><form><input name=\"u\"></form><p>Masuk dulu.</p></body></html>".utf8)
        default: bytes = try Self.englishDocument()
        }
        let path = try write(bytes, name, in: directory)
        for command in [["segment", "--lang", "id", path], ["term", "find", path], ["align", path, path]] {
            let result = try PadanProcess.run(command)
            #expect(result.status == 65, "\(command): \(result.standardError)")
            #expect(result.standardError.contains(path) && result.standardError.contains(reason), "\(result.standardError)")
            #expect(result.standardOutput.isEmpty)
        }
    }

    @Test func suggestXLIFFOfADOCXKeepsParagraphsAndComesBackIntoTheMemoryOnceTranslated() throws {
        let home = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = ["PADAN_HOME": home.path]
        let imported = try PadanProcess.run(["memory", "import", try fixture("memory-news.tmx")], environment: environment)
        #expect(imported.status == 0, "\(imported.standardError)")
        let article = try write(try DOCXFixture.document(body:
            DOCXFixture.paragraph("Presiden tiba di Tokyo", style: "Judul1")
            + DOCXFixture.paragraph("Kunjungan kenegaraan itu berlangsung dua hari. Presiden disambut di bandara.")
            + DOCXFixture.paragraph("Harga beras naik menjadi Rp12.500 per kilogram.")), "tokyo.docx", in: home)
        let xliff = home.appendingPathComponent("tokyo.xlf").path
        let suggested = try PadanProcess.run(["suggest", article, "--xliff", xliff], environment: environment)
        #expect(suggested.status == 0, "\(suggested.standardError)")
        var written = try String(contentsOfFile: xliff, encoding: .utf8)
        #expect(written.components(separatedBy: "<group id=\"p").count - 1 == 3)
        #expect(written.contains("<group id=\"p2\" restype=\"x-paragraph\">\n<trans-unit id=\"2\""))

        // The translator fills the targets the memory could not (what a CAT tool writes back).
        let translations = ["Presiden tiba di Tokyo": "President arrives in Tokyo",
                            "Presiden disambut di bandara.": "The president was welcomed at the airport."]
        for (source, target) in translations {
            written = written.replacingOccurrences(of: "<source>\(source)</source>",
                                                   with: "<source>\(source)</source><target state=\"translated\">\(target)</target>")
        }
        try written.write(toFile: xliff, atomically: true, encoding: .utf8)
        let back = try PadanProcess.run(["memory", "import", xliff], environment: environment)
        #expect(back.status == 0, "\(back.standardError)")
        #expect(back.standardOutput.contains("2 units added (XLIFF 1.2), 2 duplicates dropped"), "\(back.standardOutput)")
        let lookup = try PadanProcess.run(["memory", "lookup", "Presiden disambut di bandara."], environment: environment)
        #expect(lookup.standardOutput.contains("The president was welcomed at the airport."), "\(lookup.standardOutput)")
    }

    @Test func memoryImportTakesXLIFF20AndCountsTheUntranslated() throws {
        let home = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let file = try write(Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id" trgLang="en">
             <file id="f1"><unit id="1"><segment state="translated"><source>Kereta <ph id="1"/>terlambat.</source>
             <target>The train <ph id="1"/>was late.</target></segment></unit>
             <unit id="2"><segment><source>Belum diterjemahkan.</source></segment></unit></file>
            </xliff>
            """.utf8), "kereta.xliff", in: home)
        let result = try PadanProcess.run(["memory", "import", file], environment: ["PADAN_HOME": home.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("1 units added (XLIFF 2.0), 1 untranslated segment skipped"))
        let broken = try write(Array("<xliff version=\"2.0\" srcLang=\"id\" trgLang=\"en\"><file id=\"f\"><unit id=\"1\">".utf8), "putus.xlf", in: home)
        let refused = try PadanProcess.run(["memory", "import", broken], environment: ["PADAN_HOME": home.path])
        #expect(refused.status == 65)
        #expect(refused.standardError.contains("putus.xlf:1"))
    }
}
