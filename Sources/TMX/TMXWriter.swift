import TextIO
import XMLStream

/// Writes a TMX 1.4b file in UTF-8, one translation unit at a time.
///
///     let writer = try TMXWriter(path: "aligned.tmx", header: .padan(toolVersion: "0.1.0"))
///     try writer.write(TranslationUnit(variants: [
///         TranslationVariant(language: "id", segment: Segment(text: "Presiden tiba di Seoul.")),
///         TranslationVariant(language: "en", segment: Segment(text: "The president arrived in Seoul.")),
///     ]))
///     try writer.finish()
///
/// The file is written to a temporary file and renamed over `path` by `finish()`; if anything
/// fails first, nothing is left behind. Units come out as the model holds them: attributes in
/// their order, then notes, properties and variants. Line breaks and indentation go between
/// structural elements only; `seg`, `note` and `prop` content is written exactly as it is.
/// The output is valid against the TMX 1.4b DTD when the model is (see `TMXNormalizer`).
///
/// Not `Sendable`: it owns a libxml2 writer.
public final class TMXWriter {
    private let xml: XMLStreamWriter
    private let name: String
    private var unitCount = 0

    /// Opens `path` (standard output for `nil` or `-`) and writes the XML declaration, the
    /// DOCTYPE, `<tmx version>`, the header and `<body>`.
    /// - Throws: `TMXError` (`.cannotWrite`) when the output cannot be created.
    public init(path: String?, header: TMXHeader) throws(TMXError) {
        name = (path == nil || path == "-") ? "<stdout>" : path!
        do {
            xml = try XMLStreamWriter(path: path)
        } catch {
            throw TMXError(error)
        }
        try perform { () throws(XMLError) in
            try xml.startDocument(rootName: "tmx", systemID: "tmx14.dtd")
            try xml.startElement("tmx")
            try xml.attribute("version", header.version ?? "1.4")
            try xml.text("\n  ")
            try xml.startElement("header")
            try writeAttributes(header.attributes)
            for note in header.notes { try writeNote(note, indent: "\n    ") }
            for property in header.properties { try writeProperty(property, indent: "\n    ") }
            for encoding in header.userDefinedEncodings {
                try xml.text("\n    ")
                try xml.startElement("ude")
                try writeAttributes(encoding.attributes)
                for map in encoding.maps {
                    try xml.text("\n      ")
                    try xml.startElement("map")
                    try writeAttributes(map)
                    try xml.endElement()
                }
                try xml.text("\n    ")
                try xml.endElement()
            }
            if !header.notes.isEmpty || !header.properties.isEmpty || !header.userDefinedEncodings.isEmpty {
                try xml.text("\n  ")
            }
            try xml.endElement()
            try xml.text("\n  ")
            try xml.startElement("body")
        }
    }

    /// Writes one `<tu>`.
    /// - Throws: `TMXError`: `.invalid` for a unit without variants or a variant without a
    ///   language (the DTD requires both), `.cannotWrite` when writing fails.
    public func write(_ unit: TranslationUnit) throws(TMXError) {
        unitCount += 1
        guard !unit.variants.isEmpty else {
            throw TMXError(.invalid, at: SourceLocation(file: name), "unit \(unitCount) has no variant; TMX needs at least one <tuv> per <tu>")
        }
        if unit.variants.contains(where: { $0.language?.isEmpty ?? true }) {
            throw TMXError(.invalid, at: SourceLocation(file: name), "unit \(unitCount) has a variant without a language; set xml:lang")
        }
        try perform { () throws(XMLError) in
            try xml.text("\n    ")
            try xml.startElement("tu")
            try writeAttributes(unit.attributes)
            for note in unit.notes { try writeNote(note, indent: "\n      ") }
            for property in unit.properties { try writeProperty(property, indent: "\n      ") }
            for variant in unit.variants {
                try xml.text("\n      ")
                try xml.startElement("tuv")
                try writeAttributes(variant.attributes)
                for note in variant.notes { try writeNote(note, indent: "\n        ") }
                for property in variant.properties { try writeProperty(property, indent: "\n        ") }
                try xml.text("\n        ")
                try xml.startElement("seg")
                try writeContent(variant.segment.content)
                try xml.endElement()
                try xml.text("\n      ")
                try xml.endElement()
            }
            try xml.text("\n    ")
            try xml.endElement()
        }
    }

    /// Closes `<body>` and `<tmx>`, flushes, and moves the file into place.
    /// - Throws: `TMXError` (`.cannotWrite`); the destination is then untouched.
    public func finish() throws(TMXError) {
        try perform { () throws(XMLError) in
            if unitCount > 0 { try xml.text("\n  ") }
            try xml.endElement()
            try xml.text("\n")
            try xml.endElement()
            try xml.text("\n")
            try xml.finish()
        }
    }

    // MARK: - Pieces

    private func perform(_ work: () throws(XMLError) -> Void) throws(TMXError) {
        do { try work() } catch { throw TMXError(error) }
    }

    private func writeAttributes(_ attributes: [TMXAttribute]) throws(XMLError) {
        for attribute in attributes { try xml.attribute(attribute.name, attribute.value) }
    }

    private func writeNote(_ note: TMXNote, indent: String) throws(XMLError) {
        try xml.text(indent)
        try xml.startElement("note")
        try writeAttributes(note.attributes)
        try xml.text(note.text)
        try xml.endElement()
    }

    private func writeProperty(_ property: TMXProperty, indent: String) throws(XMLError) {
        try xml.text(indent)
        try xml.startElement("prop")
        try writeAttributes(property.attributes)
        try xml.text(property.value)
        try xml.endElement()
    }

    private func writeContent(_ content: [InlineContent]) throws(XMLError) {
        for item in content {
            switch item {
            case .text(let text):
                try xml.text(text)
            case .tag(let tag):
                try xml.startElement(tag.kind.rawValue)
                try writeAttributes(tag.attributes)
                try writeContent(tag.content)
                try xml.endElement()
            }
        }
    }
}
