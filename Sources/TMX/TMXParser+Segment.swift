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
        checkUnclosed(pairs)
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
        switch kind {
        case .bpt:
            if let index = facts.index {
                if !pairs.open(index, at: xml.location) {
                    report(.error, "a second <bpt i=\"\(index)\"> in one segment", hint: "each bpt/ept pair needs its own i")
                }
            } else {
                report(.error, "<bpt> without i", hint: "i=\"…\" links a <bpt> to its <ept>")
            }
        case .ept:
            if let index = facts.index {
                if !pairs.close(index) {
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
        sink.startInline(kind, TMXAttributes(xml))
        if kind == .sub {
            var inner = TagPairs()
            try inlineContent(in: kind.rawValue, pairs: &inner, usable: &usable, into: &sink)
            checkUnclosed(inner)
        } else {
            try inlineContent(in: kind.rawValue, pairs: &pairs, usable: &usable, into: &sink)
        }
        sink.endInline()
    }

    /// Reports every `bpt` left without its `ept` at the end of a flow.
    private func checkUnclosed(_ pairs: TagPairs) {
        for (index, location) in pairs.unclosed {
            record(Diagnostic(.error, at: location, "<bpt i=\"\(index)\"> has no matching <ept i=\"\(index)\"> in this segment",
                              hint: "add the <ept>, or write an opening code whose end is outside the segment as <it pos=\"begin\">"))
        }
    }
}

/// The `i` values of `bpt`s opened and not yet closed in one flow.
struct TagPairs {
    private var openTags: [(index: String, location: SourceLocation)] = []
    private var used: Set<String> = []

    /// Opens `index`; `false` when a `bpt` already used it.
    mutating func open(_ index: String, at location: SourceLocation) -> Bool {
        guard used.insert(index).inserted else { return false }
        openTags.append((index, location))
        return true
    }

    /// Closes `index`; `false` when no open `bpt` has it.
    mutating func close(_ index: String) -> Bool {
        guard let position = openTags.firstIndex(where: { $0.index == index }) else { return false }
        openTags.remove(at: position)
        return true
    }

    var unclosed: [(index: String, location: SourceLocation)] { openTags }
}
