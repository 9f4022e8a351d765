import DOCXFixtures
import Documents
import Testing

@Suite struct DOCXArticleTests {
    /// A DOCX with a title, a heading under a localised style id, a custom style based on a
    /// heading, runs split mid-word, deleted text, a field code, a list item and a footnote.
    static func sample() throws -> [UInt8] {
        let body = DOCXFixture.paragraph("Banjir di Lembah Hijau", style: "Judul1")
            + "<w:p><w:r><w:t>Air sungai naik dua meter pada Selasa.</w:t></w:r><w:r><w:t xml:space=\"preserve\"> Warga </w:t></w:r>"
            + "<w:r><w:t>meng</w:t></w:r><w:r><w:t>ungsi</w:t></w:r><w:del><w:r><w:delText>salah</w:delText></w:r></w:del>"
            + "<w:r><w:t xml:space=\"preserve\"> ke balai desa.</w:t></w:r>"
            + "<w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
            + DOCXFixture.paragraph("Bantuan datang", style: "JudulRedaksi")
            + "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
            + "<w:r><w:t>Relawan membagikan makanan.</w:t><w:tab/><w:t>Sore itu hujan berhenti.</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>Dua sekolah ditutup.</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t xml:space=\"preserve\">   </w:t></w:r></w:p>"
        return try DOCXFixture.document(body: body, footnotes: DOCXFixture.footnote(id: 1, "Data dari badan bencana setempat."))
    }

    @Test func readsParagraphsHeadingsListItemsAndFootnotes() throws {
        let document = try DocumentReader.read(bytes: try Self.sample(), name: "banjir.docx", format: .docx)
        #expect(document.paragraphs.map(\.text) == [
            "Banjir di Lembah Hijau",
            "Air sungai naik dua meter pada Selasa. Warga mengungsi ke balai desa.",
            "Bantuan datang",
            "Relawan membagikan makanan. Sore itu hujan berhenti.",
            "Dua sekolah ditutup.",
            "Data dari badan bencana setempat.",
        ])
        #expect(document.paragraphs.map(\.role) == [.heading(level: 1), .body, .heading(level: 1), .body, .listItem, .footnote(id: "1")])
        #expect(document.paragraphs[5].location.file == "banjir.docx(word/footnotes.xml)")
    }

    @Test func aFileThatIsNotAZipIsAClearError() throws {
        let error = try #require(throws: DocumentError.self) {
            try DocumentReader.read(bytes: Array("Ini bukan dokumen Word.\n".utf8), name: "palsu.docx", format: .docx)
        }
        #expect(error.kind == .wrongFormat)
        #expect(error.category.exitStatus == 65)
        let truncated = try Array(Self.sample().prefix(200))
        let damaged = try #require(throws: DocumentError.self) { try DocumentReader.read(bytes: truncated, name: "potong.docx", format: .docx) }
        #expect(damaged.kind == .damagedDocument)
        // Refused before ZIPFoundation, which leaked a copy of such bytes (LeakSanitizer).
        #expect(damaged.message.contains("end-of-central-directory record is missing"))
    }

    @Test func aZipWithoutWordDocumentIsAClearError() throws {
        let zip = try DOCXFixture.zip([("content.xml", Array("<office:document/>".utf8))])
        let error = try #require(throws: DocumentError.self) { try DocumentReader.read(bytes: zip, name: "x.docx", format: .docx) }
        #expect(error.kind == .damagedDocument)
        #expect(error.message.contains("OpenDocument"))
    }

    @Test func zipBombsAreRefusedBeforeInflating() throws {
        // 8 MiB of one byte: under the size bound, but compressed about a thousand times.
        let dense = try #require(throws: DocumentError.self) {
            try DocumentReader.read(bytes: try DOCXFixture.bomb(megabytes: 8), name: "bom.docx", format: .docx)
        }
        #expect(dense.kind == .limitExceeded)
        #expect(dense.message.contains("zip bomb"))
        // 40 MiB: over the size bound whatever the ratio.
        let large = try #require(throws: DocumentError.self) {
            try DocumentReader.read(bytes: try DOCXFixture.bomb(megabytes: 40), name: "besar.docx", format: .docx)
        }
        #expect(large.kind == .limitExceeded)
        #expect(large.message.contains("40 MiB"))
    }

    @Test func aZipWhoseDirectoryUnderstatesThePartIsStoppedWhileInflating() throws {
        // The bomb's sizes rewritten from 8 MiB to 1,000 bytes wherever the zip records them, so
        // the checks made before inflating see a small, plausible part.
        var bytes = try DOCXFixture.bomb(megabytes: 8)
        let real: [UInt8] = [0x00, 0x00, 0x80, 0x00], claimed: [UInt8] = [0xE8, 0x03, 0x00, 0x00]
        var patched = 0
        var index = 0
        while index + 4 <= bytes.count {
            if Array(bytes[index..<index + 4]) == real {
                bytes.replaceSubrange(index..<index + 4, with: claimed)
                patched += 1
            }
            index += 1
        }
        #expect(patched >= 2, "the local header and the central directory both record the size")
        let error = try #require(throws: DocumentError.self) { try DocumentReader.read(bytes: bytes, name: "bohong.docx", format: .docx) }
        #expect(error.kind == .limitExceeded)
        #expect(error.message.contains("inflates past what the zip's directory says (1000 bytes)"))
    }

    @Test func aDOCXReadAsTextIsAClearError() throws {
        let error = try #require(throws: DocumentError.self) { try DocumentReader.read(bytes: try Self.sample(), name: "a.txt", format: .text) }
        #expect(error.kind == .wrongFormat)
        #expect(error.message.contains("--input-format docx"))
    }
}
