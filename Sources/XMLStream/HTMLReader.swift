internal import CLibXML2
import TextIO

/// One node of an HTML document as `HTMLReader` hands it out, with the line it starts on.
public struct HTMLEvent: Hashable, Sendable {
    /// `.start` (element names in lower case), `.end`, `.text` (character references and HTML's
    /// named entities already decoded) or `.comment`.
    public var event: XMLEvent
    /// 1-based line in the input, 0 when libxml2 does not know it.
    public var line: Int
}

/// Reads HTML (web pages as browsers take them: unclosed tags, missing `<html>`, HTML's own named
/// entities) safely with libxml2's HTML parser, as a flat list of events in document order.
///
///     let events = try HTMLReader.events(bytes: Array(page.utf8), fileName: "berita.html")
///     for item in events { if case .start(let tag) = item.event, tag.name == "p" { … } }
///
/// Safe by construction: no network (`HTML_PARSE_NONET`), no DTD or external entity is ever
/// loaded (HTML's parser only knows its built-in named entities), and the input is bounded by
/// `maximumBytes` before libxml2 sees it. The encoding comes from a BOM or a `<meta charset>`;
/// without either the bytes must be UTF-8 (else a `.malformed` error with the place of the first
/// bad byte), so a page is never silently read as Latin-1.
///
/// - Complexity: O(n) time; the parsed tree is held while events are built, so memory is
///   O(n) in the (bounded) input.
public enum HTMLReader {
    /// The largest page read (16 MiB): news pages are a few hundred kilobytes.
    public static let maximumBytes = 16 << 20

    /// The events of the HTML page in `bytes`.
    /// - Parameter fileName: named in errors.
    /// - Throws: `XMLError` (`.invalid`) for an input over `maximumBytes` or one libxml2 cannot
    ///   make a document of; `.malformed` for bytes that are not UTF-8 when no charset is declared.
    public static func events(bytes: [UInt8], fileName: String) throws(XMLError) -> [HTMLEvent] {
        guard bytes.count <= maximumBytes else {
            throw XMLError(.invalid, at: SourceLocation(file: fileName),
                           "the page is \(bytes.count >> 20) MiB, over the \(maximumBytes >> 20) MiB Padan reads; save the article page alone")
        }
        let encoding: String?
        if declaresCharset(bytes) {
            encoding = nil
        } else {
            do {
                _ = try TextInput.decode(bytes, name: fileName)
            } catch {
                throw XMLError(.malformed, at: error.location, error.message + " (or declare it: <meta charset=\"…\">)")
            }
            encoding = "UTF-8"
        }
        HTMLReader.initialiseOnce
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_COMPACT.rawValue)
        // The HTML parser reports encoding trouble through libxml2's per-thread handlers: keep it quiet.
        LibXMLReports.keepOnThisThread()
        defer { LibXMLReports.discard() }
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), fileName, encoding, options)
            }
        }
        guard let document else {
            throw XMLError(.invalid, at: SourceLocation(file: fileName, line: 1, column: 1),
                           "the page is empty or cannot be read as HTML")
        }
        defer { xmlFreeDoc(document) }
        return walk(from: document.pointee.children)
    }

    /// Events for the nodes from `first` on and their descendants, without recursion (a hostile
    /// page may nest deeply).
    private static func walk(from first: xmlNodePtr?) -> [HTMLEvent] {
        var events: [HTMLEvent] = []
        var node = first
        while let current = node {
            let line = Int(xmlGetLineNo(current))
            var descend = false
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                events.append(HTMLEvent(event: .start(XMLStartTag(name: string(current.pointee.name).lowercased(),
                                                                  attributes: attributes(of: current))), line: line))
                descend = current.pointee.children != nil
                if !descend { events.append(HTMLEvent(event: .end(name: string(current.pointee.name).lowercased()), line: line)) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                events.append(HTMLEvent(event: .text(string(current.pointee.content)), line: line))
            case XML_COMMENT_NODE:
                events.append(HTMLEvent(event: .comment(string(current.pointee.content)), line: line))
            default:
                break
            }
            if descend {
                node = current.pointee.children
                continue
            }
            // Climb until a node with a next sibling, closing the elements left behind.
            var climbing: xmlNodePtr? = current
            node = nil
            while let up = climbing {
                if let next = up.pointee.next {
                    node = next
                    break
                }
                guard let parent = up.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { break }
                events.append(HTMLEvent(event: .end(name: string(parent.pointee.name).lowercased()), line: Int(xmlGetLineNo(parent))))
                climbing = parent
            }
        }
        return events
    }

    private static func attributes(of element: xmlNodePtr) -> [XMLAttribute] {
        var attributes: [XMLAttribute] = []
        var attribute = element.pointee.properties
        while let current = attribute {
            var value = ""
            if let content = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) {
                value = string(content)
                clibxml2_free(content)
            }
            attributes.append(XMLAttribute(name: string(current.pointee.name).lowercased(), value: value))
            attribute = current.pointee.next
        }
        return attributes
    }

    private static let initialiseOnce: Void = { xmlInitParser() }()

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return pointer.withMemoryRebound(to: CChar.self, capacity: 1) { String(cString: $0) }
    }

    /// Whether the page names its encoding: a BOM, or `charset=` in its first 4 KiB.
    private static func declaresCharset(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return true }
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        return head.contains("charset=") || head.contains("charset =")
    }
}
