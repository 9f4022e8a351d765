import TextIO
import XMLStream

extension TMXParser {
    /// The next `<tu>` in the body, or `nil` after `</body>` (the rest of the document is then read
    /// to its end, so damage after the body is still found).
    func nextUnit() throws(TMXError) -> TranslationUnit? {
        while let event = try event() {
            switch event {
            case .start(let tag) where tag.name == "tu":
                if let unit = try unit(tag) { return unit }
            case .start(let tag): try skipUnexpected(tag.name, in: "body")
            case .end:
                try readToEnd()
                return nil
            case .text(let text): checkStructuralText(text, in: "body")
            case .comment: break
            }
        }
        return nil
    }

    /// Reads what follows `</body>` so that libxml2 checks the document to its end.
    func readToEnd() throws(TMXError) {
        while let event = try event() {
            if case .start(let tag) = event { try skipUnexpected(tag.name, in: "tmx") }
        }
    }

    /// A `<tu>`, or `nil` when a fatal problem was recorded (collecting mode) and the unit dropped.
    private func unit(_ tag: XMLStartTag) throws(TMXError) -> TranslationUnit? {
        var unit = TranslationUnit(attributes: attributes(of: tag), variants: [])
        var usable = true
        while let event = try event() {
            switch event {
            case .start(let child):
                switch child.name {
                case "tuv":
                    if let variant = try variant(child) { unit.variants.append(variant) } else { usable = false }
                case "note", "prop":
                    if !unit.variants.isEmpty {
                        report(.error, "<\(child.name)> after a <tuv>", hint: "TMX puts a unit's notes and props before its variants")
                    }
                    if child.name == "note" { unit.notes.append(try note(child)) } else { unit.properties.append(try property(child)) }
                default: try skipUnexpected(child.name, in: "tu")
                }
            case .end:
                if unit.variants.isEmpty && usable {
                    report(.error, "<tu> without <tuv>", hint: "a unit needs at least one language variant")
                }
                return usable ? unit : nil
            case .text(let text): checkStructuralText(text, in: "tu")
            case .comment: break
            }
        }
        return usable ? unit : nil
    }

    /// A `<tuv>`, or `nil` when it is unusable (no language) and problems are being collected.
    private func variant(_ tag: XMLStartTag) throws(TMXError) -> TranslationVariant? {
        var variant = TranslationVariant(language: "", segment: Segment([]))
        variant.attributes = attributes(of: tag)
        var usable = true
        if variant.language == nil {
            try fatal("<tuv> has no language", hint: "add xml:lang=\"id\" (or the variant's language) to it")
            usable = false
        }
        var sawSegment = false
        while let event = try event() {
            switch event {
            case .start(let child):
                switch child.name {
                case "seg":
                    if sawSegment {
                        report(.error, "a second <seg> in one <tuv>", hint: "a variant has exactly one segment; the first is kept")
                        try skip()
                    } else {
                        sawSegment = true
                        guard let segment = try segment() else { usable = false; continue }
                        variant.segment = segment
                    }
                case "note", "prop":
                    if sawSegment {
                        report(.error, "<\(child.name)> after <seg>", hint: "TMX puts a variant's notes and props before its segment")
                    }
                    if child.name == "note" { variant.notes.append(try note(child)) } else { variant.properties.append(try property(child)) }
                default: try skipUnexpected(child.name, in: "tuv")
                }
            case .end:
                if !sawSegment { report(.error, "<tuv> without <seg>", hint: "read as an empty segment") }
                return usable ? variant : nil
            case .text(let text): checkStructuralText(text, in: "tuv")
            case .comment: break
            }
        }
        return usable ? variant : nil
    }
}
