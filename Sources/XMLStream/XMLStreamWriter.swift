internal import CLibXML2
import TextIO

/// A streaming XML writer over libxml2's `xmlTextWriter`, writing UTF-8 through an `OutputFile`
/// (so a failed run leaves no partial file).
///
///     let writer = try XMLStreamWriter(path: "out.tmx")
///     try writer.startDocument(systemID: "tmx14.dtd", rootName: "tmx")
///     try writer.startElement("tmx"); try writer.attribute("version", "1.4")
///     try writer.endElement()
///     try writer.finish()
///
/// The writer never indents on its own: text inside mixed content (a TMX `seg`) must come out as
/// written, so callers add line breaks with `text(_:)` where they want them.
public final class XMLStreamWriter {
    private let output: OutputFile
    private let writer: xmlTextWriterPtr
    private let name: String

    /// Opens `path` (or standard output for `nil` / `-`).
    /// - Throws: `XMLError` (`.cannotWrite`) when the output cannot be created.
    public init(path: String?) throws(XMLError) {
        do {
            output = try OutputFile(path: path)
        } catch {
            throw XMLError(.cannotWrite, at: SourceLocation(file: path ?? "<stdout>"), error.message)
        }
        name = path ?? "<stdout>"
        guard let buffer = xmlOutputBufferCreateFd(output.fileDescriptor, nil),
              let writer = xmlNewTextWriter(buffer) else {
            throw XMLError(.cannotWrite, at: SourceLocation(file: name), "cannot start the XML writer")
        }
        self.writer = writer
    }

    deinit {
        xmlFreeTextWriter(writer)
    }

    /// Writes the XML declaration (UTF-8) and, if `rootName` is given, a DOCTYPE naming `systemID`.
    public func startDocument(rootName: String? = nil, systemID: String? = nil) throws(XMLError) {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
        if let rootName {
            try check(xmlTextWriterWriteDTD(writer, rootName, nil, systemID, nil))
            try text("\n")
        }
    }

    /// Opens an element.
    public func startElement(_ name: String) throws(XMLError) {
        try check(xmlTextWriterStartElement(writer, name))
    }

    /// Adds an attribute to the element just opened.
    public func attribute(_ name: String, _ value: String) throws(XMLError) {
        try check(xmlTextWriterWriteAttribute(writer, name, value))
    }

    /// Writes character data, escaping `<`, `&`, `>` (and characters XML cannot hold as text).
    public func text(_ content: String) throws(XMLError) {
        try check(xmlTextWriterWriteString(writer, content))
    }

    /// Writes a comment.
    public func comment(_ content: String) throws(XMLError) {
        try check(xmlTextWriterWriteComment(writer, content))
    }

    /// Closes the innermost open element (`<x/>` when it has no content).
    public func endElement() throws(XMLError) {
        try check(xmlTextWriterEndElement(writer))
    }

    /// Closes every open element, flushes, and moves the file into place.
    public func finish() throws(XMLError) {
        try check(xmlTextWriterEndDocument(writer))
        try check(xmlTextWriterFlush(writer))
        do {
            try output.commit()
        } catch {
            throw XMLError(.cannotWrite, at: SourceLocation(file: name), error.message)
        }
    }

    private func check(_ status: Int32) throws(XMLError) {
        if status < 0 {
            throw XMLError(.cannotWrite, at: SourceLocation(file: name), "writing failed (disk full, or a character XML 1.0 cannot hold)")
        }
    }
}
