import FuzzSupport
import XMLStream

/// Bytes → XML events or an error; start and end events always balance, and a document that
/// reads writes back (through `XMLStreamWriter`) to the same events.
@_cdecl("LLVMFuzzerTestOneInput")
public func xmlPullFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    guard let events = readEvents(bytes: input.bytes, name: "fuzz.xml") else { return 0 }
    guard case .start(let root)? = events.first(where: { if case .start = $0 { true } else { false } }) else { return 0 }
    let written = ScratchDirectory.shared.path("-written.xml")
    do {
        let writer = try XMLStreamWriter(path: written)
        try writer.startDocument()
        for event in events.drop(while: { $0 != .start(root) }) {
            switch event {
            case .start(let tag):
                try writer.startElement(tag.name)
                for attribute in tag.attributes { try writer.attribute(attribute.name, attribute.value) }
            case .end: try writer.endElement()
            case .text(let text): try writer.text(text)
            case .comment(let text): try writer.comment(text)
            }
        }
        try writer.finish()
    } catch {
        return 0
    }
    let reread = FuzzInput.file(written).flatMap { readEvents(bytes: $0, name: written) }
    require(reread != nil, "what the writer wrote does not read back")
    let inRoot = Array(events.drop(while: { $0 != .start(root) }))
    require(structure(reread ?? []) == structure(inRoot), "events differ after writing and reading back")
    return 0
}

/// Element names and attributes in order, and the text between them joined: what must survive.
private func structure(_ events: [XMLEvent]) -> [String] {
    var shape: [String] = []
    var depth = 0
    for event in events {
        switch event {
        case .start(let tag):
            depth += 1
            shape.append("<\(tag.name) \(tag.attributes.map { "\($0.name)=\($0.value)" })")
        case .end(let name):
            depth -= 1
            shape.append("</\(name)")
        case .text(let text):
            if depth > 0 {
                if let last = shape.last, last.hasPrefix("#") { shape[shape.count - 1] += text } else { shape.append("#" + text) }
            }
        case .comment:
            continue
        }
        if depth == 0 { break }
    }
    return shape
}

private func readEvents(bytes: [UInt8], name: String) -> [XMLEvent]? {
    var events: [XMLEvent] = []
    var depth = 0
    do {
        let reader = try XMLPullReader(bytes: bytes, fileName: name)
        while let event = try reader.next() {
            switch event {
            case .start: depth += 1
            case .end: depth -= 1
            default: break
            }
            require(depth >= 0, "more end events than start events")
            events.append(event)
        }
    } catch {
        require(!error.message.isEmpty, "an error without a message")
        return nil
    }
    require(depth == 0, "a document that read to its end left \(depth) elements open")
    return events
}
