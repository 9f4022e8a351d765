/// What `TMXParser` reports of a TMX body, element by element, to the one consumer reading it:
/// `TMXUnitBuilder` builds `TranslationUnit`s for `TMXReader.next()`, `TMXStatisticsCounter`
/// counts without building anything. The parser has checked each element (diagnostics recorded,
/// fatal problems thrown or, when collecting, marked `usable: false`) before it reports it, and
/// reports nothing of what it skips (unknown elements, a second `<seg>`).
///
/// Events nest as the elements do: a unit holds notes, props and variants; a variant notes, props
/// and one segment; a segment text and inline elements, which hold text and inline elements.
/// Attributes are valid only during the call that hands them over; so is `text`'s value.
protocol TMXBodySink {
    mutating func startUnit(_ attributes: TMXAttributes)
    /// `usable` is `false` when a fatal problem was recorded and the unit is dropped.
    mutating func endUnit(usable: Bool)
    mutating func startVariant(_ attributes: TMXAttributes)
    mutating func endVariant(usable: Bool)
    /// A `<note>` (`isNote`) or a `<prop>` of the unit or of the current variant; its text follows.
    mutating func startField(isNote: Bool, _ attributes: TMXAttributes)
    mutating func endField()
    mutating func startSegment()
    mutating func endSegment(usable: Bool)
    mutating func startInline(_ kind: InlineTagKind, _ attributes: TMXAttributes)
    /// An inline element as reading repaired it (an `ept` read as `<it>`, a `<span>` as `<ph>`),
    /// with the attributes it gets instead of those written.
    mutating func startRepairedInline(_ kind: InlineTagKind, _ attributes: [TMXAttribute])
    /// The `bpt`s with these `i` values in the flow being read (the segment, or the `sub` about
    /// to end) are left open at its end: reading makes each an `<it pos="begin">`.
    mutating func isolateOpenings(_ indices: Set<String>)
    mutating func endInline()
    /// Character data inside a note, prop, segment or inline element, built only if asked for.
    mutating func text(_ value: @autoclosure () -> String)
}
