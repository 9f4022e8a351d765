import TextIO

/// One glossary entry: an Indonesian term (with its spellings) and how to render it in English.
///
///     TermEntry(indonesian: ["KTT"], english: "summit", domain: "diplomacy", isAcronym: true,
///               source: SourceLocation(file: "diplomacy.tsv", line: 12))
public struct TermEntry: Hashable, Sendable, Codable {
    /// The Indonesian term as written in running text; several spellings of the same term.
    public var indonesian: [String]
    /// The preferred English rendering.
    public var english: String
    /// Other acceptable English renderings.
    public var alternatives: [String]
    /// Renderings a translator must not use.
    public var forbidden: [String]
    /// `politics`, `diplomacy`, `military`, `international`, `wire`, `economy`, `law`, `disaster`, or a user's own domain.
    public var domain: String
    /// TBX-Basic part of speech: `noun`, `verb`, `adjective`, `adverb`, `properNoun`, `other`.
    public var partOfSpeech: String
    /// Whether the Indonesian term is an acronym or abbreviation, matched case-sensitively.
    public var isAcronym: Bool
    /// A usage note for the translator.
    public var note: String?
    /// Where the entry was read from.
    public var source: SourceLocation

    public init(indonesian: [String], english: String, alternatives: [String] = [], forbidden: [String] = [],
                domain: String = "", partOfSpeech: String = "noun", isAcronym: Bool = false, note: String? = nil,
                source: SourceLocation = SourceLocation(file: "<memory>")) {
        self.indonesian = indonesian
        self.english = english
        self.alternatives = alternatives
        self.forbidden = forbidden
        self.domain = domain
        self.partOfSpeech = partOfSpeech
        self.isAcronym = isAcronym
        self.note = note
        self.source = source
    }

    /// The preferred English rendering followed by the alternatives: every acceptable English.
    public var acceptableEnglish: [String] { [english] + alternatives }

    /// The parts of speech TBX-Basic allows.
    public static let partsOfSpeech: Set<String> = ["noun", "verb", "adjective", "adverb", "properNoun", "other"]
    /// The domains of the shipped glossaries.
    public static let shippedDomains: Set<String> = ["politics", "diplomacy", "military", "international", "wire",
                                                       "economy", "law", "disaster"]
}
