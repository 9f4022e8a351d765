/// How a word form relates to its base, or a text word to a glossary term.
public enum MatchLevel: String, Codable, Sendable, Comparable {
    /// Written exactly as the base (or the term).
    case exact
    /// Differs only in case, clitics (`-nya`, `-lah`, …) or reduplication (`negara-negara`).
    case inflected
    /// Carries derivational affixes: prefixes, suffixes or confixes (`persenjataan`).
    case derived

    public static func < (lhs: MatchLevel, rhs: MatchLevel) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .exact: 0
        case .inflected: 1
        case .derived: 2
        }
    }
}

/// What kind of word a token is, which decides whether it may be stemmed.
public enum WordKind: String, Codable, Sendable {
    /// A common word: stemmed when the lexicon knows what remains.
    case common
    /// A capitalised name (`Bekasi`): never stemmed into a common word.
    case name
    /// An acronym or abbreviation in capitals (`TNI`, `AS`): matched case-sensitively, never stemmed.
    case acronym
    /// A token with digits (`F-16`, `2024`).
    case number
    /// Hyphenated words that are not a reduplication (`Korea-AS`); the matcher looks at each part.
    case compound
}

/// The result of analysing one Indonesian word form.
///
///     IndonesianMorphology.shared.analyse("perluasannya")
///     // base "luas", stem "perluasan", prefixes ["per"], suffix "an", clitics ["nya"], level .derived
public struct WordAnalysis: Hashable, Sendable, Codable {
    /// The word as given.
    public var word: String
    /// The root (a KBBI base word), or the word itself for names, acronyms and unknown words.
    public var base: String
    /// The word without its inflection (case, clitics, reduplication) but with its derivational
    /// affixes: `perluasan` for `Perluasannya`.
    public var stem: String
    /// Prefixes found, outermost first, as written (`mem`, `per`).
    public var prefixes: [String]
    /// The derivational suffix found (`kan`, `i`, `an`), if any.
    public var suffix: String?
    /// Clitics found, innermost first (`nya`, `lah`).
    public var clitics: [String]
    /// Whether the word is a reduplication (`negara-negara`, `tembak-menembak`).
    public var isReduplicated: Bool
    public var kind: WordKind
    /// Whether the base was found in the lexicon (or is a name, acronym or number).
    public var isKnown: Bool

    /// `derived` when affixes were removed, `inflected` for case, clitics or reduplication only,
    /// else `exact`.
    public var level: MatchLevel {
        if !prefixes.isEmpty || suffix != nil { return .derived }
        if word != base { return .inflected }
        return .exact
    }

    /// Whether the word carries derivational affixes (it is not a base word with inflection).
    public var isDerived: Bool { !prefixes.isEmpty || suffix != nil }
}
