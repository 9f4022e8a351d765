import TMX

/// A compact, versioned binary form of a `TranslationUnit`: every attribute, prop, note and
/// inline tag, in order, so that export gives back what was imported.
///
///     let bytes = UnitCoding.encode(unit, texts: (source: "Presiden tiba.", target: "The president arrived."))
///     try UnitCoding.decode(bytes, texts: (source: "Presiden tiba.", target: "The president arrived.")) == unit   // true
///
/// Layout: a format byte, then the unit as length-prefixed lists of UTF-8 strings with LEB128
/// varint lengths. Smaller and several times faster than JSON, which matters at a million units.
///
/// - Format 1 holds every text run itself.
/// - Format 2 (written since issue 16) writes a text run equal to the row's `source_text` or
///   `target_text` column as one byte naming that column: a plain segment is then stored once,
///   not twice (about 40 % of a wire unit's row). Decoding it needs the two columns (`texts`).
enum UnitCoding {
    static let format: UInt8 = 2

    /// The row's plain texts, which format 2 refers to.
    typealias Texts = (source: String, target: String)

    struct DecodingError: Error {}

    static func encode(_ unit: TranslationUnit, texts: Texts) -> [UInt8] {
        var writer = ByteWriter(texts: texts)
        // One allocation for most units (a plain pair takes about 40 bytes).
        writer.bytes.reserveCapacity(128)
        writer.bytes.append(format)
        writer.attributes(unit.attributes)
        writer.notes(unit.notes)
        writer.properties(unit.properties)
        writer.varint(unit.variants.count)
        for variant in unit.variants {
            writer.attributes(variant.attributes)
            writer.notes(variant.notes)
            writer.properties(variant.properties)
            writer.content(variant.segment.content)
        }
        return writer.bytes
    }

    /// Decodes either format; `texts` are the row's columns (read only by format 2).
    static func decode(_ bytes: [UInt8], texts: Texts) throws(DecodingError) -> TranslationUnit {
        var reader = ByteReader(bytes: bytes)
        let format = try reader.byte()
        guard format == 1 || format == 2 else { throw DecodingError() }
        if format == 2 { reader.texts = texts }
        var unit = TranslationUnit(attributes: try reader.attributes(), notes: try reader.notes(),
                                   properties: try reader.properties(), variants: [])
        for _ in 0..<(try reader.varint()) {
            var variant = TranslationVariant(language: "", segment: Segment([]))
            variant.attributes = try reader.attributes()
            variant.notes = try reader.notes()
            variant.properties = try reader.properties()
            variant.segment = Segment(try reader.content())
            unit.variants.append(variant)
        }
        return unit
    }

    /// Content markers (below them, an inline tag's kind).
    static let textMarker: UInt8 = 0xFF
    static let sourceTextMarker: UInt8 = 0xFE
    static let targetTextMarker: UInt8 = 0xFD
}

struct ByteWriter {
    var bytes: [UInt8] = []
    /// The texts a text run may refer to instead of holding them (`UnitCoding` format 2); none by default.
    var texts: UnitCoding.Texts?

    mutating func varint(_ value: Int) {
        var rest = UInt64(value)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func string(_ value: String) {
        varint(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func attributes(_ attributes: [TMXAttribute]) {
        varint(attributes.count)
        for attribute in attributes {
            string(attribute.name)
            string(attribute.value)
        }
    }

    mutating func notes(_ notes: [TMXNote]) {
        varint(notes.count)
        for note in notes {
            attributes(note.attributes)
            string(note.text)
        }
    }

    mutating func properties(_ properties: [TMXProperty]) {
        varint(properties.count)
        for property in properties {
            attributes(property.attributes)
            string(property.value)
        }
    }

    mutating func content(_ content: [InlineContent]) {
        varint(content.count)
        for item in content {
            switch item {
            case .text(let text):
                if let texts, !text.isEmpty, text == texts.source {
                    bytes.append(UnitCoding.sourceTextMarker)
                } else if let texts, !text.isEmpty, text == texts.target {
                    bytes.append(UnitCoding.targetTextMarker)
                } else {
                    bytes.append(UnitCoding.textMarker)
                    string(text)
                }
            case .tag(let tag):
                bytes.append(UInt8(InlineTagKind.allCases.firstIndex(of: tag.kind)!))
                attributes(tag.attributes)
                self.content(tag.content)
            }
        }
    }
}

struct ByteReader {
    let bytes: [UInt8]
    var offset = 0
    /// What format 2's text references stand for; `nil` where none may occur.
    var texts: UnitCoding.Texts?

    mutating func byte() throws(UnitCoding.DecodingError) -> UInt8 {
        guard offset < bytes.count else { throw UnitCoding.DecodingError() }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func varint() throws(UnitCoding.DecodingError) -> Int {
        var value: UInt64 = 0, shift: UInt64 = 0
        while true {
            let next = try byte()
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return Int(value) }
            shift += 7
            guard shift < 64 else { throw UnitCoding.DecodingError() }
        }
    }

    mutating func string() throws(UnitCoding.DecodingError) -> String {
        let length = try varint()
        guard length <= bytes.count - offset else { throw UnitCoding.DecodingError() }
        defer { offset += length }
        return String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
    }

    mutating func attributes() throws(UnitCoding.DecodingError) -> [TMXAttribute] {
        var result: [TMXAttribute] = []
        for _ in 0..<(try varint()) { result.append(TMXAttribute(try string(), try string())) }
        return result
    }

    mutating func notes() throws(UnitCoding.DecodingError) -> [TMXNote] {
        var result: [TMXNote] = []
        for _ in 0..<(try varint()) {
            let attributes = try attributes()
            result.append(TMXNote(try string(), attributes: attributes))
        }
        return result
    }

    mutating func properties() throws(UnitCoding.DecodingError) -> [TMXProperty] {
        var result: [TMXProperty] = []
        for _ in 0..<(try varint()) {
            var property = TMXProperty(type: nil, value: "")
            property.attributes = try attributes()
            property.value = try string()
            result.append(property)
        }
        return result
    }

    mutating func content() throws(UnitCoding.DecodingError) -> [InlineContent] {
        var result: [InlineContent] = []
        for _ in 0..<(try varint()) {
            let marker = try byte()
            if marker == UnitCoding.textMarker {
                result.append(.text(try string()))
            } else if marker == UnitCoding.sourceTextMarker || marker == UnitCoding.targetTextMarker {
                guard let texts else { throw UnitCoding.DecodingError() }
                result.append(.text(marker == UnitCoding.sourceTextMarker ? texts.source : texts.target))
            } else {
                guard Int(marker) < InlineTagKind.allCases.count else { throw UnitCoding.DecodingError() }
                let kind = InlineTagKind.allCases[Int(marker)]
                let attributes = try attributes()
                result.append(.tag(InlineTag(kind, attributes: attributes, content: try content())))
            }
        }
        return result
    }
}
