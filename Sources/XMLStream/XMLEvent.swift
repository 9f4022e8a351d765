import Foundation

/// One attribute of a start tag, in document order.
public struct XMLAttribute: Hashable, Sendable {
    /// The qualified name as written (`xml:lang`, `tuid`).
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// A start tag with its attributes.
public struct XMLStartTag: Hashable, Sendable {
    /// The qualified name as written (`tuv`, `xliff:seg`).
    public var name: String
    public var attributes: [XMLAttribute]

    public init(name: String, attributes: [XMLAttribute]) {
        self.name = name
        self.attributes = attributes
    }

    /// The value of the attribute called `name`, if present.
    public subscript(attribute name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}

/// What the pull reader hands out, one at a time. Empty elements (`<ph/>`) give a `.start`
/// followed by an `.end`, so consumers always see balanced events.
public enum XMLEvent: Hashable, Sendable {
    case start(XMLStartTag)
    case end(name: String)
    /// Character data, CDATA and white space, exactly as written (entities already decoded).
    case text(String)
    /// A comment's content.
    case comment(String)
}

/// What `XMLPullReader.read()` moved to; the node's details are asked of the reader.
public enum XMLNodeKind: Hashable, Sendable {
    /// A start tag (an empty element gives `.start` then `.end`).
    case start
    case end
    /// Character data, CDATA or white space.
    case text
    case comment
}

/// An attribute as `XMLPullReader.forEachRawAttribute` gives it: the value as UTF-8 bytes owned by
/// the reader, valid until its next `read()`.
public struct XMLRawAttribute {
    /// The position of the name in `XMLPullReader.knownAttributeNames`, or `nil` for another name.
    public let nameIndex: Int?
    /// The qualified name as written (`xml:lang`, `tuid`).
    public let name: String
    /// The value's first byte (zero-terminated), `nil` for no value.
    let start: UnsafePointer<UInt8>?

    init(nameIndex: Int?, name: String, start: UnsafePointer<UInt8>?) {
        self.nameIndex = nameIndex
        self.name = name
        self.start = start
    }

    /// The value, entities decoded, as UTF-8 bytes (no terminating zero). Measured when asked for.
    public var value: UnsafeBufferPointer<UInt8> {
        guard let start else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: start, count: strlen(UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self)))
    }

    /// The value as a `String`.
    public var stringValue: String { String(decoding: value, as: UTF8.self) }
}
