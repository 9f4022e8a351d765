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
/// declares entities in its DOCTYPE or refers to one is refused with `XMLErrorKind.entityReference`
/// before any entity is expanded. The encoding is taken from the BOM or the XML declaration
/// (UTF-8 when neither says otherwise); bytes that do not match it are a `.malformed` error.
///
/// - Complexity: O(n) in the size of the input; O(1) memory beyond the current element.
public final class XMLPullReader {
    /// The name used in error locations (the path, or what the caller passed).
    public let fileName: String
    private let reader: xmlTextReaderPtr
    private let errors: ErrorBox
    /// What the reader keeps from node to node, behind a pointer: a class's stored `var`s are
    /// checked for exclusive access at every use, which the per-node path cannot afford.
    private let state: UnsafeMutablePointer<CursorState> = {
        let state = UnsafeMutablePointer<CursorState>.allocate(capacity: 1)
        state.initialize(to: CursorState())
        return state
    }()
    /// Names seen so far, with their place in `knownNames`, in slots chosen by libxml2's interned
    /// name pointer (a document uses few names, packed in libxml2's dictionary): the common case
    /// neither hashes, compares strings nor allocates. A slot two names share is overwritten.
    /// Three parallel tables (pointer, place in `knownNames` or -1, name) so that `nameIndex`
    /// touches no reference count.
    private let slotPointers: UnsafeMutablePointer<UnsafeRawPointer?> = {
        let table = UnsafeMutablePointer<UnsafeRawPointer?>.allocate(capacity: XMLPullReader.nameSlots)
        table.initialize(repeating: nil, count: XMLPullReader.nameSlots)
        return table
    }()
    private let slotIndices: UnsafeMutablePointer<Int> = {
        let table = UnsafeMutablePointer<Int>.allocate(capacity: XMLPullReader.nameSlots)
        table.initialize(repeating: -1, count: XMLPullReader.nameSlots)
        return table
    }()
    private var slotNames = [String](repeating: "", count: XMLPullReader.nameSlots)
    private static let nameSlots = 128
    /// Attribute names seen so far, in the same kind of slots as element names (see `forEachRawAttribute`).
    private let attributeSlots: UnsafeMutablePointer<AttributeSlot> = {
        let table = UnsafeMutablePointer<AttributeSlot>.allocate(capacity: XMLPullReader.nameSlots)
        table.initialize(repeating: AttributeSlot(), count: XMLPullReader.nameSlots)
        return table
    }()
    /// Kept alive while libxml2 reads from it (`xmlReaderForMemory` does not copy).
    private let memory: [UInt8]?
    /// What libxml2 reads from when HTML entities are read as characters (kept alive likewise).
    private let entityInput: HTMLEntityInput?
    /// What libxml2 reads from when the path is a pipe or standard input (kept alive likewise).
    private let streamInput: XMLStreamInput?
    /// HTML entities of a document read in memory with `readingHTMLEntities`.
    private let memoryRepairs: [HTMLEntityRepair]
    /// The file read, to find bad bytes in it again after an encoding error (`nil` for memory).
    private let path: String?
    /// An entity declaration `XMLPrologScan` found before libxml2 parsed it: the first `read()` throws it.
    private let prologRefusal: XMLError?

    /// Opens a file for reading.
    /// - Parameter path: the file; `fileName` defaults to it.
    /// - Throws: `XMLError` (`.cannotOpen`) when the file cannot be opened.
    /// - Parameter readingHTMLEntities: read references to HTML's named entities (`&Uuml;`,
    ///   `&nbsp;`), which the document does not declare, as their characters (listed in
    ///   `htmlEntityRepairs`) instead of refusing them; nothing is declared or expanded (see
    ///   `HTMLEntityRewriter`). Off, such a reference is an error, as XML has it.
    public init(path: String, fileName: String? = nil, readingHTMLEntities: Bool = false) throws(XMLError) {
        let name = fileName ?? path
        self.fileName = name
        self.path = path
        XMLPullReader.initialiseOnce
        LibXMLReports.keepOnThisThread()
        LibXMLReports.discard()
        let cannotOpen = XMLError(.cannotOpen, at: SourceLocation(file: name), "cannot open the file; check the path and its permissions")
        // libxml2 opens a regular file itself; what it pulls through `xmlReaderForIO` (HTML
        // entities read as characters, a pipe) has its prolog scanned ahead of libxml2 from the
        // same descriptor, so that a piped document declaring entities is refused as early as a file.
        let source: XMLReadSource?
        let declarationLine: Int?
        if readingHTMLEntities {
            guard let input = HTMLEntityInput(path: path, fileName: name) else {
                Self.releaseTables(state, slotPointers, slotIndices, attributeSlots)
                throw cannotOpen
            }
            (source, declarationLine) = (input, input.entityDeclarationLineInProlog())
            self.entityInput = input
            self.streamInput = nil
        } else if let input = XMLStreamInput(streamAt: path) {
            (source, declarationLine) = (input, input.entityDeclarationLineInProlog())
            self.entityInput = nil
            self.streamInput = input
        } else {
            (source, declarationLine) = (nil, XMLPrologScan.entityDeclarationLine(inFile: path))
            self.entityInput = nil
            self.streamInput = nil
        }
        self.prologRefusal = declarationLine.map {
            XMLError(.entityReference, at: SourceLocation(file: name, line: $0), XMLPullReader.entityDeclarationsRefused)
        }
        let created = if let source { Self.ioReader(pullingFrom: source, name: name) } else { xmlReaderForFile(path, nil, XMLPullReader.options) }
        guard let reader = created else {
            Self.releaseTables(state, slotPointers, slotIndices, attributeSlots)
            throw cannotOpen
        }
        self.reader = reader
        self.memory = nil
        self.memoryRepairs = []
        self.errors = ErrorBox()
        installErrorHandler()
    }

    /// Reads a document held in memory (tests, standard input); `readingHTMLEntities` as for a file.
    public init(bytes: [UInt8], fileName: String, readingHTMLEntities: Bool = false) throws(XMLError) {
        self.fileName = fileName
        self.path = nil
        XMLPullReader.initialiseOnce
        LibXMLReports.keepOnThisThread()
        LibXMLReports.discard()
        var bytes = bytes
        if readingHTMLEntities {
            (bytes, memoryRepairs) = HTMLEntityInput.rewrite(bytes, fileName: fileName)
        } else {
            memoryRepairs = []
        }
        self.prologRefusal = XMLPrologScan.entityDeclarationLine(in: bytes).map {
            XMLError(.entityReference, at: SourceLocation(file: fileName, line: $0), XMLPullReader.entityDeclarationsRefused)
        }
        self.memory = bytes
        self.entityInput = nil
        self.streamInput = nil
        let created = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReaderForMemory($0, Int32(buffer.count), fileName, nil, XMLPullReader.options)
                }
            } ?? nil
        }
        guard let created else {
            Self.releaseTables(state, slotPointers, slotIndices, attributeSlots)
            throw XMLError(.malformed, at: SourceLocation(file: fileName, line: 1, column: 1), "the document is empty")
        }
        self.reader = created
        self.errors = ErrorBox()
        installErrorHandler()
    }

    deinit {
        releaseHeldValues()
        xmlFreeTextReader(reader)
        // Asking the reader for its document makes it leave the document to the caller.
        if let document = state.pointee.document { xmlFreeDoc(document) }
        Self.releaseTables(state, slotPointers, slotIndices, attributeSlots)
    }

    /// Frees what the stored properties allocated: from `deinit`, and from an `init` that
    /// throws (then `deinit` never runs; ASan found the tables leaking for a missing file).
    private static func releaseTables(_ state: UnsafeMutablePointer<CursorState>, _ slotPointers: UnsafeMutablePointer<UnsafeRawPointer?>,
                                      _ slotIndices: UnsafeMutablePointer<Int>, _ attributeSlots: UnsafeMutablePointer<AttributeSlot>) {
        state.deinitialize(count: 1)
        state.deallocate()
        attributeSlots.deinitialize(count: XMLPullReader.nameSlots)
        attributeSlots.deallocate()
        slotPointers.deallocate()
        slotIndices.deallocate()
    }

    /// The HTML entity references read as characters so far (with `readingHTMLEntities`), in
    /// input order; libxml2 reads ahead, so they may lie beyond the current node.
    /// At most 10,000 are kept; `droppedHTMLEntityRepairs` counts the rest.
    public var htmlEntityRepairs: [HTMLEntityRepair] { entityInput?.rewriter.repairs ?? memoryRepairs }

    /// HTML entity references read as characters beyond the 10,000 kept in `htmlEntityRepairs`.
    public var droppedHTMLEntityRepairs: Int { entityInput?.rewriter.droppedRepairs ?? 0 }

    /// Whether the element whose `.start` `read()` just gave is empty (`<br/>`): its `.end` comes next.
    public var isEmptyElement: Bool { state.pointee.atEmptyElement }

    /// The line of the current node (1-based), 0 before the first.
    public var line: Int {
        guard let node = state.pointee.node ?? xmlTextReaderCurrentNode(reader) else { return 0 }
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
        guard let kind = try read() else { return nil }
        switch kind {
        case .start:
            var attributes: [XMLAttribute] = []
            attributes.reserveCapacity(attributeCount)
            forEachAttribute { name, value in attributes.append(XMLAttribute(name: name, value: value)) }
            return .start(XMLStartTag(name: name, attributes: attributes))
        case .end: return .end(name: name)
        case .text: return .text(value)
        case .comment: return .comment(value)
        }
    }

    /// Moves to the next node and says what it is, or `nil` at the end of the document: the
    /// allocation-free form of `next()`, for readers of large files. Ask the node for what you need
    /// with `name`, `nameIndex`, `value`, `valueIsWhitespace` and `forEachAttribute(_:)`.
    ///
    ///     reader.knownNames = ["tu", "tuv"]
    ///     while let kind = try reader.read() {
    ///         if kind == .start, reader.nameIndex == 0 { units += 1 }
    ///     }
    ///
    /// The same checks as `next()` apply (entities refused, errors located); an empty element
    /// (`<ph/>`) gives `.start` then `.end`.
    /// - Throws: `XMLError` for malformed input, a refused entity, or a truncated file.
    public func read() throws(XMLError) -> XMLNodeKind? {
        if state.pointee.atEmptyElement {
            state.pointee.atEmptyElement = false
            return .end
        }
        if !state.pointee.heldValues.isEmpty { releaseHeldValues() }
        if let prologRefusal { throw prologRefusal }
        // libxml2 reports encoding and I/O errors through per-thread handlers; a reader may move threads.
        LibXMLReports.keepOnThisThread()
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { return nil }
            if status < 0 { throw failure() }
            // Text first, from the node itself: xmlTextReaderNodeType would scan the text and its
            // ancestors' xml:space to tell white space from text, which the caller asks only if it cares.
            let node = xmlTextReaderCurrentNode(reader)
            state.pointee.node = node
            if let node, node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE {
                return .text
            }
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                if !state.pointee.checkedDocumentType { try refuseEntityDeclarations() }
                if xmlTextReaderIsEmptyElement(reader) == 1 { state.pointee.atEmptyElement = true } else { state.pointee.openElements += 1 }
                return .start
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                state.pointee.openElements -= 1
                return .end
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                 Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                return .text
            case Int32(XML_READER_TYPE_COMMENT.rawValue):
                return .comment
            case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
                throw XMLError(.entityReference, at: location,
                               "entity reference &\(name); is not allowed; write the characters themselves or a character reference such as &#233;")
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                try refuseEntityDeclarations()
            default:
                continue
            }
        }
    }

    /// The names `nameIndex` tells apart, e.g. the elements of a format.
    public var knownNames: [String] = [] {
        didSet { slotPointers.update(repeating: nil, count: XMLPullReader.nameSlots) }
    }

    /// The qualified name of the current element (after `read()` gave `.start` or `.end`).
    public var name: String { currentName().name }

    /// The position of the current element's name in `knownNames`, or `nil` for another name.
    /// Compares libxml2's interned name pointer, so it neither hashes nor allocates.
    public var nameIndex: Int? {
        guard let slot = currentNameSlot(), slotIndices[slot] >= 0 else { return nil }
        return slotIndices[slot]
    }

    /// The text of the current `.text` or `.comment` node, entities decoded.
    public var value: String { string(currentValue()) }

    /// Whether the current `.text` node is only spaces, tabs and line breaks (no `String` is built).
    public var valueIsWhitespace: Bool {
        guard var byte = currentValue() else { return true }
        while byte.pointee != 0 {
            switch byte.pointee {
            case 0x20, 0x0A, 0x09, 0x0D: byte += 1
            default: return false
            }
        }
        return true
    }

    /// The number of attributes of the current element (after `.start`).
    public var attributeCount: Int { max(0, Int(xmlTextReaderAttributeCount(reader))) }

    /// Calls `body` with each attribute of the current element (after `.start`), in document order.
    public func forEachAttribute(_ body: (_ name: String, _ value: String) -> Void) {
        guard xmlTextReaderHasAttributes(reader) == 1 else { return }
        // On an attribute, names and values are the attribute's: ask libxml2, not the element node.
        let element = state.pointee.node
        state.pointee.node = nil
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            body(currentName().name, string(xmlTextReaderConstValue(reader)))
        }
        xmlTextReaderMoveToElement(reader)
        state.pointee.node = element
    }

    /// The names `forEachRawAttribute` tells apart by their position, e.g. the attributes of a format.
    public var knownAttributeNames: [String] = [] {
        didSet { attributeSlots.update(repeating: AttributeSlot(), count: XMLPullReader.nameSlots) }
    }

    /// Calls `body` with each attribute of the current element (after `.start`), in document order
    /// (namespace declarations first, as `forEachAttribute` gives them), with its value as UTF-8
    /// bytes: the allocation-free form of `forEachAttribute`, for readers of large files.
    ///
    ///     reader.knownAttributeNames = ["xml:lang"]
    ///     reader.forEachRawAttribute { attribute in
    ///         if attribute.nameIndex == 0 { language = String(decoding: attribute.value, as: UTF8.self) }
    ///     }
    ///
    /// Walks libxml2's node itself instead of moving the reader to each attribute; names come from
    /// a table keyed by libxml2's interned name pointer (checked against the name's bytes), so the
    /// common case neither hashes nor allocates. The value bytes are valid until the next `read()`.
    public func forEachRawAttribute(_ body: (XMLRawAttribute) -> Void) {
        guard let node = xmlTextReaderCurrentNode(reader), node.pointee.type == XML_ELEMENT_NODE else { return }
        var namespace = node.pointee.nsDef
        while let declaration = namespace {
            let name = declaration.pointee.prefix.map { "xmlns:" + string($0) } ?? "xmlns"
            body(XMLRawAttribute(nameIndex: knownAttributeNames.firstIndex(of: name), name: name, start: declaration.pointee.href))
            namespace = declaration.pointee.next
        }
        var property = node.pointee.properties
        while let attribute = property {
            let slot = attributeSlot(attribute)
            let value: UnsafePointer<UInt8>?
            if let child = attribute.pointee.children, child.pointee.type == XML_TEXT_NODE, child.pointee.next == nil {
                value = UnsafePointer(child.pointee.content)
            } else if let assembled = xmlNodeGetContent(UnsafeMutableRawPointer(attribute).assumingMemoryBound(to: xmlNode.self)) {
                state.pointee.heldValues.append(assembled)
                value = UnsafePointer(assembled)
            } else {
                value = nil
            }
            body(XMLRawAttribute(nameIndex: slot.index < 0 ? nil : slot.index, name: slot.name, start: value))
            property = attribute.pointee.next
        }
    }

    /// Skips the rest of the current element (after its `.start`), returning when its `.end` is consumed.
    public func skipElement() throws(XMLError) {
        var depth = 1
        while depth > 0, let kind = try read() {
            switch kind {
            case .start: depth += 1
            case .end: depth -= 1
            default: break
            }
        }
    }

    // MARK: - libxml2 plumbing

    private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)

    private static let initialiseOnce: Void = { xmlInitParser() }()

    /// A libxml2 reader pulling its bytes from `source`, which the caller keeps alive while it reads.
    private static func ioReader(pullingFrom source: XMLReadSource, name: String) -> xmlTextReaderPtr? {
        xmlReaderForIO({ context, buffer, length in
            guard let context, let buffer,
                  let source = Unmanaged<AnyObject>.fromOpaque(context).takeUnretainedValue() as? XMLReadSource else { return -1 }
            return Int32(source.read(into: buffer, count: Int(length)))
        }, { _ in 0 }, Unmanaged.passUnretained(source as AnyObject).toOpaque(), name, nil, XMLPullReader.options)
    }

    private static let entityDeclarationsRefused =
        "the DOCTYPE declares entities, which Padan refuses (they can read local files or expand without bound); remove the <!ENTITY …> declarations"

    /// Refuses a DOCTYPE whose internal subset declares entities (XXE, "billion laughs").
    private func refuseEntityDeclarations() throws(XMLError) {
        state.pointee.checkedDocumentType = true
        guard let document = currentDocument(), let subset = document.pointee.intSubset else { return }
        if subset.pointee.entities != nil || subset.pointee.pentities != nil {
            throw XMLError(.entityReference, at: location, XMLPullReader.entityDeclarationsRefused)
        }
    }

    /// The document libxml2 is building. Once asked for, the reader no longer frees it: `deinit` does.
    private func currentDocument() -> xmlDocPtr? {
        if let document = state.pointee.document { return document }
        state.pointee.document = xmlTextReaderCurrentDoc(reader)
        return state.pointee.document
    }

    private func currentName() -> (name: String, index: Int?) {
        guard let slot = currentNameSlot() else { return ("", nil) }
        return (slotNames[slot], slotIndices[slot] < 0 ? nil : slotIndices[slot])
    }

    /// The slot holding the current node's name, filled on first sight; `nil` when the node has no name.
    private func currentNameSlot() -> Int? {
        guard let pointer = currentNamePointer() else { return nil }
        let key = UnsafeRawPointer(pointer)
        let slot = Int(bitPattern: key) & (XMLPullReader.nameSlots - 1)
        if slotPointers[slot] != key {
            let name = string(pointer)
            slotPointers[slot] = key
            slotIndices[slot] = knownNames.firstIndex(of: name) ?? -1
            slotNames[slot] = name
        }
        return slot
    }

    /// The current node's qualified name: an unprefixed element's name is read from the node itself
    /// (`xmlTextReaderConstName` would look it up again in libxml2's dictionary).
    private func currentNamePointer() -> UnsafePointer<xmlChar>? {
        if let node = state.pointee.node, node.pointee.type == XML_ELEMENT_NODE, node.pointee.ns?.pointee.prefix == nil {
            return node.pointee.name
        }
        return xmlTextReaderConstName(reader)
    }

    /// The current text or comment node's content, read from the node itself when the reader stands on one.
    private func currentValue() -> UnsafePointer<xmlChar>? {
        if let node = state.pointee.node {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_COMMENT_NODE: return UnsafePointer(node.pointee.content)
            default: break
            }
        }
        return xmlTextReaderConstValue(reader)
    }

    /// The name slot of an attribute, filled on first sight. Keyed by the local-name pointer and the
    /// prefix pointer; when libxml2's dictionary owns both (they live as long as the reader) that is
    /// enough, otherwise the name's bytes are compared too, so a reused pointer cannot mislead.
    private func attributeSlot(_ attribute: xmlAttrPtr) -> AttributeSlot {
        guard let local = attribute.pointee.name else { return AttributeSlot() }
        let prefix = attribute.pointee.ns?.pointee.prefix
        let key = UnsafeRawPointer(local)
        let index = Int(bitPattern: key) >> 3 & (XMLPullReader.nameSlots - 1)
        let slot = attributeSlots[index]
        if slot.local == key, slot.prefix == prefix.map(UnsafeRawPointer.init),
           slot.interned || slot.matches(prefix: prefix, local: local) {
            return slot
        }
        let name = prefix.map { string($0) + ":" + string(local) } ?? string(local)
        var interned = false
        if let document = currentDocument(), let dictionary = document.pointee.dict {
            interned = xmlDictOwns(dictionary, local) == 1 && (prefix == nil || attribute.pointee.ns == document.pointee.oldNs)
        }
        let filled = AttributeSlot(local: key, prefix: prefix.map(UnsafeRawPointer.init), interned: interned,
                                   name: name, index: knownAttributeNames.firstIndex(of: name) ?? -1)
        attributeSlots[index] = filled
        return filled
    }

    private func releaseHeldValues() {
        for value in state.pointee.heldValues { free(value) }
        state.pointee.heldValues.removeAll(keepingCapacity: true)
    }

    private func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return pointer.withMemoryRebound(to: CChar.self, capacity: 1) { String(cString: $0) }
    }

    private func failure() -> XMLError {
        let report = LibXMLReports.take()
        if report?.domain == Int(XML_FROM_I18N.rawValue) {
            return encodingFailure(libxml2Message: report?.message ?? "", fallback: errors.first)
        }
        if let error = errors.first {
            if error.message.hasPrefix("Input is not proper UTF-8") {
                return encodingFailure(libxml2Message: error.message, fallback: error)
            }
            if let limit = XMLParserLimit(libxml2Message: error.message) {
                return XMLError(.limitExceeded, at: SourceLocation(file: fileName, line: error.line, column: error.column), limit.explanation)
            }
            if state.pointee.openElements > 0, error.message.hasPrefix("Extra content at the end of the document") {
                // libxml2's push parser says this when the input stops inside an element.
                return XMLError(.malformed, at: SourceLocation(file: fileName, line: error.line, column: error.column),
                                "the file ends inside an element; it looks truncated: re-export or download it again")
            }
            if let name = Self.undeclaredHTMLEntity(in: error.message) {
                return XMLError(.entityReference, at: SourceLocation(file: fileName, line: error.line, column: error.column),
                                "&\(name); is an HTML entity, which XML does not know and the file does not declare; "
                                    + "`padan tmx convert` and `padan memory import` read it as its character, or write the character itself")
            }
            let entity = error.message.contains("ntity")
            return XMLError(entity ? .entityReference : .malformed,
                            at: SourceLocation(file: fileName, line: error.line, column: error.column),
                            error.message + (entity ? "; the file uses entities, which Padan refuses (they can read local files or expand without bound): remove the <!ENTITY …> declarations" : XMLPullReader.hint(for: error.message)))
        }
        if let report {
            return XMLError(.malformed, at: location, "the XML cannot be read further: \(report.message); check that the file is complete and readable")
        }
        return XMLError(.malformed, at: location, "the XML cannot be read further (truncated or damaged file)")
    }

    /// Bytes that do not decode in the document's encoding, placed by decoding the input again
    /// (libxml2 converts ahead of its parser and reports no place); for input that cannot be read
    /// again (a pipe), the place libxml2 gives or the parser's position, and the bytes libxml2 names.
    private func encodingFailure(libxml2Message message: String, fallback: (message: String, line: Int, column: Int?)?) -> XMLError {
        let fix = "convert the file to UTF-8 (iconv -f REAL-ENCODING -t UTF-8) or name its real encoding in the XML declaration (encoding=\"…\")"
        let problem = memory.map { XMLEncodingLocator.locate(bytes: $0) } ?? path.flatMap { XMLEncodingLocator.locate(path: $0) }
        if let problem {
            let bytes = problem.bytes.map { Self.hex($0) }.joined(separator: " ")
            return XMLError(.malformed, at: SourceLocation(file: fileName, line: problem.line, column: problem.column),
                            "the bytes from \(bytes) are not valid \(problem.encoding), \(problem.reason); \(fix)")
        }
        let named = message.split(whereSeparator: \.isWhitespace).filter { $0.count == 4 && $0.hasPrefix("0x") }.joined(separator: " ")
        let place = fallback.map { SourceLocation(file: fileName, line: $0.line, column: $0.column) }
            ?? SourceLocation(file: fileName, line: max(1, Int(xmlTextReaderGetParserLineNumber(reader))),
                              column: max(1, Int(xmlTextReaderGetParserColumnNumber(reader))))
        return XMLError(.malformed, at: place, "the input does not decode in the encoding the file declares (at or after this place"
                            + (named.isEmpty ? "" : "; the bytes \(named)") + "); \(fix)")
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "0x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }

    /// The name in libxml2's "Entity 'Uuml' not defined" when it is one of HTML's.
    private static func undeclaredHTMLEntity(in message: String) -> String? {
        guard message.hasPrefix("Entity '"), message.hasSuffix("' not defined") else { return nil }
        let name = String(message.dropFirst("Entity '".count).dropLast("' not defined".count))
        return HTMLEntities.codePoints[name] == nil ? nil : name
    }

    private static func hint(for message: String) -> String {
        if message.contains("Premature end") || message.contains("EndTag") {
            return "; the file looks truncated: re-export it"
        }
        if message.contains("encoding") || message.contains("Encoding") {
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

/// What `XMLPullReader` keeps from node to node.
private struct CursorState {
    /// The current node is an empty element whose `.start` was given: `.end` comes next.
    var atEmptyElement = false
    var checkedDocumentType = false
    /// The document, once `xmlTextReaderCurrentDoc` has handed it over (see `currentDocument()`).
    var document: xmlDocPtr?
    /// Elements started and not yet ended, to tell a truncated file from trailing garbage.
    var openElements = 0
    /// The node `read()` moved to (`nil` while `forEachAttribute` stands on an attribute).
    var node: xmlNodePtr?
    /// Attribute values libxml2 had to assemble (entity parts), freed when the reader moves on.
    var heldValues: [UnsafeMutablePointer<xmlChar>] = []
}

/// One entry of the attribute-name table: libxml2's local-name and prefix pointers (and whether
/// its dictionary owns them), the qualified name, and its place in `knownAttributeNames` (-1 for another name).
private struct AttributeSlot {
    var local: UnsafeRawPointer?
    var prefix: UnsafeRawPointer?
    var interned = false
    var name = ""
    var index = -1

    /// Whether `prefix:local` spells `name` (a byte comparison, no allocation).
    func matches(prefix: UnsafePointer<xmlChar>?, local: UnsafePointer<xmlChar>) -> Bool {
        var name = name
        return name.withUTF8 { expected in
            var position = 0
            func consume(_ pointer: UnsafePointer<xmlChar>) -> Bool {
                var byte = pointer
                while byte.pointee != 0 {
                    guard position < expected.count, expected[position] == byte.pointee else { return false }
                    position += 1
                    byte += 1
                }
                return true
            }
            if let prefix {
                guard consume(prefix), position < expected.count, expected[position] == UInt8(ascii: ":") else { return false }
                position += 1
            }
            return consume(local) && position == expected.count
        }
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
        while depth > 0, let kind = try read() {
            switch kind {
            case .start: depth += 1
            case .end: depth -= 1
            case .text: text += value
            case .comment: break
            }
        }
        return text
    }
}
