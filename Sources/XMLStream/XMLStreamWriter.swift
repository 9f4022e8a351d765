internal import CLibXML2
import Foundation
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
    private let problem = WriterProblem()

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
        // Freeing flushes what is left; after a failed write that fails again, silently: the
        // error has been thrown already and the temporary file goes away with `output`.
        LibXMLReports.keepOnThisThread()
        xmlFreeTextWriter(writer)
        LibXMLReports.discard()
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
    /// - Throws: `XMLError` (`.invalid`) when `value` holds a character XML 1.0 cannot carry.
    public func attribute(_ name: String, _ value: String) throws(XMLError) {
        try refuseForbiddenCharacters(in: value, of: "attribute \(name)")
        try check(xmlTextWriterWriteAttribute(writer, name, value))
    }

    /// Writes character data, escaping `<`, `&`, `>`.
    /// - Throws: `XMLError` (`.invalid`) when `content` holds a character XML 1.0 cannot carry
    ///   (a control character other than tab and line breaks, U+FFFE, U+FFFF): no escape writes
    ///   them, and dropping them would change the text without a word.
    public func text(_ content: String) throws(XMLError) {
        try refuseForbiddenCharacters(in: content, of: "text")
        try check(xmlTextWriterWriteString(writer, content))
    }

    /// Writes a comment.
    public func comment(_ content: String) throws(XMLError) {
        try refuseForbiddenCharacters(in: content, of: "comment")
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

    private func refuseForbiddenCharacters(in content: String, of part: String) throws(XMLError) {
        guard let scalar = XMLCharacters.firstForbidden(in: content) else { return }
        let context = content.prefix(60).unicodeScalars.map { $0 == scalar ? "<\(XMLCharacters.name(of: $0))>" : String($0) }.joined()
        throw XMLError(.invalid, at: SourceLocation(file: name),
                       "the \(part) \"\(context)\" holds \(XMLCharacters.name(of: scalar)), a character XML 1.0 cannot carry; remove it from the input")
    }

    /// Runs one libxml2 writer call with this writer's error handler on the thread, so libxml2
    /// reports an I/O failure (ENOSPC, EIO) to us instead of printing it on standard error; then
    /// the thread's handlers that keep libxml2 quiet (`LibXMLReports`) again.
    private func check(_ call: @autoclosure () -> Int32) throws(XMLError) {
        let context = Unmanaged.passUnretained(problem).toOpaque()
        xmlSetStructuredErrorFunc(context) { context, error in
            guard let context, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let box = Unmanaged<WriterProblem>.fromOpaque(context).takeUnretainedValue()
            if box.message == nil { box.message = error.pointee.message.map { String(cString: $0) } }
        }
        let status = call()
        LibXMLReports.restoreStructuredHandler()
        if status < 0 {
            let reason = problem.message?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "is the disk full?"
            throw XMLError(.cannotWrite, at: SourceLocation(file: name), "writing failed: \(reason); nothing was written")
        }
    }
}

/// The first error libxml2 reported while the writer was writing.
private final class WriterProblem {
    var message: String?
}
