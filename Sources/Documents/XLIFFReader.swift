import Foundation
import TMX
import TextIO
import XMLStream

/// Reads a bilingual XLIFF 1.2 or 2.0 file (OmegaT, Trados `sdlxliff`, memoQ `mqxliff`, Phrase,
/// Padan's own `suggest --xliff`) as translation units for the memory, one at a time.
///
///     let reader = try XLIFFReader(path: "berita.xlf")
///     while let unit = try reader.next() { … }
///     print(reader.untranslated, "untranslated segments skipped")
///
/// One unit per segment: a 1.2 `trans-unit` (or each `mrk mtype="seg"` of its `seg-source`, as
/// Trados writes), a 2.0 `segment`. Each unit keeps its source and target with their inline
/// codes (see `XLIFFInlineBuilder`), its notes, and as props the XLIFF ids (`x-xliff-id`),
/// the file's `original` (`x-xliff-original`), the state (`x-xliff-state`, with
/// `x-xliff-state-qualifier`, `x-xliff-substate`) and the tool's own status where it keeps one
/// (`x-memoq-status`, `x-phrase-confirmed`, `x-sdl-conf`). Segments without a translation are
/// skipped and counted: no target, an empty target, or state `new`/`needs-translation` (1.2),
/// `initial` (2.0), memoQ's `NotStarted`; so are units marked `translate="no"`. `alt-trans`
/// (suggestions, not translations) and Padan's own notes (`from="padan"`) are left out.
///
/// Not `Sendable`: it owns a libxml2 reader. No network, no DTD, no entity expansion.
/// - Complexity: O(n) in the file's size; memory O(1) beyond the current unit.
public final class XLIFFReader {
    /// The XLIFF version the root names: `1.2` (also 1.0, 1.1) or `2.0` (also 2.1).
    public private(set) var version = ""
    /// Segments skipped because they have no translation yet (or are not to be translated).
    public private(set) var untranslated = 0

    private let xml: XMLPullReader
    private var pending: [TranslationUnit] = []
    private var finished = false
    private var inline = XLIFFInlineBuilder()
    /// The current file's languages and `original`.
    private var sourceLanguage: String?, targetLanguage: String?, original: String?
    private var isVersion2 = false
    /// Trados's marked segments (`mrk mtype="seg"`) met while reading the current content, by `mid`.
    private var markedSegments: [(id: String, content: [InlineContent])] = []

    /// Opens `path` and reads up to the first unit.
    /// - Throws: `XMLError`: `.cannotOpen` for a missing file, `.invalid` when the root is not
    ///   `<xliff>` or names a version Padan does not read.
    public init(path: String) throws(XMLError) {
        if !FileManager.default.fileExists(atPath: path) {
            throw XMLError(.cannotOpen, at: SourceLocation(file: path), "no such file; check the path")
        }
        xml = try XMLPullReader(path: path)
        try readRoot()
    }

    /// Reads an XLIFF document held in memory.
    public init(bytes: [UInt8], fileName: String) throws(XMLError) {
        xml = try XMLPullReader(bytes: bytes, fileName: fileName)
        try readRoot()
    }

    /// The next translated segment as a unit, or `nil` at the end of the file.
    /// - Throws: `XMLError` for XML that is not well-formed or an XLIFF structure Padan cannot read
    ///   (a file without languages, a segment without source), with the line.
    public func next() throws(XMLError) -> TranslationUnit? {
        while pending.isEmpty {
            guard !finished, let event = try xml.next() else {
                finished = true
                return nil
            }
            guard case .start(let tag) = event else { continue }
            switch localName(tag.name) {
            case "file": try startFile(tag)
            case "trans-unit" where !isVersion2: try readTransUnit(tag)
            case "unit" where isVersion2: try readUnit(tag)
            default: break
            }
        }
        return pending.removeFirst()
    }

    // MARK: - Root and file

    private func readRoot() throws(XMLError) {
        while let event = try xml.next() {
            guard case .start(let tag) = event else { continue }
            guard localName(tag.name) == "xliff" else {
                throw XMLError(.invalid, at: xml.location, "the root element is <\(tag.name)>, not <xliff>: this is not an XLIFF file")
            }
            version = tag[attribute: "version"] ?? ""
            switch version {
            case "1.0", "1.1", "1.2": isVersion2 = false
            case "2.0", "2.1", "2.2":
                isVersion2 = true
                sourceLanguage = tag[attribute: "srcLang"]
                targetLanguage = tag[attribute: "trgLang"]
            default:
                throw XMLError(.invalid, at: xml.location,
                               "XLIFF version \"\(version)\" is not one Padan reads (1.2 or 2.0); export the file as XLIFF 1.2 or 2.0")
            }
            return
        }
        throw XMLError(.invalid, at: xml.location, "the file has no <xliff> element")
    }

    private func startFile(_ tag: XMLStartTag) throws(XMLError) {
        original = tag[attribute: "original"]
        if !isVersion2 {
            sourceLanguage = tag[attribute: "source-language"]
            targetLanguage = tag[attribute: "target-language"]
        }
        guard sourceLanguage?.isEmpty == false else {
            throw XMLError(.invalid, at: xml.location,
                           "no source language (\(isVersion2 ? "srcLang on <xliff>" : "source-language on <file>")); add it, e.g. \"id\"")
        }
    }

    // MARK: - XLIFF 1.2

    private func readTransUnit(_ tag: XMLStartTag) throws(XMLError) {
        let line = xml.line
        let id = tag[attribute: "id"]
        if tag[attribute: "translate"] == "no" {
            try xml.skipElement()
            untranslated += 1
            return
        }
        var source: [InlineContent]?, target: [InlineContent]?, targetState: String?, qualifier: String?
        var targetLanguage = self.targetLanguage
        var segmentedSource: [(id: String, content: [InlineContent])] = []
        var segmentedTarget: [String: [InlineContent]] = [:]
        var notes: [TMXNote] = []
        var sdlConfidence: [String: String] = [:]
        while let event = try xml.next() {
            switch event {
            case .end: return try finishTransUnit(tag, id: id, line: line, source: source, target: target, state: targetState,
                                                 qualifier: qualifier, targetLanguage: targetLanguage, segmented: segmentedSource,
                                                 segmentedTarget: segmentedTarget, notes: notes, sdlConfidence: sdlConfidence)
            case .start(let child):
                switch localName(child.name) {
                case "source": source = try readContent()
                case "seg-source":
                    markedSegments = []
                    _ = try readContent()
                    segmentedSource = markedSegments
                case "target":
                    targetState = child[attribute: "state"]
                    qualifier = child[attribute: "state-qualifier"]
                    if let language = child[attribute: "xml:lang"], !language.isEmpty { targetLanguage = language }
                    markedSegments = []
                    target = try readContent()
                    for segment in markedSegments { segmentedTarget[segment.id] = segment.content }
                case "note":
                    let from = child[attribute: "from"]
                    let text = try xml.readText()
                    if from != "padan", !text.isEmpty { notes.append(TMXNote(text)) }
                case "seg-defs": try readSDLSegmentDefinitions(into: &sdlConfidence)
                default: try xml.skipElement()
                }
            default: break
            }
        }
    }

    private func finishTransUnit(_ tag: XMLStartTag, id: String?, line: Int, source: [InlineContent]?, target: [InlineContent]?,
                                 state: String?, qualifier: String?, targetLanguage: String?,
                                 segmented: [(id: String, content: [InlineContent])], segmentedTarget: [String: [InlineContent]],
                                 notes: [TMXNote], sdlConfidence: [String: String]) throws(XMLError) {
        guard let source else {
            throw XMLError(.invalid, at: SourceLocation(file: xml.fileName, line: line), "<trans-unit\(id.map { " id=\"\($0)\"" } ?? "")> has no <source>")
        }
        var toolProperties: [TMXProperty] = []
        if let status = attribute(tag, "status") { toolProperties.append(TMXProperty(type: "x-memoq-status", value: status)) }
        if let confirmed = attribute(tag, "confirmed") { toolProperties.append(TMXProperty(type: "x-phrase-confirmed", value: confirmed)) }
        let notStarted = attribute(tag, "status") == "NotStarted"
        if !segmented.isEmpty {
            // Trados: one unit per marked segment of seg-source, its target the same mid in <target>.
            for segment in segmented {
                var properties = toolProperties
                if let confidence = sdlConfidence[segment.id] { properties.append(TMXProperty(type: "x-sdl-conf", value: confidence)) }
                add(source: segment.content, target: segmentedTarget[segment.id], ids: [id, segment.id], state: state,
                    qualifier: qualifier, targetLanguage: targetLanguage, notes: notes, extra: properties,
                    skip: notStarted || Self.untranslatedStates.contains(state ?? ""), line: line)
            }
            return
        }
        add(source: source, target: target, ids: [id], state: state, qualifier: qualifier, targetLanguage: targetLanguage,
            notes: notes, extra: toolProperties, skip: notStarted || Self.untranslatedStates.contains(state ?? ""), line: line)
    }

    /// 1.2 target states and the 2.0 segment state that mean "no translation yet".
    private static let untranslatedStates: Set<String> = ["new", "needs-translation", "initial"]

    /// Trados's `sdl:seg-defs`: each segment's confirmation level (`conf`) by `id`.
    private func readSDLSegmentDefinitions(into confidence: inout [String: String]) throws(XMLError) {
        var depth = 1
        while depth > 0, let event = try xml.next() {
            switch event {
            case .start(let tag):
                depth += 1
                if localName(tag.name) == "seg", let id = tag[attribute: "id"], let conf = tag[attribute: "conf"] { confidence[id] = conf }
            case .end: depth -= 1
            default: break
            }
        }
    }

    // MARK: - XLIFF 2.0

    private func readUnit(_ tag: XMLStartTag) throws(XMLError) {
        let id = tag[attribute: "id"]
        if tag[attribute: "translate"] == "no" {
            try xml.skipElement()
            untranslated += 1
            return
        }
        inline.originalData = [:]
        var notes: [TMXNote] = []
        while let event = try xml.next() {
            switch event {
            case .end: return
            case .start(let child):
                switch localName(child.name) {
                case "notes": notes = try readNotes()
                case "originalData": try readOriginalData()
                case "segment": try readSegment(child, unitID: id, notes: notes)
                default: try xml.skipElement()
                }
            default: break
            }
        }
    }

    private func readNotes() throws(XMLError) -> [TMXNote] {
        var notes: [TMXNote] = []
        while let event = try xml.next() {
            switch event {
            case .end: return notes
            case .start(let tag):
                let text = try xml.readText()
                if localName(tag.name) == "note", !text.isEmpty, tag[attribute: "category"] != "padan" { notes.append(TMXNote(text)) }
            default: break
            }
        }
        return notes
    }

    private func readOriginalData() throws(XMLError) {
        while let event = try xml.next() {
            switch event {
            case .end: return
            case .start(let tag):
                let id = tag[attribute: "id"]
                let text = try readNativeText()
                if let id { inline.originalData[id] = text }
            default: break
            }
        }
    }

    /// The text of a `data` element, `cp` characters included.
    private func readNativeText() throws(XMLError) -> String {
        var text = ""
        var depth = 1
        while depth > 0, let event = try xml.next() {
            switch event {
            case .start(let tag):
                depth += 1
                if localName(tag.name) == "cp", let scalar = tag[attribute: "hex"].flatMap({ UInt32($0, radix: 16) }).flatMap(Unicode.Scalar.init) {
                    text.unicodeScalars.append(scalar)
                }
            case .end: depth -= 1
            case .text(let content): text += content
            case .comment: break
            }
        }
        return text
    }

    private func readSegment(_ tag: XMLStartTag, unitID: String?, notes: [TMXNote]) throws(XMLError) {
        let line = xml.line
        var source: [InlineContent]?, target: [InlineContent]?
        while let event = try xml.next() {
            switch event {
            case .end:
                guard let source else {
                    throw XMLError(.invalid, at: SourceLocation(file: xml.fileName, line: line), "<segment> has no <source>")
                }
                let state = tag[attribute: "state"]
                var extra: [TMXProperty] = []
                if let subState = tag[attribute: "subState"] { extra.append(TMXProperty(type: "x-xliff-substate", value: subState)) }
                add(source: source, target: target, ids: [unitID, tag[attribute: "id"]], state: state, qualifier: nil,
                    targetLanguage: targetLanguage, notes: notes, extra: extra,
                    skip: Self.untranslatedStates.contains(state ?? ""), line: line)
                return
            case .start(let child):
                switch localName(child.name) {
                case "source": source = try readContent()
                case "target": target = try readContent()
                default: try xml.skipElement()
                }
            default: break
            }
        }
    }

    // MARK: - Units

    private func add(source: [InlineContent], target: [InlineContent]?, ids: [String?], state: String?, qualifier: String?,
                     targetLanguage: String?, notes: [TMXNote], extra: [TMXProperty], skip: Bool, line: Int) {
        guard !skip, let target, !Segment(target).plainText.allSatisfy(\.isWhitespace) || Segment(target).inlineTagCount > 0,
              let sourceLanguage, let targetLanguage, !targetLanguage.isEmpty else {
            untranslated += 1
            return
        }
        var properties: [TMXProperty] = []
        let id = ids.compactMap { $0 }.joined(separator: "/")
        if !id.isEmpty { properties.append(TMXProperty(type: "x-xliff-id", value: id)) }
        if let original { properties.append(TMXProperty(type: "x-xliff-original", value: original)) }
        if let state { properties.append(TMXProperty(type: "x-xliff-state", value: state)) }
        if let qualifier { properties.append(TMXProperty(type: "x-xliff-state-qualifier", value: qualifier)) }
        pending.append(TranslationUnit(attributes: [TMXAttribute("srclang", sourceLanguage)], notes: notes,
                                       properties: properties + extra,
                                       variants: [TranslationVariant(language: sourceLanguage, segment: Segment(source)),
                                                  TranslationVariant(language: targetLanguage, segment: Segment(target))]))
    }

    /// A tool-namespace attribute (`mq:status`, `m:confirmed`) by its local name.
    private func attribute(_ tag: XMLStartTag, _ name: String) -> String? {
        tag.attributes.first { $0.name.hasSuffix(":" + name) }?.value
    }

    // MARK: - Inline content

    /// The content of the element just started (`source`, `target`, `seg-source`) up to its end,
    /// as TMX inline content. A 1.2 `mrk mtype="seg"` (Trados) is a segment: its content goes to
    /// `markedSegments` by `mid`, and to the result as well.
    private func readContent() throws(XMLError) -> [InlineContent] {
        inline.finish(try readInline())
    }

    /// Reads inline content until the element open at the start ends.
    private func readInline() throws(XMLError) -> [InlineContent] {
        try readText { tag throws(XMLError) in try inlineElement(tag) }
    }

    /// The text up to the end of the element open at the start, merged into runs, with each child
    /// element read by `element`.
    private func readText(element: (XMLStartTag) throws(XMLError) -> [InlineContent]) throws(XMLError) -> [InlineContent] {
        var items: [InlineContent] = []
        while let event = try xml.next() {
            switch event {
            case .end: return items
            case .text(let text): append(text, to: &items)
            case .comment: break
            case .start(let tag): items += try element(tag)
            }
        }
        return items
    }

    private func append(_ text: String, to items: inout [InlineContent]) {
        if case .text(let previous)? = items.last {
            items[items.count - 1] = .text(previous + text)
        } else if !text.isEmpty {
            items.append(.text(text))
        }
    }

    private func inlineElement(_ tag: XMLStartTag) throws(XMLError) -> [InlineContent] {
        let id = tag[attribute: "id"]
        switch localName(tag.name) {
        case "g", "pc":
            let key = inline.freshKey()
            let type = tag[attribute: "ctype"] ?? tag[attribute: "type"]
            let begin = inline.begin(key: key, id: id, type: type, native: tag[attribute: "dataRefStart"].flatMap { inline.originalData[$0] } ?? "")
            let inner = try readInline()
            let end = inline.end(key: key, native: tag[attribute: "dataRefEnd"].flatMap { inline.originalData[$0] } ?? "")
            return [begin] + inner + [end]
        case "x", "ph" where isVersion2:
            try xml.skipElement()
            let native = tag[attribute: "dataRef"].flatMap { inline.originalData[$0] }
            return [inline.placeholder(id: id, type: tag[attribute: "ctype"] ?? tag[attribute: "type"], native: native.map { [.text($0)] } ?? [])]
        case "bx", "sc":
            try xml.skipElement()
            let key = tag[attribute: "rid"] ?? id ?? inline.freshKey()
            if tag[attribute: "isolated"] == "yes" { return [isolated("begin", tag)] }
            return [inline.begin(key: key, id: id, type: tag[attribute: "ctype"] ?? tag[attribute: "type"],
                                 native: tag[attribute: "dataRef"].flatMap { inline.originalData[$0] } ?? "")]
        case "ex", "ec":
            try xml.skipElement()
            if tag[attribute: "isolated"] == "yes" { return [isolated("end", tag)] }
            let key = tag[attribute: "rid"] ?? tag[attribute: "startRef"] ?? id ?? inline.freshKey()
            return [inline.end(key: key, native: tag[attribute: "dataRef"].flatMap { inline.originalData[$0] } ?? "")]
        case "bpt", "ept":
            // 1.2 native-code elements: their text is the native code.
            let native = try readNativeContent()
            let key = tag[attribute: "rid"] ?? id ?? inline.freshKey()
            return localName(tag.name) == "bpt"
                ? [inline.begin(key: key, id: id, type: tag[attribute: "ctype"], native: "").withContent(native)]
                : [inline.end(key: key, native: "").withContent(native)]
        case "ph":
            let native = try readNativeContent()
            return [inline.placeholder(id: id, type: tag[attribute: "ctype"], native: native)]
        case "it":
            let native = try readNativeContent()
            let position = tag[attribute: "pos"] == "close" ? "end" : "begin"
            return [.tag(InlineTag(.it, attributes: [TMXAttribute("pos", position)] + XLIFFInlineBuilder.common(id: id, type: tag[attribute: "ctype"]),
                                   content: native))]
        case "mrk" where !isVersion2 && tag[attribute: "mtype"] == "seg":
            let content = try readInline()
            if let mid = tag[attribute: "mid"] { markedSegments.append((mid, inline.finish(content))) }
            return content
        case "mrk":
            let inner = try readInline()
            let type = tag[attribute: "mtype"] ?? tag[attribute: "type"]
            return [.tag(InlineTag(.hi, attributes: XLIFFInlineBuilder.common(id: nil, type: type.map { $0.hasPrefix("x-") ? $0 : "x-" + $0 }), content: inner))]
        case "cp":
            try xml.skipElement()
            guard let scalar = tag[attribute: "hex"].flatMap({ UInt32($0, radix: 16) }).flatMap(Unicode.Scalar.init) else { return [] }
            return [.text(String(Character(scalar)))]
        case "sm", "em":
            // 2.0 annotation markers carry no text; they are left out.
            try xml.skipElement()
            return []
        default:
            throw XMLError(.invalid, at: xml.location,
                           "<\(tag.name)> is not an XLIFF \(isVersion2 ? "2.0" : "1.2") inline element; the file is not valid XLIFF at this place")
        }
    }

    private func isolated(_ position: String, _ tag: XMLStartTag) -> InlineContent {
        let native = tag[attribute: "dataRef"].flatMap { inline.originalData[$0] }
        return .tag(InlineTag(.it, attributes: [TMXAttribute("pos", position)]
                                  + XLIFFInlineBuilder.common(id: tag[attribute: "id"], type: tag[attribute: "type"]),
                              content: native.map { [.text($0)] } ?? []))
    }

    /// The native code inside a 1.2 `bpt`/`ept`/`ph`/`it`: text, with `sub` flows kept as TMX `sub`.
    private func readNativeContent() throws(XMLError) -> [InlineContent] {
        try readText { tag throws(XMLError) in
            guard localName(tag.name) == "sub" else {
                try xml.skipElement()
                return []
            }
            return [.tag(InlineTag(.sub, content: try readInline()))]
        }
    }
}

extension InlineContent {
    /// The same tag with `content` as its content.
    fileprivate func withContent(_ content: [InlineContent]) -> InlineContent {
        guard case .tag(var tag) = self else { return self }
        tag.content = content
        return .tag(tag)
    }
}

extension XLIFFReader {
    /// Whether `path` looks like XLIFF: an `.xlf`/`.xliff`/`.sdlxliff`/`.mqxliff` name, or an
    /// `<xliff` root in its first 4 KiB. Reads at most 4 KiB; `false` for a file it cannot open.
    public static func looksLikeXLIFF(path: String) -> Bool {
        let lowered = path.lowercased()
        if [".xlf", ".xliff", ".sdlxliff", ".mqxliff"].contains(where: { lowered.hasSuffix($0) }) { return true }
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 4096), as: UTF8.self)
        return head.contains("<xliff") || head.contains(":xliff ")
    }
}
