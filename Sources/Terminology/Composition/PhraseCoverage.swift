/// How the glossary covers one Indonesian phrase: by an entry, by a composed rendering, or only
/// in parts — what `padan term find` tells a user about a phrase it does not know, and what the
/// glossary evaluation counts.
///
///     let coverage = PhraseCoverage(phrase: "tekanan politik", matcher: matcher)
///     coverage.entry          // nil: no entry for the phrase
///     coverage.composition?.english  // "political pressure"
///     coverage.unmatchedWords // []
public struct PhraseCoverage: Sendable {
    /// The phrase's words, in order.
    public let words: [WordToken]
    /// The real entries found in the phrase, in order.
    public let matches: [TermMatch]
    /// The compositions among `matches`, in order.
    public let compositions: [ComposedRendering]

    /// Matches the phrase with `matcher` and composes with a `PhraseComposer` on the matcher's analyser.
    public init(phrase: String, matcher: TermMatcher) {
        words = WordTokenizer.tokens(in: phrase)
        matches = matcher.matches(in: phrase)
        compositions = PhraseComposer(morphology: matcher.morphology).compositions(in: phrase, matches: matches)
    }

    /// The first real entry whose match spans every word of the phrase, if any.
    public var entry: TermMatch? {
        matches.first { covers(start: $0.start, end: $0.end) }
    }

    /// The first composed rendering that spans every word of the phrase, if any.
    public var composition: ComposedRendering? {
        compositions.first { covers(start: $0.start, end: $0.end) }
    }

    /// The words no real entry matched, in order.
    public var unmatchedWords: [String] {
        words.filter { word in !matches.contains { $0.start <= word.start && word.end <= $0.end } }.map(\.text)
    }

    private func covers(start: Int, end: Int) -> Bool {
        guard let first = words.first, let last = words.last else { return false }
        return start <= first.start && last.end <= end
    }
}
