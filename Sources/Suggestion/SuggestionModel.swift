import Memory
import Terminology

/// What Padan suggests for one article: a `SentenceSuggestion` per sentence.
public struct ArticleSuggestions: Hashable, Sendable, Codable {
    /// BCP 47 tags of the article and of the translation (`id`, `en`).
    public var sourceLanguage: String
    public var targetLanguage: String
    public var sentences: [SentenceSuggestion]

    public init(sourceLanguage: String, targetLanguage: String, sentences: [SentenceSuggestion]) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.sentences = sentences
    }

    /// All warnings of the article, in sentence order.
    public var warnings: [SuggestionWarning] { sentences.flatMap(\.warnings) }
}

/// One sentence of the article with the memory's matches, the glossary's terms and the warnings.
public struct SentenceSuggestion: Hashable, Sendable, Codable {
    /// 0-based position among the article's sentences.
    public var index: Int
    public var paragraph: Int
    public var text: String
    /// Character offsets of the sentence in the article.
    public var start: Int
    public var end: Int
    /// Best matches first.
    public var matches: [MemoryMatch]
    public var terms: [TermSuggestion]
    /// English composed for adjacent terms that form a noun phrase no entry covers; ranked
    /// below `terms` (they are hints, not glossary entries).
    public var composed: [ComposedSuggestion]
    public var warnings: [SuggestionWarning]
}

/// A composed rendering in a sentence (`pejabat pemerintah` → *government official*): see `PhraseComposer`.
public struct ComposedSuggestion: Hashable, Sendable, Codable {
    /// The phrase as it stands in the sentence.
    public var matchedText: String
    /// Character offsets in the sentence.
    public var start: Int
    public var end: Int
    /// The composed English, in English order.
    public var english: String
    /// The glossary terms it was composed from, head first.
    public var parts: [TermSuggestion]

    /// A composed rendering given part by part (a client's own, a test's or a fuzz harness's);
    /// `Suggester` makes them from `PhraseComposer`'s renderings.
    ///
    ///     ComposedSuggestion(matchedText: "pejabat pemerintah", start: 4, end: 22,
    ///                        english: "government official", parts: [official, government])
    public init(matchedText: String, start: Int, end: Int, english: String, parts: [TermSuggestion]) {
        self.matchedText = matchedText
        self.start = start
        self.end = end
        self.english = english
        self.parts = parts
    }

    init(_ composed: ComposedRendering) {
        matchedText = composed.matchedText
        start = composed.start
        end = composed.end
        english = composed.english
        parts = [TermSuggestion(composed.head), TermSuggestion(composed.modifier)]
    }
}

/// A glossary term found in a sentence, with the English the glossary wants.
public struct TermSuggestion: Hashable, Sendable, Codable {
    /// The text as it stands in the sentence (`persenjataan`).
    public var matchedText: String
    /// Character offsets in the sentence.
    public var start: Int
    public var end: Int
    /// How the text matched the glossary term (`exact`, `inflected`, `derived`).
    public var level: MatchLevel
    /// The glossary's Indonesian term (`senjata`).
    public var indonesian: String
    public var english: String
    public var alternatives: [String]
    public var forbidden: [String]
    public var note: String?

    /// A term given field by field (a client's own, a test's or a fuzz harness's); `Suggester`
    /// makes them from the term matcher's `TermMatch`es.
    ///
    ///     TermSuggestion(matchedText: "persenjataan", start: 10, end: 22, level: .derived,
    ///                    indonesian: "senjata", english: "weapon")
    public init(matchedText: String, start: Int, end: Int, level: MatchLevel, indonesian: String, english: String,
                alternatives: [String] = [], forbidden: [String] = [], note: String? = nil) {
        self.matchedText = matchedText
        self.start = start
        self.end = end
        self.level = level
        self.indonesian = indonesian
        self.english = english
        self.alternatives = alternatives
        self.forbidden = forbidden
        self.note = note
    }

    init(_ match: TermMatch) {
        matchedText = match.matchedText
        start = match.start
        end = match.end
        level = match.level
        indonesian = match.entry.indonesian.first ?? match.matchedText
        english = match.entry.english
        alternatives = match.entry.alternatives
        forbidden = match.entry.forbidden
        note = match.entry.note
    }
}

/// Something the translator should look at before reusing a suggestion.
public struct SuggestionWarning: Hashable, Sendable, Codable {
    /// The three kinds of issue 6, plus the QA kinds of `padan check`.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// (a) a match's English lacks the glossary's preferred or allowed rendering of a term.
        case missingGlossaryRendering
        /// (a) a match's English uses a forbidden rendering.
        case forbiddenRendering
        /// (b) the memory renders a term in more than one way.
        case inconsistentTerm
        /// (b) the memory holds one sentence with different translations.
        case inconsistentTranslation
        /// (c) a number, name or date differs between the sentence and the match (or the translation).
        case numberMismatch, nameMismatch, dateMismatch
        /// QA: the English is the Indonesian unchanged, or still Indonesian.
        case untranslated
    }

    public var kind: Kind
    public var message: String
    /// The memory unit the warning is about, when there is one.
    public var unitID: Int64?

    public init(_ kind: Kind, _ message: String, unitID: Int64? = nil) {
        self.kind = kind
        self.message = message
        self.unitID = unitID
    }
}
