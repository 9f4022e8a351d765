/// The kinds of article file Padan reads.
public enum DocumentFormat: String, CaseIterable, Hashable, Sendable, Codable {
    /// UTF-8 plain text; blank lines separate paragraphs.
    case text
    /// A web page (`.html`, `.htm`, `.xhtml`).
    case html
    /// A Word document (`.docx`: a zip of WordprocessingML).
    case docx

    /// The format a file name says: `.html`/`.htm`/`.xhtml` → HTML, `.docx` → DOCX, anything
    /// else (`.txt`, no extension, standard input) → text.
    ///
    ///     DocumentFormat(guessingFrom: "berita.id.html")   // .html
    public init(guessingFrom path: String) {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") || lowered.hasSuffix(".xhtml") {
            self = .html
        } else if lowered.hasSuffix(".docx") {
            self = .docx
        } else {
            self = .text
        }
    }

    /// What the first bytes look like, to catch a wrong guess before reading garbage: a zip
    /// (DOCX, ODT, …), an HTML page, an old binary Word file, or `nil` for anything else.
    static func sniff(_ bytes: [UInt8]) -> Sniffed? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return .oldWord }
        if bytes.starts(with: Array("%PDF".utf8)) { return .pdf }
        var body = bytes.prefix(1024)[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let head = String(decoding: body, as: UTF8.self).drop { $0.isWhitespace }.lowercased()
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.hasPrefix("<head") || head.hasPrefix("<body")
            || (head.hasPrefix("<?xml") && head.contains("<html")) {
            return .html
        }
        if head.hasPrefix("<") { return .markup }
        return nil
    }

    /// A kind of file recognised from its first bytes.
    enum Sniffed {
        case zip, oldWord, pdf, html, markup

        var name: String {
            switch self {
            case .zip: "a zip archive (a DOCX?)"
            case .oldWord: "an old binary Word file (.doc)"
            case .pdf: "a PDF"
            case .html: "an HTML page"
            case .markup: "markup (HTML or XML)"
            }
        }
    }
}
