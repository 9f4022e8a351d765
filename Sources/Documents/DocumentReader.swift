import Foundation
import TextIO

/// Reads an article file, plain text, HTML or DOCX, into a `Document`.
///
///     let document = try DocumentReader.read(path: "berita.html")                  // by extension
///     let piped = try DocumentReader.read(path: "-", format: .html)                 // standard input
///
/// The format comes from `format`, or else from the file name (`DocumentFormat(guessingFrom:)`).
/// The bytes are checked against it first, so a wrong guess is an error that says what the file
/// looks like, never sentences made of markup or zip bytes.
public enum DocumentReader {
    /// The largest file read (64 MiB).
    public static let maximumFileBytes = 64 << 20

    /// Reads `path` (`-` for standard input) as `format` (by default, what its name says).
    /// - Throws: `DocumentError` (wrong format, damaged or oversized DOCX, no article text),
    ///   `TextInputError` (text that is not UTF-8), `XMLError` (a DOCX part that is not well-formed).
    public static func read(path: String, format: DocumentFormat? = nil) throws -> Document {
        let name = path == "-" ? TextInput.standardInputName : path
        let bytes = try readBytes(path: path, name: name)
        return try read(bytes: bytes, name: name, format: format ?? DocumentFormat(guessingFrom: path))
    }

    /// Reads only the text of `path` (`-` for standard input) as `format`, the same as
    /// `read(path:format:).text`, without cutting a plain-text file into paragraphs: for callers
    /// that match or split the text as a whole (`term find`, `segment`, `suggest`).
    /// - Throws: as `read(path:format:)`.
    public static func text(path: String, format: DocumentFormat? = nil) throws -> String {
        let name = path == "-" ? TextInput.standardInputName : path
        let bytes = try readBytes(path: path, name: name)
        let format = format ?? DocumentFormat(guessingFrom: path)
        guard format == .text else { return try read(bytes: bytes, name: name, format: format).text }
        return try plainText(bytes: bytes, name: name)
    }

    /// Reads a document held in memory; `name` appears in errors.
    /// - Throws: as `read(path:format:)`.
    public static func read(bytes: [UInt8], name: String, format: DocumentFormat) throws -> Document {
        let sniffed = DocumentFormat.sniff(bytes)
        switch format {
        case .text:
            let text = try plainText(bytes: bytes, name: name)
            return Document(name: name, format: .text, paragraphs: PlainTextParagraphs.paragraphs(of: text, fileName: name), text: text)
        case .html:
            guard sniffed == .html || sniffed == .markup else {
                throw wrongFormat(name, sniffed, asked: format, hint: sniffed == .zip ? "docx" : sniffed == nil ? "text" : nil)
            }
            return Document(name: name, format: .html, paragraphs: try HTMLArticle.paragraphs(bytes: bytes, fileName: name))
        case .docx:
            guard sniffed == .zip else {
                throw wrongFormat(name, sniffed, asked: format, hint: sniffed == .html ? "html" : sniffed == nil ? "text" : nil)
            }
            return Document(name: name, format: .docx, paragraphs: try DOCXArticle.paragraphs(bytes: bytes, fileName: name))
        }
    }

    /// `bytes` as plain text: refused when they look like HTML, a zip or an old Word file.
    private static func plainText(bytes: [UInt8], name: String) throws -> String {
        if let sniffed = DocumentFormat.sniff(bytes), sniffed != .markup {
            throw wrongFormat(name, sniffed, asked: .text, hint: sniffed == .zip ? "docx" : sniffed == .html ? "html" : nil)
        }
        return try TextInput.decode(bytes, name: name)
    }

    private static func wrongFormat(_ name: String, _ sniffed: DocumentFormat.Sniffed?, asked: DocumentFormat,
                                    hint: String?) -> DocumentError {
        let looks = sniffed?.name ?? "plain text, not markup or a zip"
        var message = asked == .docx ? "not a DOCX (a DOCX is a zip archive): the file is \(looks)"
            : "read as \(asked.rawValue) but the file is \(looks)"
        if let hint {
            message += "; give --input-format \(hint) or name the file with its real extension"
        } else {
            message += sniffed == .oldWord ? "; save the document as .docx (Word, LibreOffice) and try again"
                : "; save the article as text, HTML or DOCX"
        }
        return DocumentError(.wrongFormat, at: SourceLocation(file: name), message)
    }

    private static func readBytes(path: String, name: String) throws -> [UInt8] {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            try checkSize(data.count, name: name)
            return Array(data)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DocumentError(.cannotOpen, at: SourceLocation(file: name), "no such file; check the path")
        }
        guard !isDirectory.boolValue else {
            throw DocumentError(.cannotOpen, at: SourceLocation(file: name), "is a directory, not an article file")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        try checkSize(size, name: name)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DocumentError(.cannotOpen, at: SourceLocation(file: name), "cannot be read; check its permissions")
        }
        return Array(data)
    }

    private static func checkSize(_ size: Int, name: String) throws {
        if size > maximumFileBytes {
            throw DocumentError(.limitExceeded, at: SourceLocation(file: name),
                                "the file is \(size >> 20) MiB, over the \(maximumFileBytes >> 20) MiB an article may have; split it")
        }
    }
}
