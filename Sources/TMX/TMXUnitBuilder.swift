/// Builds `TranslationUnit`s from what `TMXParser` reports: the model side of `TMXReader.next()`.
/// Keeps every attribute, note, prop and inline element, text exactly as written.
struct TMXUnitBuilder: TMXBodySink {
    /// The unit last built (complete after `endUnit`).
    private(set) var unit = TranslationUnit(variants: [])
    /// The segment last built (also given to the current variant).
    private(set) var segment = Segment([])
    private var variant: TranslationVariant?
    /// The note or prop being read.
    private var field: (isNote: Bool, attributes: [TMXAttribute], text: String)?
    /// The segment (first) and the inline elements open in it, each with its content so far and
    /// the text not yet added to it (consecutive text nodes make one run).
    private var frames: [Frame] = []

    private struct Frame {
        var kind: InlineTagKind?
        var attributes: [TMXAttribute] = []
        var content: [InlineContent] = []
        var pendingText = ""

        mutating func flush() {
            if !pendingText.isEmpty {
                content.append(.text(pendingText))
                pendingText = ""
            }
        }
    }

    mutating func startUnit(_ attributes: TMXAttributes) {
        unit = TranslationUnit(attributes: attributes.all, variants: [])
    }

    mutating func endUnit(usable: Bool) {}

    mutating func startVariant(_ attributes: TMXAttributes) {
        variant = TranslationVariant(attributes: attributes.all)
    }

    mutating func endVariant(usable: Bool) {
        if usable, let variant { unit.variants.append(variant) }
        variant = nil
    }

    mutating func startField(isNote: Bool, _ attributes: TMXAttributes) {
        field = (isNote, attributes.all, "")
    }

    mutating func endField() {
        guard let field else { return }
        self.field = nil
        if field.isNote {
            let note = TMXNote(field.text, attributes: field.attributes)
            if variant != nil { variant?.notes.append(note) } else { unit.notes.append(note) }
        } else {
            var property = TMXProperty(type: nil, value: field.text)
            property.attributes = field.attributes
            if variant != nil { variant?.properties.append(property) } else { unit.properties.append(property) }
        }
    }

    mutating func startSegment() {
        frames = [Frame()]
    }

    mutating func endSegment(usable: Bool) {
        guard var segment = frames.popLast() else { return }
        segment.flush()
        guard usable else { return }
        self.segment = Segment(segment.content)
        variant?.segment = self.segment
    }

    mutating func startInline(_ kind: InlineTagKind, _ attributes: TMXAttributes) {
        frames[frames.count - 1].flush()
        frames.append(Frame(kind: kind, attributes: attributes.all))
    }

    mutating func startRepairedInline(_ kind: InlineTagKind, _ attributes: [TMXAttribute]) {
        frames[frames.count - 1].flush()
        frames.append(Frame(kind: kind, attributes: attributes))
    }

    mutating func isolateOpenings(_ indices: Set<String>) {
        frames[frames.count - 1].flush()
        frames[frames.count - 1].content = Self.isolating(indices, in: frames[frames.count - 1].content)
    }

    /// `content` with each `bpt` whose `i` is in `indices` made `<it pos="begin">`, looking inside
    /// `hi` (the same flow) but not inside native codes or `sub` (flows of their own).
    private static func isolating(_ indices: Set<String>, in content: [InlineContent]) -> [InlineContent] {
        content.map { item in
            guard case .tag(let tag) = item else { return item }
            if tag.kind == .bpt, let index = tag.attributes[named: "i"], indices.contains(index) {
                return .tag(InlineTag(.it, attributes: tag.attributes.isolated(at: "begin"), content: tag.content))
            }
            if tag.kind == .hi { return .tag(InlineTag(.hi, attributes: tag.attributes, content: isolating(indices, in: tag.content))) }
            return item
        }
    }

    mutating func endInline() {
        guard var tag = frames.popLast(), let kind = tag.kind, !frames.isEmpty else { return }
        tag.flush()
        frames[frames.count - 1].content.append(.tag(InlineTag(kind, attributes: tag.attributes, content: tag.content)))
    }

    mutating func text(_ value: @autoclosure () -> String) {
        if field != nil {
            field?.text += value()
        } else if !frames.isEmpty {
            frames[frames.count - 1].pendingText += value()
        }
    }
}

private extension TranslationVariant {
    /// An empty variant with the attributes as read (the public initialiser adds `xml:lang`).
    init(attributes: [TMXAttribute]) {
        self.attributes = attributes
        self.notes = []
        self.properties = []
        self.segment = Segment([])
    }
}
