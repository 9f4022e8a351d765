internal import CLibXML2
import Foundation
import TextIO

/// A safe, streaming XML reader over libxml2's `xmlTextReader`.
///
///     let reader = try XMLPullReader(path: "memory.tmx")
///     while let event = try reader.next() {
///         if case .start(let tag) = event, tag.name == "tu" { … }
///     }
///
/// Memory stays flat whatever the file's size: libxml2 keeps only the current node. The reader is
/// safe by construction: no network, no DTD loading, no entity substitution; a document that
/// declares entities in its DOCTYPE or refers to one is refused with `XMLError.Kind.entityReference`
/// before any entity is expanded. The encoding is taken from the BOM or the XML declaration
/// (UTF-8 when neither says otherwise); bytes that do not match it are a `.malformed` error.
///
/// - Complexity: O(n) in the size of the input; O(1) memory beyond the current element.
public final class XMLPullReader {
    /// The name used in error locations (the path, or what the caller passed).
    public let fileName: String
    private let reader: xmlTextReaderPtr
    private let errors: ErrorBox
    private var pendingEnd: String?
    private var names: [UnsafeRawPointer: String] = [:]
    private var checkedDocumentType = false
    /// Kept alive while libxml2 reads from it (`xmlReaderForMemory` does not copy).
    private let memory: [UInt8]?

    /// Opens a file for reading.
    /// - Parameter path: the file; `fileName` defaults to it.
    /// - Throws: `XMLError` (`.cannotOpen`) when the file cannot be opened.
    public init(path: String, fileName: String? = nil) throws(XMLError) {
        let name = fileName ?? path
        self.fileName = name
        XMLPullReader.initialiseOnce
        guard let reader = xmlReaderForFile(path, nil, XMLPullReader.options) else {
            throw XMLError(.cannotOpen, at: SourceLocation(file: name), "cannot open the file; check the path and its permissions")
        }
        self.reader = reader
        self.memory = nil
        self.errors = ErrorBox()
        installErrorHandler()
    }

    /// Reads a document held in memory (tests, standard input).
    public init(bytes: [UInt8], fileName: String) throws(XMLError) {
        self.fileName = fileName
        XMLPullReader.initialiseOnce
        self.memory = bytes
        let created = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReaderForMemory($0, Int32(buffer.count), fileName, nil, XMLPullReader.options)
                }
            } ?? nil
        }
        guard let created else {
            throw XMLError(.malformed, at: SourceLocation(file: fileName, line: 1, column: 1), "the document is empty")
        }
        self.reader = created
        self.errors = ErrorBox()
        installErrorHandler()
    }

    deinit {
        xmlFreeTextReader(reader)
    }

    /// The line of the current node (1-based), 0 before the first.
    public var line: Int {
        guard let node = xmlTextReaderCurrentNode(reader) else { return 0 }
        return Int(xmlGetLineNo(node))
    }

    /// Bytes of input libxml2 has consumed so far (read ahead of the current node by up to a
    /// buffer's worth), for progress reports. Counts the file's bytes, whatever its encoding.
    public var bytesConsumed: Int {
        max(0, Int(xmlTextReaderByteConsumed(reader)))
    }

    /// The depth of the current node: 0 for the root element, 1 for its children, …
    public var depth: Int {
        max(0, Int(xmlTextReaderDepth(reader)))
    }

    /// The location of the current node, for error messages.
    public var location: SourceLocation {
        let line = self.line
        return SourceLocation(file: fileName, line: line > 0 ? line : nil)
    }

    /// The next event, or `nil` at the end of the document.
    /// - Throws: `XMLError` for malformed input, a refused entity, or a truncated file.
    public func next() throws(XMLError) -> XMLEvent? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .end(name: name)
        }
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { return nil }
            if status < 0 { throw failure() }
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                if !checkedDocumentType { try refuseEntityDeclarations() }
                let name = currentName()
                var attributes: [XMLAttribute] = []
                if xmlTextReaderHasAttributes(reader) == 1 {
                    while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                        attributes.append(XMLAttribute(name: currentName(), value: string(xmlTextReaderConstValue(reader))))
                    }
                    xmlTextReaderMoveToElement(reader)
                }
                if xmlTextReaderIsEmptyElement(reader) == 1 { pendingEnd = name }
                return .start(XMLStartTag(name: name, attributes: attributes))
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                return .end(name: currentName())
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                 Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                return .text(string(xmlTextReaderConstValue(reader)))
            case Int32(XML_READER_TYPE_COMMENT.rawValue):
                return .comment(string(xmlTextReaderConstValue(reader)))
            case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
                throw XMLError(.entityReference, at: location,
                               "entity reference &\(currentName()); is not allowed; write the characters themselves or a character reference such as &#233;")
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                try refuseEntityDeclarations()
            default:
                continue
            }
        }
    }

    /// Skips the rest of the current element (after its `.start`), returning when its `.end` is consumed.
    public func skipElement() throws(XMLError) {
        var depth = 1
        while depth > 0, let event = try next() {
            switch event {
            case .start: depth += 1
            case .end: depth -= 1
            default: break
            }
        }
    }

    // MARK: - libxml2 plumbing

    private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue)

    private static let initialiseOnce: Void = { xmlInitParser() }()

    /// Refuses a DOCTYPE whose internal subset declares entities (XXE, "billion laughs").
    private func refuseEntityDeclarations() throws(XMLError) {
        checkedDocumentType = true
        guard let document = xmlTextReaderCurrentDoc(reader), let subset = document.pointee.intSubset else { return }
        if subset.pointee.entities != nil || subset.pointee.pentities != nil {
            throw XMLError(.entityReference, at: location,
                           "the DOCTYPE declares entities, which Padan refuses (they can read local files or expand without bound); remove the <!ENTITY …> declarations")
        }
    }

    private func currentName() -> String {
        guard let pointer = xmlTextReaderConstName(reader) else { return "" }
        let key = UnsafeRawPointer(pointer)
        if let name = names[key] { return name }
        let name = string(pointer)
        names[key] = name
        return name
    }

    private func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return pointer.withMemoryRebound(to: CChar.self, capacity: 1) { String(cString: $0) }
    }

    private func failure() -> XMLError {
        if let error = errors.first {
            let entity = error.message.contains("ntity")
            return XMLError(entity ? .entityReference : .malformed,
                            at: SourceLocation(file: fileName, line: error.line, column: error.column),
                            error.message + (entity ? "" : XMLPullReader.hint(for: error.message)))
        }
        return XMLError(.malformed, at: location, "the XML cannot be read further (truncated or damaged file)")
    }

    private static func hint(for message: String) -> String {
        if message.contains("Premature end") || message.contains("EndTag") {
            return "; the file looks truncated: re-export it"
        }
        if message.contains("not proper UTF-8") || message.contains("encoding") || message.contains("Encoding") {
            return "; the bytes do not match the declared encoding: add or fix encoding=\"…\" in the XML declaration, or convert the file to UTF-8"
        }
        return "; fix the XML at this place"
    }

    private func installErrorHandler() {
        let context = Unmanaged.passUnretained(errors).toOpaque()
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            let box = Unmanaged<ErrorBox>.fromOpaque(context).takeUnretainedValue()
            guard box.first == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let text = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
            box.first = (text.trimmingCharacters(in: .whitespacesAndNewlines), Int(error.pointee.line),
                         error.pointee.int2 > 0 ? Int(error.pointee.int2) : nil)
        }, context)
    }
}

/// Holds the first error libxml2 reports for one reader.
private final class ErrorBox {
    var first: (message: String, line: Int, column: Int?)?
}

extension XMLPullReader {
    /// Reads all text inside the current element (after its `.start`) up to its `.end`, ignoring
    /// nested tags. Useful for simple elements such as `<note>` or `<term>`.
    public func readText() throws(XMLError) -> String {
        var text = ""
        var depth = 1
        while depth > 0, let event = try next() {
            switch event {
            case .start: depth += 1
            case .end: depth -= 1
            case .text(let chunk): text += chunk
            case .comment: break
            }
        }
        return text
    }
}
