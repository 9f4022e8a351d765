import TextIO
import XMLStream

/// Reads a DOCX's paragraphs, headings, list items and footnotes from `word/document.xml`,
/// `word/styles.xml` and `word/footnotes.xml`, with the same safe XML reader as TMX.
///
/// A paragraph (`w:p`) is a block; its runs' text (`w:t`), tabs and line breaks make its text.
/// Deleted text (`w:del`, `w:delText`), field codes (`w:instrText`) and footnote marks are left
/// out. A paragraph is a heading when its style is (or is based on a style named) `heading N` or
/// `Title`, or says `w:outlineLvl`; a list item when it has numbering (`w:numPr`). Footnotes
/// follow the body, in their order in `footnotes.xml`.
enum DOCXArticle {
    static func paragraphs(bytes: [UInt8], fileName: String) throws -> [Paragraph] {
        let archive = try DOCXArchive(bytes: bytes, fileName: fileName)
        guard let body = try archive.part("word/document.xml") else {
            let what = archive.contains("content.xml") ? "an OpenDocument file (.odt): save it as .docx"
                : archive.contains("[Content_Types].xml") ? "an Office file but not a Word document (no word/document.xml)"
                : "a zip archive but not a Word document (no word/document.xml)"
            throw DocumentError(.damagedDocument, at: SourceLocation(file: fileName), "this is \(what)")
        }
        let styles = try archive.part("word/styles.xml").map { try WordStyles(bytes: $0, fileName: "\(fileName)(word/styles.xml)") }
            ?? WordStyles()
        var paragraphs = try WordParagraphs.read(bytes: body, fileName: "\(fileName)(word/document.xml)", styles: styles)
        if let notes = try archive.part("word/footnotes.xml") {
            paragraphs += try WordParagraphs.read(bytes: notes, fileName: "\(fileName)(word/footnotes.xml)", styles: styles)
        }
        guard !paragraphs.isEmpty else {
            throw DocumentError(.noArticleText, at: SourceLocation(file: fileName), "the document has no text; check that it is the article")
        }
        return paragraphs
    }
}

/// The heading level of each paragraph style of a DOCX, from `word/styles.xml`.
struct WordStyles {
    /// Style id → heading level (1 for `Title` and `heading 1`).
    private(set) var headingLevels: [String: Int] = [:]

    init() {}

    init(bytes: [UInt8], fileName: String) throws {
        let reader = try XMLPullReader(bytes: bytes, fileName: fileName)
        var basedOn: [String: String] = [:]
        var current: String?
        while let event = try reader.next() {
            guard case .start(let tag) = event else { continue }
            switch localName(tag.name) {
            case "style": current = wordAttribute(tag, "styleId")
            case "name":
                guard let current, let name = wordAttribute(tag, "val")?.lowercased() else { break }
                if name == "title" { headingLevels[current] = 1 }
                if name.hasPrefix("heading "), let level = Int(name.dropFirst("heading ".count)) { headingLevels[current] = level }
            case "basedOn": if let current, let parent = wordAttribute(tag, "val") { basedOn[current] = parent }
            case "outlineLvl":
                if let current, let level = wordAttribute(tag, "val").flatMap(Int.init), level < 9 {
                    headingLevels[current] = headingLevels[current] ?? level + 1
                }
            default: break
            }
        }
        // A custom style based on a heading style is a heading of the same level.
        for style in basedOn.keys where headingLevels[style] == nil {
            var parent = basedOn[style], hops = 0
            while let name = parent, hops < 10 {
                if let level = headingLevels[name] { headingLevels[style] = level; break }
                parent = basedOn[name]
                hops += 1
            }
        }
    }
}

/// The paragraphs of one WordprocessingML part (`document.xml` or `footnotes.xml`).
enum WordParagraphs {
    static func read(bytes: [UInt8], fileName: String, styles: WordStyles) throws -> [Paragraph] {
        let reader = try XMLPullReader(bytes: bytes, fileName: fileName)
        var paragraphs: [Paragraph] = []
        /// Paragraphs being read (a text box holds paragraphs inside a paragraph).
        var open: [(text: String, role: Paragraph.Role, line: Int)] = []
        var footnote: String?
        var skippedDepth = 0
        var inText = false
        while let event = try reader.next() {
            switch event {
            case .start(let tag):
                let name = localName(tag.name)
                if skippedDepth > 0 {
                    skippedDepth += 1
                    continue
                }
                switch name {
                case "footnote":
                    let type = wordAttribute(tag, "type") ?? "normal"
                    if type == "normal" { footnote = wordAttribute(tag, "id") ?? "?" } else { skippedDepth = 1 }
                case "p":
                    open.append(("", footnote.map { .footnote(id: $0) } ?? .body, reader.line))
                case "del", "delText", "instrText", "footnoteReference", "endnoteReference", "pPrChange", "rPrChange", "commentReference":
                    skippedDepth = 1
                case "pStyle":
                    if footnote == nil, let style = wordAttribute(tag, "val"), let level = styles.headingLevels[style], !open.isEmpty {
                        open[open.count - 1].role = .heading(level: level)
                    }
                case "outlineLvl":
                    if footnote == nil, let level = wordAttribute(tag, "val").flatMap(Int.init), level < 9, !open.isEmpty {
                        open[open.count - 1].role = .heading(level: level + 1)
                    }
                case "numPr":
                    if footnote == nil, !open.isEmpty, open[open.count - 1].role == .body { open[open.count - 1].role = .listItem }
                case "t": inText = true
                case "tab", "ptab": if !open.isEmpty { open[open.count - 1].text += "\t" }
                case "br", "cr":
                    if !open.isEmpty { open[open.count - 1].text += wordAttribute(tag, "type") == "page" ? " " : "\u{2028}" }
                case "noBreakHyphen": if !open.isEmpty { open[open.count - 1].text += "-" }
                default: break
                }
            case .end(let rawName):
                if skippedDepth > 0 {
                    skippedDepth -= 1
                    continue
                }
                switch localName(rawName) {
                case "t": inText = false
                case "p":
                    guard let paragraph = open.popLast() else { break }
                    let text = Paragraph.collapsingWhiteSpace(paragraph.text)
                    if !text.isEmpty {
                        paragraphs.append(Paragraph(text: text, role: paragraph.role,
                                                    location: SourceLocation(file: fileName, line: paragraph.line > 0 ? paragraph.line : nil)))
                    }
                case "footnote": footnote = nil
                default: break
                }
            case .text(let content):
                if skippedDepth == 0, inText, !open.isEmpty { open[open.count - 1].text += content }
            case .comment:
                break
            }
        }
        return paragraphs
    }
}

/// `p` for `w:p`: WordprocessingML is read by local name, whatever prefix a tool bound its namespace to.
func localName(_ qualified: String) -> String {
    guard let colon = qualified.lastIndex(of: ":") else { return qualified }
    return String(qualified[qualified.index(after: colon)...])
}

/// The value of `w:NAME` (or unprefixed `NAME`) on a WordprocessingML element.
func wordAttribute(_ tag: XMLStartTag, _ name: String) -> String? {
    tag.attributes.first { localName($0.name) == name }?.value
}
