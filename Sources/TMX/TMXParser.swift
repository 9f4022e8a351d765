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
    /// `true` for reading: what other tools load but TMX forbids (an `ept` before its `bpt`, a
    /// repeated `i`, HTML elements inside a segment) is repaired with a warning, not refused.
    let repairs: Bool
    private(set) var diagnostics: [Diagnostic] = []
    /// Diagnostics beyond `diagnosticLimit`, counted but not kept (flat memory on huge files).
    private(set) var droppedDiagnostics = 0
    static let diagnosticLimit = 10_000
    /// Every error and warning found, kept or not.
    private(set) var errorCount = 0
    private(set) var warningCount = 0
    /// Where the unit last returned by `nextUnit()` starts.
    var unitLocation = SourceLocation(file: "")

    init(xml: XMLPullReader, collectsFatalProblems: Bool, repairs: Bool = false) {
        self.xml = xml
        self.collectsFatalProblems = collectsFatalProblems
        self.repairs = repairs
        xml.knownNames = TMXElement.names
        xml.knownAttributeNames = TMXAttributeName.names
    }

    // MARK: - Events and problems

    /// The next node; a start tag's attributes are read from the reader while it stands on it.
    func event() throws(TMXError) -> TMXNode? {
        let kind: XMLNodeKind?
        do { kind = try xml.read() } catch { throw TMXError(error) }
        switch kind {
        case nil: return nil
        case .start:
            let element = xml.nameIndex.flatMap(TMXElement.init(rawValue:))
            return .start(TMXTag(element: element, name: element?.name ?? xml.name))
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

    /// Checks the current start tag's attributes against the TMX 1.4b attribute list of its element,
    /// and returns what the parser needs of them. Builds no `String` unless there is a problem to report.
    @discardableResult
    func checkAttributes(of tag: TMXTag) -> TagFacts {
        var facts = TagFacts()
        TMXAttributes(xml).forEach { name, attribute in
            if TMXSchema.declares(name, on: tag.element) == false {
                report(.warning, "attribute \(attribute.name)=\"\(attribute.stringValue)\" is not part of TMX 1.4b <\(tag.name)>",
                       hint: "`padan tmx convert` drops it")
            } else if let name, name.isDate, !TMXSchema.isDate(attribute.value) {
                report(.warning, "\(attribute.name)=\"\(attribute.stringValue)\" is not a TMX date",
                       hint: "TMX dates are YYYYMMDDThhmmssZ in UTC, e.g. 20240315T081500Z")
            } else if name == .segtype, !TMXSchema.segmentTypes.contains(attribute.stringValue) {
                report(.warning, "segtype=\"\(attribute.stringValue)\" is not one of block, paragraph, sentence, phrase")
            } else if name == .lang {
                report(.warning, "lang=\"\(attribute.stringValue)\" is the TMX 1.1–1.3 form",
                       hint: "TMX 1.4 writes xml:lang; `padan tmx convert` renames it")
            }
            switch name {
            case .xmlLang?, .lang?: facts.hasLanguage = true
            case .type?: facts.hasType = true
            case .i? where facts.index == nil: facts.index = attribute.stringValue
            case .pos? where facts.position == nil: facts.position = attribute.stringValue
            case .assoc? where facts.association == nil: facts.association = attribute.stringValue
            default: break
            }
        }
        return facts
    }

    /// The current start tag's attributes, checked as `checkAttributes(of:)` does, in the model's form.
    func attributes(of tag: TMXTag) -> [TMXAttribute] {
        checkAttributes(of: tag)
        return TMXAttributes(xml).all
    }

    // MARK: - Text-only elements

    /// Reads the character data of the current element up to its end, calling `onText` at each
    /// text node (read it with `text`); child elements are reported and skipped.
    func readField(of element: String, onText: () -> Void) throws(TMXError) {
        while let event = try event() {
            switch event {
            case .text: onText()
            case .end: return
            case .start(let tag):
                report(.error, "<\(tag.name)> is not allowed inside <\(element)>, which holds text only")
                try skip()
            case .comment: break
            }
        }
    }

    /// A header `<note>`.
    func note(_ tag: TMXTag) throws(TMXError) -> TMXNote {
        let attributes = attributes(of: tag)
        var text = ""
        try readField(of: "note") { text += self.text }
        return TMXNote(text, attributes: attributes)
    }

    /// A header `<prop>`.
    func property(_ tag: TMXTag) throws(TMXError) -> TMXProperty {
        checkField(tag)
        let attributes = TMXAttributes(xml).all
        var text = ""
        try readField(of: "prop") { text += self.text }
        var property = TMXProperty(type: nil, value: text)
        property.attributes = attributes
        return property
    }

    /// A `<note>` or `<prop>` of a unit or variant, reported to `sink`.
    func field<Sink: TMXBodySink>(_ tag: TMXTag, into sink: inout Sink) throws(TMXError) {
        checkField(tag)
        let isNote = tag.element == .note
        sink.startField(isNote: isNote, TMXAttributes(xml))
        try readField(of: isNote ? "note" : "prop") { sink.text(self.text) }
        sink.endField()
    }

    /// Checks a `<note>` or `<prop>` start tag: its attributes, and a prop's `type`.
    private func checkField(_ tag: TMXTag) {
        let facts = checkAttributes(of: tag)
        if tag.element == .prop, !facts.hasType {
            report(.warning, "<prop> without type", hint: "TMX 1.4b requires type=\"…\" (tool-specific types start with x-)")
        }
    }
}
