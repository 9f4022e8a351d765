import Spotting

/// A recurring Indonesian word or phrase proposed for the glossary, with how the memory renders it.
public struct TermCandidate: Sendable, Hashable, Codable {
    /// The commonest written form (`pasukan perdamaian`).
    public var indonesian: String
    /// The roots it is counted by (`pasu damai`, whatever the affixes).
    public var roots: [String]
    /// How often the roots occur in this order.
    public var frequency: Int
    /// Dunning's log-likelihood ratio of the phrase's weakest split (`nil` for a single word):
    /// how much more often its parts stand together than chance says.
    public var logLikelihood: Double?
    /// C-value, as a glossary wants it: words × the occurrences not inside an occurrence of a
    /// longer candidate (a phrase explains that many words of the memory; a part of it, only
    /// what it explains alone).
    public var cValue: Double
    /// The spotted English renderings, the commonest first.
    public var renderings: [Rendering]
    /// How many occurrences were spotted (at most `TermExtractionOptions.spotsPerCandidate`).
    public var spotted: Int
    /// The dominant rendering's share of the spotted occurrences, in [0, 1].
    public var dominantShare: Double
    /// What the glossary says of it.
    public var glossary: GlossaryAgreement
    /// Whether its commonest form starts with a verb or adjective form (`mencapai`, `terbuka`).
    public var startsWithVerbalForm: Bool
    /// C-value × dominant share² (× `TermExtractionOptions.verbalFormWeight` for a verbal form):
    /// recurring, term-like and translated one way rank first; the share counts twice because a
    /// word rendered many ways is mostly general vocabulary, and its first rendering less sure.
    public var usefulness: Double
}

/// Whether a glossary has a term, and whether the memory's dominant rendering is one it allows.
public struct GlossaryAgreement: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable {
        /// The glossary has no entry for these roots.
        case absent
        /// The dominant rendering is the entry's English or one of its alternatives.
        case agrees
        /// The glossary has the term, the memory mostly renders it otherwise.
        case differs
    }

    public var status: Status
    /// The preferred English of the glossary's entries for the term.
    public var english: [String]
}

/// A glossary term the memory renders otherwise than the glossary says.
public struct GlossaryDivergence: Sendable, Hashable, Codable {
    /// The entry's Indonesian, as the glossary writes it.
    public var indonesian: String
    /// The entry's preferred English.
    public var english: String
    /// Spotted occurrences rendered as the entry allows (its English or an alternative).
    public var agreeing: Int
    /// Spotted occurrences.
    public var spotted: Int
    /// The renderings, the commonest first.
    public var renderings: [Rendering]
}

/// What `TermExtractor` finds.
public struct TermExtractionReport: Sendable, Hashable, Codable {
    /// Sentence pairs read.
    public var units: Int
    /// Candidates, the most useful first.
    public var candidates: [TermCandidate]
    /// Glossary terms the memory renders differently, the most spotted first.
    public var divergences: [GlossaryDivergence]
}
