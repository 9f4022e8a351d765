import TextIO

/// One glossary entry: an Indonesian term (with its spellings) and how to render it in English.
///
///     TermEntry(indonesian: ["KTT"], english: "summit", domain: "diplomacy", isAcronym: true,
///               source: SourceLocation(file: "diplomacy.tsv", line: 12))
///
/// An entry is a value, but its fields sit in one shared immutable box: a text's matches and
/// output lines each copy the entry they found, and copying a box counts one reference where
/// copying the fields counted eight. Setting a field gives the entry a box of its own.
public struct TermEntry: Hashable, Sendable, Codable {
    /// The fields as stored; `Codable` through them, so the encoding is that of the plain fields.
    private struct Fields: Hashable, Sendable, Codable {
        var indonesian: [String]
        var english: String
        var alternatives: [String]
        var forbidden: [String]
        var domain: String
        var partOfSpeech: String
        var isAcronym: Bool
        var note: String?
        var source: SourceLocation
    }

    private final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    private var fields: Fields {
        get { box.fields }
        set { box = Box(newValue) }
    }

    /// The Indonesian term as written in running text; several spellings of the same term.
    public var indonesian: [String] {
        get { box.fields.indonesian }
        set { fields.indonesian = newValue }
    }
    /// The preferred English rendering.
    public var english: String {
        get { box.fields.english }
        set { fields.english = newValue }
    }
    /// Other acceptable English renderings.
    public var alternatives: [String] {
        get { box.fields.alternatives }
        set { fields.alternatives = newValue }
    }
    /// Renderings a translator must not use.
    public var forbidden: [String] {
        get { box.fields.forbidden }
        set { fields.forbidden = newValue }
    }
    /// `politics`, `diplomacy`, `military`, `international`, `wire`, `economy`, `law`, `disaster`, or a user's own domain.
    public var domain: String {
        get { box.fields.domain }
        set { fields.domain = newValue }
    }
    /// TBX-Basic part of speech: `noun`, `verb`, `adjective`, `adverb`, `properNoun`, `other`.
    public var partOfSpeech: String {
        get { box.fields.partOfSpeech }
        set { fields.partOfSpeech = newValue }
    }
    /// Whether the Indonesian term is an acronym or abbreviation, matched case-sensitively.
    public var isAcronym: Bool {
        get { box.fields.isAcronym }
        set { fields.isAcronym = newValue }
    }
    /// A usage note for the translator.
    public var note: String? {
        get { box.fields.note }
        set { fields.note = newValue }
    }
    /// Where the entry was read from.
    public var source: SourceLocation {
        get { box.fields.source }
        set { fields.source = newValue }
    }

    public init(indonesian: [String], english: String, alternatives: [String] = [], forbidden: [String] = [],
                domain: String = "", partOfSpeech: String = "noun", isAcronym: Bool = false, note: String? = nil,
                source: SourceLocation = SourceLocation(file: "<memory>")) {
        box = Box(Fields(indonesian: indonesian, english: english, alternatives: alternatives, forbidden: forbidden,
                         domain: domain, partOfSpeech: partOfSpeech, isAcronym: isAcronym, note: note, source: source))
    }

    public init(from decoder: any Decoder) throws {
        box = Box(try Fields(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try box.fields.encode(to: encoder)
    }

    /// Copies of one entry are equal without comparing their fields.
    public static func == (lhs: TermEntry, rhs: TermEntry) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    public func hash(into hasher: inout Hasher) {
        box.fields.hash(into: &hasher)
    }

    /// The preferred English rendering followed by the alternatives: every acceptable English.
    public var acceptableEnglish: [String] { [english] + alternatives }

    /// The parts of speech TBX-Basic allows.
    public static let partsOfSpeech: Set<String> = ["noun", "verb", "adjective", "adverb", "properNoun", "other"]
    /// The domains of the shipped glossaries.
    public static let shippedDomains: Set<String> = ["politics", "diplomacy", "military", "international", "wire",
                                                       "economy", "law", "disaster"]
}
