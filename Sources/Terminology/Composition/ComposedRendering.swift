/// An English rendering Padan puts together for two adjacent glossary terms that form an
/// Indonesian head-modifier noun phrase no entry covers: `pejabat pemerintah` → *government official*.
///
/// It is a suggestion, not a glossary entry: shown after the real entries, marked `composed`,
/// and never required by `padan check`.
public struct ComposedRendering: Hashable, Sendable, Codable {
    /// The phrase as written, from the head's first word to the modifier's last.
    public var matchedText: String
    /// Character offset of the first character (as in `TermMatch`).
    public var start: Int
    /// Character offset just past the last character.
    public var end: Int
    /// The head noun's match (first in Indonesian).
    public var head: TermMatch
    /// The modifier's match (a noun or an adjective, second in Indonesian, first in English).
    public var modifier: TermMatch
    /// The composed English, modifier first: `government official`.
    public var english: String

    /// The parts it was composed from, as a translator reads them: `pejabat → official + pemerintah → government`.
    public var partsDescription: String {
        "\(head.matchedText) → \(head.entry.english) + \(modifier.matchedText) → \(modifier.entry.english)"
    }
}
