import Documents
import Foundation
import Testing
import XMLStream

@Suite struct HTMLArticleTests {
    @Test func keepsTheArticleBlocksAndLeavesOutSiteChrome() throws {
        let document = try DocumentReader.read(bytes: try fixture("article-with-chrome.html"), name: "a.html", format: .html)
        #expect(document.paragraphs.map(\.text) == [
            "Pemerintah kota membuka tiga taman baru",
            "Wali kota meresmikan tiga taman baru di pinggir sungai pada Senin pagi. Taman itu dibangun dalam waktu delapan bulan.",
            "Menurut dinas lingkungan, biaya pembangunan mencapai Rp2,5 miliar. Warga boleh masuk tanpa membayar & tanpa tiket.",
            "\"Kami ingin anak-anak punya tempat bermain,\" kata wali kota.",
            "Taman pertama berada di dekat stasiun.",
            "Taman kedua di belakang pasar.",
        ])
        #expect(document.paragraphs.map(\.role) == [.heading(level: 1), .body, .body, .quotation, .listItem, .listItem])
        #expect(document.paragraphs[1].location.line == 9)
        #expect(document.text.contains("\n\nMenurut dinas"))
    }

    @Test func aPageWithoutAnArticleIsAnError() throws {
        let error = try #require(throws: DocumentError.self) {
            try DocumentReader.read(bytes: try fixture("not-an-article.html"), name: "login.html", format: .html)
        }
        #expect(error.kind == .noArticleText)
        #expect(error.category.exitStatus == 65)
        #expect(error.description.hasPrefix("login.html: error: no article text"))
    }

    @Test func brKeepsALineBreakAndRepeatedShortBlocksGo() throws {
        let page = """
            <html><body><p>Redaksi</p><p>Paragraf pertama cukup panjang untuk dianggap sebagai bagian dari berita ini.<br>Baris kedua.</p>
            <p>Redaksi</p><p>Paragraf kedua juga memuat cukup banyak kata agar halaman dianggap artikel.</p></body></html>
            """
        let document = try DocumentReader.read(bytes: Array(page.utf8), name: "p.html", format: .html)
        #expect(document.paragraphs.map(\.text) == [
            "Paragraf pertama cukup panjang untuk dianggap sebagai bagian dari berita ini.\nBaris kedua.",
            "Paragraf kedua juga memuat cukup banyak kata agar halaman dianggap artikel.",
        ])
    }

    @Test func latin1WithoutACharsetIsRefusedWithItsPlace() throws {
        var bytes = Array("<html><body><p>Caf".utf8)
        bytes.append(0xE9)
        bytes += Array("</p></body></html>".utf8)
        let error = try #require(throws: XMLError.self) { try HTMLReader.events(bytes: bytes, fileName: "c.html") }
        #expect(error.kind == .malformed)
        #expect(error.location.column == 19)
    }

    @Test func aDeclaredCharsetIsHonoured() throws {
        var bytes = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf".utf8)
        bytes.append(0xE9)
        bytes += Array("</p></body></html>".utf8)
        let texts = try HTMLReader.events(bytes: bytes, fileName: "c.html").compactMap { item -> String? in
            if case .text(let text) = item.event { return text }
            return nil
        }
        #expect(texts.contains("Café"))
    }

    @Test func entitiesAreDecodedAndNothingIsFetched() throws {
        let page = """
            <!DOCTYPE html SYSTEM "http://127.0.0.1:9/never.dtd"><html><body><p>A &amp; B &eacute; &#233; &unknown; <img src="file:///etc/hostname"></p></body></html>
            """
        let texts = try HTMLReader.events(bytes: Array(page.utf8), fileName: "e.html").compactMap { item -> String? in
            if case .text(let text) = item.event { return text }
            return nil
        }
        #expect(texts.joined() == "A & B é é &unknown; ")
    }

    @Test(arguments: [
        ("berita.html", DocumentFormat.html), ("berita.HTM", .html), ("a.id.xhtml", .html),
        ("laporan.docx", .docx), ("berita.id.txt", .text), ("-", .text), ("catatan", .text),
    ])
    func formatFromTheFileName(path: String, format: DocumentFormat) {
        #expect(DocumentFormat(guessingFrom: path) == format)
    }

    @Test func htmlReadAsTextAndTextReadAsHTMLAreClearErrors() throws {
        let page = try fixture("article-with-chrome.html")
        let asText = try #require(throws: DocumentError.self) { try DocumentReader.read(bytes: page, name: "a.txt", format: .text) }
        #expect(asText.kind == .wrongFormat)
        #expect(asText.message.contains("--input-format html"))
        let asHTML = try #require(throws: DocumentError.self) {
            try DocumentReader.read(bytes: Array("Hanya teks biasa.\n".utf8), name: "b.html", format: .html)
        }
        #expect(asHTML.kind == .wrongFormat)
        #expect(asHTML.message.contains("--input-format text"))
    }

    @Test func plainTextKeepsItsTextAndCutsParagraphsAtBlankLines() throws {
        let text = "JAKARTA - Judul\n\nKalimat satu. Kalimat dua.\nsambungan.\n\n\n  \nParagraf tiga.\n"
        let document = try DocumentReader.read(bytes: Array(text.utf8), name: "t.txt", format: .text)
        #expect(document.text == text)
        #expect(document.paragraphs.map(\.text) == ["JAKARTA - Judul", "Kalimat satu. Kalimat dua.\nsambungan.", "Paragraf tiga."])
        #expect(document.paragraphs.map { $0.location.line } == [1, 3, 8])
    }
}
