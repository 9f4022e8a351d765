/// One glossary term found in a text, flattened for JSON output (`padan term find --json` and
/// the server's `/api/glossary/find`).
///
///     matcher.matches(in: "AS memperluas sanksi.").map(FoundTerm.init)
public struct FoundTerm: Hashable, Sendable, Codable {
    /// The text as it stands.
    public var text: String
    /// Character offsets in the text.
    public var start: Int
    public var end: Int
    /// `exact`, `inflected` or `derived`.
    public var level: String
    /// The glossary's (first) Indonesian term.
    public var term: String
    public var english: String
    public var alternatives: [String]
    public var domain: String
    /// Where the entry is defined (file and line), or `composed`.
    public var source: String
    /// For a composed rendering: the entries it was composed from, head first.
    public var parts: [FoundTerm]?

    public init(_ match: TermMatch) {
        text = match.matchedText
        start = match.start
        end = match.end
        level = match.level.rawValue
        term = match.entry.indonesian.first ?? ""
        english = match.entry.english
        alternatives = match.entry.alternatives
        domain = match.entry.domain
        source = match.entry.source.description
    }

    /// A rendering composed from two entries (`level` and `source` are `composed`).
    public init(_ composed: ComposedRendering) {
        text = composed.matchedText
        start = composed.start
        end = composed.end
        level = "composed"
        term = composed.matchedText
        english = composed.english
        alternatives = []
        domain = ""
        source = "composed"
        parts = [FoundTerm(composed.head), FoundTerm(composed.modifier)]
    }
}
