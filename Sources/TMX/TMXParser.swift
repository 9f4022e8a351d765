import TextIO
import XMLStream

/// The element-by-element TMX parser under `TMXReader` and `TMXValidator`.
///
/// Problems come in three grades: warnings (deviations real exports have, read anyway), errors
/// the model survives (recorded, reading goes on), and fatal errors that leave a unit unusable
/// (thrown, unless the parser collects every problem for `validate`).
final class TMXParser {
    let xml: XMLPullReader
    /// `true` for `validate`: fatal problems are recorded and the offending element skipped.
    let collectsFatalProblems: Bool
    private(set) var diagnostics: [Diagnostic] = []
    /// Diagnostics beyond `diagnosticLimit`, counted but not kept (flat memory on huge files).
    private(set) var droppedDiagnostics = 0
    static let diagnosticLimit = 10_000

    init(xml: XMLPullReader, collectsFatalProblems: Bool) {
        self.xml = xml
        self.collectsFatalProblems = collectsFatalProblems
    }

    // MARK: - Events and problems

    func event() throws(TMXError) -> XMLEvent? {
        do { return try xml.next() } catch { throw TMXError(error) }
    }

    func skip() throws(TMXError) {
        do { try xml.skipElement() } catch { throw TMXError(error) }
    }

    /// Records a diagnostic at the current node.
    func report(_ severity: Diagnostic.Severity, _ message: String, hint: String? = nil) {
        record(Diagnostic(severity, at: xml.location, message, hint: hint))
    }

    /// Keeps `diagnostic`, or counts it once the limit is reached.
    func record(_ diagnostic: Diagnostic) {
        guard diagnostics.count < TMXParser.diagnosticLimit else {
            droppedDiagnostics += 1
            return
        }
        diagnostics.append(diagnostic)
    }

    /// A problem that leaves the data unusable: thrown, or recorded when collecting.
    func fatal(_ message: String, hint: String) throws(TMXError) {
        if collectsFatalProblems {
            report(.error, message, hint: hint)
        } else {
            throw TMXError(.invalid, at: xml.location, "\(message); \(hint)")
        }
    }

    static func isWhitespace(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
    }

    /// Reports character data where TMX allows only elements.
    func checkStructuralText(_ text: String, in element: String) {
        if !TMXParser.isWhitespace(text) {
            report(.error, "text is not allowed directly inside <\(element)>", hint: "put it in a <seg>, <note> or <prop>")
        }
    }

    /// Skips an element TMX does not allow here, with a warning.
    func skipUnexpected(_ name: String, in parent: String) throws(TMXError) {
        report(.warning, "<\(name)> is not a TMX element allowed in <\(parent)>; skipped", hint: "tool-specific data belongs in <prop type=\"x-…\">")
        try skip()
    }

    // MARK: - Attributes

    /// The tag's attributes, checked against the TMX 1.4b attribute list of `element`.
    func attributes(of tag: XMLStartTag) -> [TMXAttribute] {
        var result: [TMXAttribute] = []
        result.reserveCapacity(tag.attributes.count)
        let allowed = TMXSchema.attributes[tag.name]
        for attribute in tag.attributes {
            result.append(TMXAttribute(attribute.name, attribute.value))
            if let allowed, !allowed.contains(attribute.name) {
                report(.warning, "attribute \(attribute.name)=\"\(attribute.value)\" is not part of TMX 1.4b <\(tag.name)>",
                       hint: "`padan tmx convert` drops it")
            } else if TMXSchema.dateAttributes.contains(attribute.name), !TMXSchema.isDate(attribute.value) {
                report(.warning, "\(attribute.name)=\"\(attribute.value)\" is not a TMX date",
                       hint: "TMX dates are YYYYMMDDThhmmssZ in UTC, e.g. 20240315T081500Z")
            } else if attribute.name == "segtype", !TMXSchema.segmentTypes.contains(attribute.value) {
                report(.warning, "segtype=\"\(attribute.value)\" is not one of block, paragraph, sentence, phrase")
            } else if attribute.name == "lang" {
                report(.warning, "lang=\"\(attribute.value)\" is the TMX 1.1–1.3 form",
                       hint: "TMX 1.4 writes xml:lang; `padan tmx convert` renames it")
            }
        }
        return result
    }

    // MARK: - Text-only elements

    /// The character data of the current element up to its end; child elements are reported and skipped.
    func text(of element: String) throws(TMXError) -> String {
        var text = ""
        while let event = try event() {
            switch event {
            case .text(let chunk): text += chunk
            case .end: return text
            case .start(let tag):
                report(.error, "<\(tag.name)> is not allowed inside <\(element)>, which holds text only")
                try skip()
            case .comment: break
            }
        }
        return text
    }

    func note(_ tag: XMLStartTag) throws(TMXError) -> TMXNote {
        let attributes = attributes(of: tag)
        return TMXNote(try text(of: "note"), attributes: attributes)
    }

    func property(_ tag: XMLStartTag) throws(TMXError) -> TMXProperty {
        let attributes = attributes(of: tag)
        if tag[attribute: "type"] == nil {
            report(.warning, "<prop> without type", hint: "TMX 1.4b requires type=\"…\" (tool-specific types start with x-)")
        }
        var property = TMXProperty(type: nil, value: try text(of: "prop"))
        property.attributes = attributes
        return property
    }
}
