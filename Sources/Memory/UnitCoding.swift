import TMX

/// A compact, versioned binary form of a `TranslationUnit`: every attribute, prop, note and
/// inline tag, in order, so that export gives back what was imported.
///
///     let bytes = UnitCoding.encode(unit)
///     try UnitCoding.decode(bytes) == unit   // true
///
/// Layout: a format byte (1), then the unit as length-prefixed lists of UTF-8 strings with
/// LEB128 varint lengths. Smaller and several times faster than JSON, which matters at a million units.
enum UnitCoding {
    static let format: UInt8 = 1

    struct DecodingError: Error {}

    static func encode(_ unit: TranslationUnit) -> [UInt8] {
        var writer = ByteWriter()
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

    static func decode(_ bytes: [UInt8]) throws(DecodingError) -> TranslationUnit {
        var reader = ByteReader(bytes: bytes)
        guard try reader.byte() == format else { throw DecodingError() }
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
}

struct ByteWriter {
    var bytes: [UInt8] = []

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
                bytes.append(0xFF)
                string(text)
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
            if marker == 0xFF {
                result.append(.text(try string()))
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
