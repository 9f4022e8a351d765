/// One glossary term found in a text.
public struct TermMatch: Hashable, Sendable, Codable {
    /// The glossary entry matched.
    public var entry: TermEntry
    /// The text as written, from the first to the last word of the match.
    public var matchedText: String
    /// Character offset of the first character (counting Swift `Character`s from the start).
    public var start: Int
    /// Character offset just past the last character.
    public var end: Int
    /// How the text relates to the term: exact, inflected (case, clitic, reduplication) or derived.
    public var level: MatchLevel

    public init(entry: TermEntry, matchedText: String, start: Int, end: Int, level: MatchLevel) {
        self.entry = entry
        self.matchedText = matchedText
        self.start = start
        self.end = end
        self.level = level
    }
}
