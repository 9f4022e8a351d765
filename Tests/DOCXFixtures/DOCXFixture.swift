import Foundation
import ZIPFoundation

/// Builds small DOCX files (and hostile zips) at test time, from text the tests write, so no
/// binary fixture is committed.
///
///     let bytes = try DOCXFixture.document(body: DOCXFixture.paragraph("Halo.", style: "Judul1"))
public enum DOCXFixture {
    public static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A zip of `parts` (path → content), deflated.
    public static func zip(_ parts: [(path: String, bytes: [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for part in parts {
            let data = Data(part.bytes)
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return Array(archive.data ?? Data())
    }

    /// A DOCX whose `word/document.xml` body holds `body` (WordprocessingML paragraphs), with a
    /// `styles.xml` mapping the style ids `Judul1`, `Judul2` (as Indonesian Word names them) to
    /// `heading 1`, `heading 2`, and, when given, a `footnotes.xml` with `footnotes`.
    public static func document(body: String, footnotes: String? = nil) throws -> [UInt8] {
        var parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", Array("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
                """.utf8)),
            ("word/document.xml", Array("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="\(wordNamespace)"><w:body>\(body)<w:sectPr/></w:body></w:document>
                """.utf8)),
            ("word/styles.xml", Array("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:styles xmlns:w="\(wordNamespace)">\
                <w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
                <w:style w:type="paragraph" w:styleId="Judul1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>\
                <w:style w:type="paragraph" w:styleId="Judul2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>\
                <w:style w:type="paragraph" w:styleId="JudulRedaksi"><w:name w:val="Judul Redaksi"/><w:basedOn w:val="Judul1"/></w:style>\
                </w:styles>
                """.utf8)),
        ]
        if let footnotes {
            parts.append(("word/footnotes.xml", Array("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:footnotes xmlns:w="\(wordNamespace)">\
                <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>\
                <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>\
                \(footnotes)</w:footnotes>
                """.utf8)))
        }
        return try zip(parts)
    }

    /// One paragraph (`w:p`) of plain runs, optionally with a paragraph style id.
    public static func paragraph(_ text: String, style: String? = nil) -> String {
        let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
        return "<w:p>\(properties)<w:r><w:t xml:space=\"preserve\">\(escaped(text))</w:t></w:r></w:p>"
    }

    /// A footnote (`w:footnote`) with one paragraph.
    public static func footnote(id: Int, _ text: String) -> String {
        "<w:footnote w:id=\"\(id)\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/></w:pPr><w:r><w:footnoteRef/></w:r>"
            + "<w:r><w:t xml:space=\"preserve\"> \(escaped(text))</w:t></w:r></w:p></w:footnote>"
    }

    /// A zip bomb in DOCX clothing: `word/document.xml` is `megabytes` MiB of one repeated byte,
    /// which deflates about a thousand times.
    public static func bomb(megabytes: Int) throws -> [UInt8] {
        try zip([("[Content_Types].xml", Array("<Types/>".utf8)),
                 ("word/document.xml", [UInt8](repeating: UInt8(ascii: " "), count: megabytes << 20))])
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
