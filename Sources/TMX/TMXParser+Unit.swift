import TextIO
import XMLStream

extension TMXParser {
    /// Reports the next usable `<tu>` of the body to `sink` and returns `true`, or returns `false`
    /// after `</body>` (the rest of the document is then read to its end, so damage after the body
    /// is still found). Units dropped for a fatal problem (collecting mode) reach `sink` with
    /// `endUnit(usable: false)` and reading goes on.
    func nextUnit<Sink: TMXBodySink>(into sink: inout Sink) throws(TMXError) -> Bool {
        while let event = try event() {
            switch event {
            case .start(let tag) where tag.element == .tu:
                unitLocation = xml.location
                if try unit(tag, into: &sink) { return true }
            case .start(let tag): try skipUnexpected(tag.name, in: "body")
            case .end:
                try readToEnd()
                return false
            case .text: checkStructuralText(in: "body")
            case .comment: break
            }
        }
        return false
    }

    /// Reads what follows `</body>` so that libxml2 checks the document to its end.
    func readToEnd() throws(TMXError) {
        while let event = try event() {
            if case .start(let tag) = event { try skipUnexpected(tag.name, in: "tmx") }
        }
    }

    /// A `<tu>`; `false` when a fatal problem was recorded (collecting mode) and the unit dropped.
    private func unit<Sink: TMXBodySink>(_ tag: TMXTag, into sink: inout Sink) throws(TMXError) -> Bool {
        checkAttributes(of: tag)
        sink.startUnit(TMXAttributes(xml))
        var usable = true
        var variants = 0
        while let event = try event() {
            switch event {
            case .start(let child):
                switch child.element {
                case .tuv:
                    if try variant(child, into: &sink) { variants += 1 } else { usable = false }
                case .note, .prop:
                    if variants > 0 {
                        report(.error, "<\(child.name)> after a <tuv>", hint: "TMX puts a unit's notes and props before its variants")
                    }
                    try field(child, into: &sink)
                default: try skipUnexpected(child.name, in: "tu")
                }
            case .end:
                if variants == 0 && usable {
                    report(.error, "<tu> without <tuv>", hint: "a unit needs at least one language variant")
                }
                sink.endUnit(usable: usable)
                return usable
            case .text: checkStructuralText(in: "tu")
            case .comment: break
            }
        }
        sink.endUnit(usable: usable)
        return usable
    }

    /// A `<tuv>`; `false` when it is unusable (no language, a damaged segment) and problems are
    /// being collected.
    private func variant<Sink: TMXBodySink>(_ tag: TMXTag, into sink: inout Sink) throws(TMXError) -> Bool {
        let facts = checkAttributes(of: tag)
        sink.startVariant(TMXAttributes(xml))
        var usable = true
        if !facts.hasLanguage {
            try fatal("<tuv> has no language", hint: "add xml:lang=\"id\" (or the variant's language) to it")
            usable = false
        }
        var sawSegment = false
        while let event = try event() {
            switch event {
            case .start(let child):
                switch child.element {
                case .seg:
                    if sawSegment {
                        report(.error, "a second <seg> in one <tuv>", hint: "a variant has exactly one segment; the first is kept")
                        try skip()
                    } else {
                        sawSegment = true
                        if try !segment(into: &sink) { usable = false }
                    }
                case .note, .prop:
                    if sawSegment {
                        report(.error, "<\(child.name)> after <seg>", hint: "TMX puts a variant's notes and props before its segment")
                    }
                    try field(child, into: &sink)
                default: try skipUnexpected(child.name, in: "tuv")
                }
            case .end:
                if !sawSegment { report(.error, "<tuv> without <seg>", hint: "read as an empty segment") }
                sink.endVariant(usable: usable)
                return usable
            case .text: checkStructuralText(in: "tuv")
            case .comment: break
            }
        }
        sink.endVariant(usable: usable)
        return usable
    }
}
