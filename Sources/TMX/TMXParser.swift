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
    /// Every error and warning found, kept or not.
    private(set) var errorCount = 0
    private(set) var warningCount = 0
    /// Where the unit last returned by `nextUnit()` starts.
    var unitLocation = SourceLocation(file: "")

    init(xml: XMLPullReader, collectsFatalProblems: Bool) {
        self.xml = xml
        self.collectsFatalProblems = collectsFatalProblems
        xml.knownNames = TMXElement.names
    }

    // MARK: - Events and problems

    /// The next node; a start tag comes with its attributes read.
    func event() throws(TMXError) -> TMXNode? {
        let kind: XMLNodeKind?
        do { kind = try xml.read() } catch { throw TMXError(error) }
        switch kind {
        case nil: return nil
        case .start:
            var attributes: [TMXAttribute] = []
            attributes.reserveCapacity(xml.attributeCount)
            xml.forEachAttribute { name, value in attributes.append(TMXAttribute(name, value)) }
            let element = xml.nameIndex.flatMap(TMXElement.init(rawValue:))
            return .start(TMXTag(element: element, name: element?.name ?? xml.name, attributes: attributes))
        case .end: return .end
        case .text: return .text
        case .comment: return .comment
        }
    }

    /// The current `.text` node's content.
    var text: String { xml.value }

    func skip() throws(TMXError) {
        do { try xml.skipElement() } catch { throw TMXError(error) }
    }

    /// Records a diagnostic at the current node.
    func report(_ severity: Diagnostic.Severity, _ message: String, hint: String? = nil) {
        record(Diagnostic(severity, at: xml.location, message, hint: hint))
    }

    /// Keeps `diagnostic`, or counts it once the limit is reached.
    func record(_ diagnostic: Diagnostic) {
        switch diagnostic.severity {
        case .error: errorCount += 1
        case .warning: warningCount += 1
        case .note: break
        }
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

    /// Reports the current `.text` node when it is character data where TMX allows only elements.
    func checkStructuralText(in element: String) {
        if !xml.valueIsWhitespace {
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
    func attributes(of tag: TMXTag) -> [TMXAttribute] {
        for attribute in tag.attributes {
            if TMXSchema.declares(attribute.name, on: tag.element) == false {
                report(.warning, "attribute \(attribute.name)=\"\(attribute.value)\" is not part of TMX 1.4b <\(tag.name)>",
                       hint: "`padan tmx convert` drops it")
            } else if attribute.name.hasSuffix("date"), TMXSchema.dateAttributes.contains(attribute.name), !TMXSchema.isDate(attribute.value) {
                report(.warning, "\(attribute.name)=\"\(attribute.value)\" is not a TMX date",
                       hint: "TMX dates are YYYYMMDDThhmmssZ in UTC, e.g. 20240315T081500Z")
            } else if attribute.name == "segtype", !TMXSchema.segmentTypes.contains(attribute.value) {
                report(.warning, "segtype=\"\(attribute.value)\" is not one of block, paragraph, sentence, phrase")
            } else if attribute.name == "lang" {
                report(.warning, "lang=\"\(attribute.value)\" is the TMX 1.1–1.3 form",
                       hint: "TMX 1.4 writes xml:lang; `padan tmx convert` renames it")
            }
        }
        return tag.attributes
    }

    // MARK: - Text-only elements

    /// The character data of the current element up to its end; child elements are reported and skipped.
    func text(of element: String) throws(TMXError) -> String {
        var text = ""
        while let event = try event() {
            switch event {
            case .text: text += self.text
            case .end: return text
            case .start(let tag):
                report(.error, "<\(tag.name)> is not allowed inside <\(element)>, which holds text only")
                try skip()
            case .comment: break
            }
        }
        return text
    }

    func note(_ tag: TMXTag) throws(TMXError) -> TMXNote {
        let attributes = attributes(of: tag)
        return TMXNote(try text(of: "note"), attributes: attributes)
    }

    func property(_ tag: TMXTag) throws(TMXError) -> TMXProperty {
        let attributes = attributes(of: tag)
        if tag[attribute: "type"] == nil {
            report(.warning, "<prop> without type", hint: "TMX 1.4b requires type=\"…\" (tool-specific types start with x-)")
        }
        var property = TMXProperty(type: nil, value: try text(of: "prop"))
        property.attributes = attributes
        return property
    }
}
