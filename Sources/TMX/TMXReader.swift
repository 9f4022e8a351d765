import Foundation
import TextIO
import XMLStream

/// Reads a TMX file one translation unit at a time, in flat memory.
///
///     let reader = try TMXReader(path: "memory.tmx")
///     print(reader.header.sourceLanguage ?? "?")
///     while let unit = try reader.next() {
///         print(unit.variant(for: "id")?.segment.plainText ?? "")
///     }
///     reader.warnings.forEach { print($0) }
///
/// Reads TMX 1.4b and the TMX 1.1–1.3 forms (`lang` for `xml:lang`), in UTF-8, UTF-16 with a BOM,
/// or any encoding the XML declaration names that libxml2 knows. Deviations real exports have
/// (no `version`, no header, a `prop` without `type`, …) are read and listed in `warnings`, and
/// so are the repairs of what other tools load but TMX forbids (`padan tmx validate` still calls
/// them errors): an `ept` before its `bpt` becomes `<it pos="end">` and a `bpt` left open
/// `<it pos="begin">`, a pair repeating an `i` gets a new one, an element TMX does not know
/// inside a segment (`<span>`) becomes `<ph>`s holding its markup, and an HTML named entity
/// (`&Uuml;`) its character. A unit the model cannot hold (a `tuv` without a language, a TMX
/// element out of place) is an error. No network, no DTD, no entity expansion.
///
/// Not `Sendable`: it owns a libxml2 reader.
///
/// - Complexity: O(n) in the file's size; memory O(1) beyond the current unit (and at most
///   `10_000` kept diagnostics).
public final class TMXReader {
    private let parser: TMXParser
    private var finished: Bool
    private var builder = TMXUnitBuilder()

    /// The header and the `<tmx version>`, read when the reader opens.
    public let header: TMXHeader

    /// Opens `path` ("-" for standard input) and reads through `<header>`.
    /// - Parameters:
    ///   - path: the TMX file.
    ///   - fileName: the name used in messages; defaults to `path`.
    /// - Throws: `TMXError`: `.cannotOpen` when the file cannot be opened, `.malformed`, `.unsafe`
    ///   or `.notTMX` when what starts the file is not TMX.
    public convenience init(path: String, fileName: String? = nil) throws(TMXError) {
        try self.init(path: path, fileName: fileName, collectingProblems: false)
    }

    /// Reads a TMX document held in memory (tests, pasted snippets).
    public convenience init(bytes: [UInt8], fileName: String) throws(TMXError) {
        let xml: XMLPullReader
        do { xml = try XMLPullReader(bytes: bytes, fileName: fileName, readingHTMLEntities: true) } catch { throw TMXError(error) }
        try self.init(parser: TMXParser(xml: xml, collectsFatalProblems: false, repairs: true))
    }

    convenience init(path: String, fileName: String?, collectingProblems: Bool) throws(TMXError) {
        let name = fileName ?? (path == "-" ? TextInput.standardInputName : path)
        if path != "-" {
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                throw TMXError(.cannotOpen, at: SourceLocation(file: name), "no such file; check the path")
            }
            if isDirectory.boolValue {
                throw TMXError(.cannotOpen, at: SourceLocation(file: name), "is a directory, not a TMX file")
            }
        }
        let xml: XMLPullReader
        // `validate` (collecting problems) reports what reading repairs as errors; HTML entities
        // are read as characters there too, so that the problems after them are found as well.
        do { xml = try XMLPullReader(path: path, fileName: name, readingHTMLEntities: true) } catch { throw TMXError(error) }
        try self.init(parser: TMXParser(xml: xml, collectsFatalProblems: collectingProblems, repairs: !collectingProblems))
    }

    private init(parser: TMXParser) throws(TMXError) {
        self.parser = parser
        let start = try parser.documentStart()
        header = start.header
        finished = !start.hasBody
        if finished { try parser.readToEnd() }
    }

    /// The next translation unit, or `nil` at the end of the body.
    /// - Throws: `TMXError` for malformed XML (a truncated file: `.malformed`) or a unit the model
    ///   cannot hold (`.invalid`); the reader cannot go on after an error.
    public func next() throws(TMXError) -> TranslationUnit? {
        try next(into: &builder) ? builder.unit : nil
    }

    /// Reports the next translation unit to `sink` instead of building it; `false` at the end of
    /// the body. Checks, warnings and errors are those of `next()`.
    func next<Sink: TMXBodySink>(into sink: inout Sink) throws(TMXError) -> Bool {
        guard !finished else { return false }
        do {
            if try parser.nextUnit(into: &sink) { return true }
        } catch {
            finished = true
            throw error
        }
        finished = true
        return false
    }

    /// Deviations read anyway, in file order: warnings (no `version`, no header, `prop` without
    /// `type`, TMX 1.1 `lang=`, …) and errors the model survives (a `bpt` without its `ept`, a
    /// `tu` without `tuv`). At most 10,000 are kept; `droppedWarningCount` counts the rest.
    /// HTML entities read as characters are among them, at their places (errors for `validate`).
    public var warnings: [Diagnostic] {
        let entities = parser.xml.htmlEntityRepairs.map { repair in
            parser.repairs
                ? Diagnostic(.warning, at: repair.location, "&\(repair.name); is an HTML entity the file does not declare; read as “\(repair.character)”",
                             hint: "`padan tmx validate` reports it as an error; TMX writes the character itself")
                : Diagnostic(.error, at: repair.location, "&\(repair.name); is an HTML entity, which XML does not know and the file does not declare",
                             hint: "write “\(repair.character)” itself; `padan tmx convert` does")
        }
        guard !entities.isEmpty else { return parser.diagnostics }
        return (parser.diagnostics + entities).enumerated().sorted { left, right in
            (left.element.location.line ?? 0, left.offset) < (right.element.location.line ?? 0, right.offset)
        }.map(\.element)
    }

    /// Diagnostics beyond the 10,000 kept in `warnings`.
    public var droppedWarningCount: Int { parser.droppedDiagnostics + parser.xml.droppedHTMLEntityRepairs }

    /// Every error and warning found so far, including those beyond the kept 10,000.
    var errorCount: Int { parser.errorCount + (parser.repairs ? 0 : entityRepairCount) }
    var warningCount: Int { parser.warningCount + (parser.repairs ? entityRepairCount : 0) }
    private var entityRepairCount: Int { parser.xml.htmlEntityRepairs.count + parser.xml.droppedHTMLEntityRepairs }

    /// Where the unit last returned by `next()` starts (file and line of its `<tu>`).
    public var unitLocation: SourceLocation { parser.unitLocation }

    /// Bytes of the file read so far, for progress (libxml2 reads a little ahead).
    public var bytesRead: Int { parser.xml.bytesConsumed }
}
