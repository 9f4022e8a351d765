import TextIO
import XMLStream

extension TMXParser {
    /// The content of a `<seg>` (after its start tag), reported to `sink`; `false` when a fatal
    /// problem was recorded.
    func segment<Sink: TMXBodySink>(into sink: inout Sink) throws(TMXError) -> Bool {
        sink.startSegment()
        var pairs = TagPairs()
        var usable = true
        try inlineContent(in: "seg", pairs: &pairs, usable: &usable, into: &sink)
        checkUnclosed(pairs, into: &sink)
        sink.endSegment(usable: usable)
        return usable
    }

    /// Reads mixed content up to the end of the current element `parent`.
    /// `pairs` tracks `bpt`/`ept` in the current flow (a `seg`, or a `sub` inside a native code).
    private func inlineContent<Sink: TMXBodySink>(in parent: String, pairs: inout TagPairs, usable: inout Bool,
                                                  into sink: inout Sink) throws(TMXError) {
        while let event = try event() {
            switch event {
            case .text:
                sink.text(text)
            case .end:
                return
            case .start(let tag):
                guard let kind = tag.element?.inlineKind else {
                    if repairs, tag.element == nil {
                        try foreignElement(tag, in: parent, pairs: &pairs, usable: &usable, into: &sink)
                        continue
                    }
                    try fatal("<\(tag.name)> is not allowed inside <\(parent)>",
                              hint: "TMX keeps native markup inside <bpt>, <ept>, <it> or <ph>, or escaped as &lt;\(tag.name)&gt;")
                    usable = false
                    try skip()
                    continue
                }
                if !TMXSchema.allowsChild(kind, in: parent) {
                    report(.error, "<\(kind.rawValue)> is not allowed inside <\(parent)>",
                           hint: kind == .sub ? "<sub> only goes inside <bpt>, <ept>, <it>, <ph> or <ut>" : "native codes hold text and <sub> only")
                }
                try inlineTag(kind, tag, pairs: &pairs, usable: &usable, into: &sink)
            case .comment:
                break
            }
        }
    }

    private func inlineTag<Sink: TMXBodySink>(_ kind: InlineTagKind, _ tag: TMXTag, pairs: inout TagPairs, usable: inout Bool,
                                              into sink: inout Sink) throws(TMXError) {
        let facts = checkAttributes(of: tag)
        // What the sink is given instead of the element as written, when reading repairs it.
        var repaired: (kind: InlineTagKind, attributes: [TMXAttribute])?
        switch kind {
        case .bpt:
            if let index = facts.index {
                if !pairs.open(index, at: xml.location) {
                    if repairs {
                        let fresh = pairs.openRenumbered(index, at: xml.location)
                        report(.warning, "a second <bpt i=\"\(index)\"> in one segment; read with i=\"\(fresh)\", and so is its <ept>",
                               hint: "`padan tmx validate` reports it as an error; each bpt/ept pair needs its own i")
                        repaired = (.bpt, TMXAttributes(xml).all.replacing("i", with: fresh))
                    } else {
                        report(.error, "a second <bpt i=\"\(index)\"> in one segment", hint: "each bpt/ept pair needs its own i")
                    }
                }
            } else {
                report(.error, "<bpt> without i", hint: "i=\"…\" links a <bpt> to its <ept>")
            }
        case .ept:
            if let index = facts.index {
                if let emitted = pairs.close(index) {
                    if emitted != index { repaired = (.ept, TMXAttributes(xml).all.replacing("i", with: emitted)) }
                } else if repairs {
                    report(.warning, "<ept i=\"\(index)\"> has no <bpt i=\"\(index)\"> before it in this segment; read as <it pos=\"end\">",
                           hint: "`padan tmx validate` reports it as an error; a closing code whose start is outside the segment is <it pos=\"end\">")
                    repaired = (.it, TMXAttributes(xml).all.isolated(at: "end"))
                } else {
                    try fatal("<ept i=\"\(index)\"> has no <bpt i=\"\(index)\"> before it in this segment",
                              hint: "add the opening <bpt i=\"\(index)\">, or write a closing code whose start is outside the segment as <it pos=\"end\">")
                    usable = false
                }
            } else {
                report(.error, "<ept> without i", hint: "i=\"…\" links an <ept> to its <bpt>")
            }
        case .it:
            if let position = facts.position {
                if position != "begin" && position != "end" {
                    report(.error, "<it pos=\"\(position)\">: pos must be begin or end")
                }
            } else {
                report(.error, "<it> without pos", hint: "pos=\"begin\" or pos=\"end\" says which half of a pair the isolated code is")
            }
        case .ph:
            if let association = facts.association, !["p", "f", "b"].contains(association) {
                report(.warning, "<ph assoc=\"\(association)\">: assoc is p, f or b")
            }
        case .ut:
            report(.warning, "<ut> is deprecated in TMX 1.4", hint: "use <bpt>/<ept>, <it> or <ph>")
        case .hi, .sub:
            break
        }
        if let repaired {
            sink.startRepairedInline(repaired.kind, repaired.attributes)
        } else {
            sink.startInline(kind, TMXAttributes(xml))
        }
        let emittedKind = repaired?.kind ?? kind
        if kind == .sub {
            var inner = TagPairs()
            try inlineContent(in: kind.rawValue, pairs: &inner, usable: &usable, into: &sink)
            checkUnclosed(inner, into: &sink)
        } else {
            try inlineContent(in: emittedKind.rawValue, pairs: &pairs, usable: &usable, into: &sink)
        }
        sink.endInline()
    }

    /// Reports every `bpt` left without its `ept` at the end of a flow; reading repairs each into
    /// `<it pos="begin">`.
    private func checkUnclosed<Sink: TMXBodySink>(_ pairs: TagPairs, into sink: inout Sink) {
        for (index, location) in pairs.unclosed {
            if repairs {
                record(Diagnostic(.warning, at: location, "<bpt i=\"\(index)\"> has no matching <ept i=\"\(index)\"> in this segment; read as <it pos=\"begin\">",
                                  hint: "`padan tmx validate` reports it as an error; an opening code whose end is outside the segment is <it pos=\"begin\">"))
            } else {
                record(Diagnostic(.error, at: location, "<bpt i=\"\(index)\"> has no matching <ept i=\"\(index)\"> in this segment",
                                  hint: "add the <ept>, or write an opening code whose end is outside the segment as <it pos=\"begin\">"))
            }
        }
        if repairs, !pairs.unclosed.isEmpty { sink.isolateOpenings(Set(pairs.unclosed.map(\.index))) }
    }

    /// An element TMX does not know inside a segment (`<span class="x">…</span>`, `<br/>`), read
    /// as other tools load it, with a warning: inside a native code its markup is part of the
    /// code; elsewhere its start and end tags each become a `<ph>` holding their markup, and what
    /// it holds stays in the segment's flow (so its text is still text, and export gives the markup back).
    private func foreignElement<Sink: TMXBodySink>(_ tag: TMXTag, in parent: String, pairs: inout TagPairs, usable: inout Bool,
                                                   into sink: inout Sink) throws(TMXError) {
        let isEmpty = xml.isEmptyElement
        let startTag = startTagMarkup(tag.name, isEmpty: isEmpty)
        if let code = InlineTagKind(rawValue: parent), code.isNativeCode {
            report(.warning, "<\(tag.name)> inside <\(parent)> is markup, not a TMX element; read as part of the code",
                   hint: "`padan tmx validate` reports it as an error; TMX escapes native markup: &lt;\(tag.name)&gt;")
            let markup = try foreignMarkup(startTag: startTag, name: tag.name, isEmpty: isEmpty)
            sink.text(markup)
            return
        }
        report(.warning, "<\(tag.name)> is not a TMX element; read as <ph> holding its markup",
               hint: "`padan tmx validate` reports it as an error; TMX keeps native markup inside <ph>, <bpt>/<ept> or <it>")
        sink.startRepairedInline(.ph, [])
        sink.text(startTag)
        sink.endInline()
        if isEmpty {
            _ = try event()
            return
        }
        try inlineContent(in: parent, pairs: &pairs, usable: &usable, into: &sink)
        sink.startRepairedInline(.ph, [])
        sink.text("</\(tag.name)>")
        sink.endInline()
    }

    /// The current start tag as markup, attribute values escaped (`<span class="x">`, `<br/>`).
    private func startTagMarkup(_ name: String, isEmpty: Bool) -> String {
        var markup = "<" + name
        xml.forEachAttribute { attribute, value in markup += " \(attribute)=\"\(Self.escaped(value, quotes: true))\"" }
        return markup + (isEmpty ? "/>" : ">")
    }

    /// The whole current element (after its start tag, given as `startTag`) as markup.
    private func foreignMarkup(startTag: String, name: String, isEmpty: Bool) throws(TMXError) -> String {
        var markup = startTag
        if isEmpty {
            _ = try event()
            return markup
        }
        while let event = try event() {
            switch event {
            case .text: markup += Self.escaped(text, quotes: false)
            case .comment: break
            case .end: return markup + "</\(name)>"
            case .start(let inner):
                let innerEmpty = xml.isEmptyElement
                markup += try foreignMarkup(startTag: startTagMarkup(inner.name, isEmpty: innerEmpty), name: inner.name, isEmpty: innerEmpty)
            }
        }
        return markup
    }

    private static func escaped(_ text: String, quotes: Bool) -> String {
        var result = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        if quotes { result = result.replacingOccurrences(of: "\"", with: "&quot;") }
        return result
    }
}

extension InlineTagKind {
    /// `bpt`, `ept`, `it`, `ph` and `ut` hold native code (text and `<sub>`), not segment text.
    var isNativeCode: Bool { self != .hi && self != .sub }
}

extension [TMXAttribute] {
    /// The attributes with `name`'s value replaced (added at the end when missing).
    func replacing(_ name: String, with value: String) -> [TMXAttribute] {
        var attributes = self
        attributes[named: name] = value
        return attributes
    }

    /// A paired code's attributes as those of `<it pos="…">`: `pos` first, `i` dropped (it pairs
    /// nothing now), `x` and `type` kept.
    func isolated(at position: String) -> [TMXAttribute] {
        [TMXAttribute("pos", position)] + filter { $0.name != "i" && $0.name != "pos" }
    }
}

/// The `i` values of `bpt`s opened and not yet closed in one flow: as written, and as given to
/// the sink (another when reading renumbers a repeated one).
struct TagPairs {
    private var openTags: [(index: String, emitted: String, location: SourceLocation)] = []
    private var used: Set<String> = []

    /// Opens `index`; `false` when a `bpt` already used it.
    mutating func open(_ index: String, at location: SourceLocation) -> Bool {
        guard used.insert(index).inserted else { return false }
        openTags.append((index, index, location))
        return true
    }

    /// Opens a repeated `index` under a number no `bpt` of the flow has used yet, and returns it.
    mutating func openRenumbered(_ index: String, at location: SourceLocation) -> String {
        var number = (used.compactMap { Int($0) }.max() ?? 0) + 1
        while used.contains(String(number)) { number += 1 }
        let fresh = String(number)
        used.insert(fresh)
        openTags.append((index, fresh, location))
        return fresh
    }

    /// Closes the latest open `bpt` written with `index` and returns the `i` it was given; `nil`
    /// when no open `bpt` has it.
    mutating func close(_ index: String) -> String? {
        guard let position = openTags.lastIndex(where: { $0.index == index }) else { return nil }
        return openTags.remove(at: position).emitted
    }

    /// The open `bpt`s: `i` as given to the sink, and where each is.
    var unclosed: [(index: String, location: SourceLocation)] { openTags.map { ($0.emitted, $0.location) } }
}
