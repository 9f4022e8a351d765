import TextIO
import XMLStream

extension TMXParser {
    /// The content of a `<seg>` (after its start tag), or `nil` when a fatal problem was recorded.
    func segment() throws(TMXError) -> Segment? {
        var pairs = TagPairs()
        var usable = true
        let content = try inlineContent(in: "seg", pairs: &pairs, usable: &usable)
        checkUnclosed(pairs)
        return usable ? Segment(content) : nil
    }

    /// Reads mixed content up to the end of the current element `parent`.
    /// `pairs` tracks `bpt`/`ept` in the current flow (a `seg`, or a `sub` inside a native code).
    private func inlineContent(in parent: String, pairs: inout TagPairs, usable: inout Bool) throws(TMXError) -> [InlineContent] {
        var content: [InlineContent] = []
        var pendingText = ""
        while let event = try event() {
            switch event {
            case .text(let text):
                pendingText += text
            case .end:
                if !pendingText.isEmpty { content.append(.text(pendingText)) }
                return content
            case .start(let tag):
                guard let kind = InlineTagKind(rawValue: tag.name) else {
                    try fatal("<\(tag.name)> is not allowed inside <\(parent)>",
                              hint: "TMX keeps native markup inside <bpt>, <ept>, <it> or <ph>, or escaped as &lt;\(tag.name)&gt;")
                    usable = false
                    try skip()
                    continue
                }
                if !pendingText.isEmpty {
                    content.append(.text(pendingText))
                    pendingText = ""
                }
                if !TMXSchema.allowsChild(kind, in: parent) {
                    report(.error, "<\(kind.rawValue)> is not allowed inside <\(parent)>",
                           hint: kind == .sub ? "<sub> only goes inside <bpt>, <ept>, <it>, <ph> or <ut>" : "native codes hold text and <sub> only")
                }
                content.append(.tag(try inlineTag(kind, tag, pairs: &pairs, usable: &usable)))
            case .comment:
                break
            }
        }
        if !pendingText.isEmpty { content.append(.text(pendingText)) }
        return content
    }

    private func inlineTag(_ kind: InlineTagKind, _ tag: XMLStartTag, pairs: inout TagPairs, usable: inout Bool) throws(TMXError) -> InlineTag {
        let attributes = attributes(of: tag)
        switch kind {
        case .bpt:
            if let index = tag[attribute: "i"] {
                if !pairs.open(index, at: xml.location) {
                    report(.error, "a second <bpt i=\"\(index)\"> in one segment", hint: "each bpt/ept pair needs its own i")
                }
            } else {
                report(.error, "<bpt> without i", hint: "i=\"…\" links a <bpt> to its <ept>")
            }
        case .ept:
            if let index = tag[attribute: "i"] {
                if !pairs.close(index) {
                    try fatal("<ept i=\"\(index)\"> has no <bpt i=\"\(index)\"> before it in this segment",
                              hint: "add the opening <bpt i=\"\(index)\">, or write a closing code whose start is outside the segment as <it pos=\"end\">")
                    usable = false
                }
            } else {
                report(.error, "<ept> without i", hint: "i=\"…\" links an <ept> to its <bpt>")
            }
        case .it:
            if let position = tag[attribute: "pos"] {
                if position != "begin" && position != "end" {
                    report(.error, "<it pos=\"\(position)\">: pos must be begin or end")
                }
            } else {
                report(.error, "<it> without pos", hint: "pos=\"begin\" or pos=\"end\" says which half of a pair the isolated code is")
            }
        case .ph:
            if let association = tag[attribute: "assoc"], !["p", "f", "b"].contains(association) {
                report(.warning, "<ph assoc=\"\(association)\">: assoc is p, f or b")
            }
        case .ut:
            report(.warning, "<ut> is deprecated in TMX 1.4", hint: "use <bpt>/<ept>, <it> or <ph>")
        case .hi, .sub:
            break
        }
        var content: [InlineContent]
        if kind == .sub {
            var inner = TagPairs()
            content = try inlineContent(in: kind.rawValue, pairs: &inner, usable: &usable)
            checkUnclosed(inner)
        } else {
            content = try inlineContent(in: kind.rawValue, pairs: &pairs, usable: &usable)
        }
        return InlineTag(kind, attributes: attributes, content: content)
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
