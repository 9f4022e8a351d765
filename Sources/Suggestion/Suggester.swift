import Memory
import Segmentation
import Terminology

/// Combines the translation memory and the glossary into per-sentence suggestions for new copy.
///
///     let suggester = Suggester(memory: memory, glossary: glossary)
///     let result = try suggester.suggest(article: text)
///     for sentence in result.sentences { print(sentence.matches.first?.target ?? "—") }
///
/// Without a memory (`memory: nil`, a new user's first try) it gives the glossary terms of each
/// sentence and no matches; the warnings all compare against the memory, so there are none.
///
/// For each sentence: the best memory matches (exact and fuzzy), the glossary terms found with
/// their preferred English, English composed for noun phrases no entry covers (`PhraseComposer`),
/// and warnings: (a) a match whose English lacks a term's preferred or
/// allowed rendering, or uses a forbidden one; (b) a term or the sentence that the memory translates
/// in more than one way, with counts; (c) numbers, names or dates that differ from the match.
public struct Suggester {
    /// How many matches per sentence, and from which score up.
    public struct Options: Sendable {
        public var limit: Int
        public var threshold: Double

        public init(limit: Int = 3, threshold: Double = 70) {
            self.limit = limit
            self.threshold = threshold
        }
    }

    private let memory: TranslationMemory?
    private let matcher: TermMatcher
    private let composer: PhraseComposer
    private let checker: TermChecker
    private let census: TermRenderingCensus?
    private let segmenter: Segmenter

    /// - Parameter memory: the memory to match against, or `nil` for glossary terms only.
    public init(memory: TranslationMemory?, glossary: Glossary, segmenter: Segmenter = Segmenter(language: .indonesian)) {
        self.memory = memory
        let matcher = TermMatcher(glossary: glossary)
        self.matcher = matcher
        self.composer = PhraseComposer(morphology: matcher.morphology)
        self.checker = TermChecker(glossary: glossary)
        self.census = memory.map { TermRenderingCensus(memory: $0, matcher: matcher) }
        self.segmenter = segmenter
    }

    /// Suggestions for every sentence of `article` (Indonesian).
    /// - Throws: `MemoryError` when the memory cannot be read.
    public func suggest(article: String, options: Options = Options()) throws -> ArticleSuggestions {
        var sentences: [SentenceSuggestion] = []
        var censusedTerms = Set<TermEntry>()
        for (index, sentence) in segmenter.sentences(in: article).enumerated() {
            sentences.append(try suggest(sentence, index: index, options: options, censusedTerms: &censusedTerms))
        }
        return ArticleSuggestions(sourceLanguage: "id", targetLanguage: "en", sentences: sentences)
    }

    /// One sentence's suggestion; a term's inconsistency is reported at its first sentence only
    /// (`censusedTerms` holds the terms already looked at).
    private func suggest(_ sentence: Sentence, index: Int, options: Options,
                         censusedTerms: inout Set<TermEntry>) throws -> SentenceSuggestion {
        let matches = try memory?.lookup(sentence.text, limit: options.limit, threshold: options.threshold) ?? []
        let termMatches = matcher.matches(in: sentence.text)
        var warnings: [SuggestionWarning] = []

        let termsInSentence = Set(termMatches.map(\.entry))
        for match in matches {
            for finding in checker.check(source: match.source, target: match.target)
            where termsInSentence.contains(finding.match.entry) {
                warnings.append(SuggestionWarning(finding.kind == .forbiddenTranslation ? .forbiddenRendering : .missingGlossaryRendering,
                                                  "match \(Self.percent(match.score)): \(finding.message)", unitID: match.unitID))
            }
            if match.score < 100 {
                warnings += ContentDifferences.between(sentence: sentence.text, match: match.source, unitID: match.unitID)
                    .map { warning in
                        var warning = warning
                        warning.message = "match \(Self.percent(match.score)): " + warning.message
                            + (match.adaptedTarget != nil && warning.kind == .numberMismatch ? " (carried over into the suggestion)" : "")
                        return warning
                    }
            }
        }
        let exactTargets = Set(matches.filter { $0.score >= 100 }.map(\.target))
        if exactTargets.count > 1 {
            warnings.append(SuggestionWarning(.inconsistentTranslation,
                                              "the memory translates this sentence \(exactTargets.count) ways: "
                                                + exactTargets.sorted().map { "“\($0)”" }.joined(separator: " / ")))
        }
        for term in termMatches where censusedTerms.insert(term.entry).inserted {
            if let warning = try census?.inconsistency(of: term.entry) { warnings.append(warning) }
        }
        return SentenceSuggestion(index: index, paragraph: sentence.paragraph, text: sentence.text,
                                  start: sentence.start, end: sentence.end, matches: matches,
                                  terms: termMatches.map(TermSuggestion.init),
                                  composed: composer.compositions(in: sentence.text, matches: termMatches).map(ComposedSuggestion.init),
                                  warnings: warnings)
    }

    static func percent(_ score: Double) -> String { "\(Int(score.rounded(.down)))%" }
}
