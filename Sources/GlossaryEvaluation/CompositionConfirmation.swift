import Terminology

/// A lower bound on the composer's precision from real translations: each composed rendering
/// offered for an Indonesian sentence is *confirmed* when its English appears in the aligned
/// English sentence, compared as `EnglishWords` normalises words (case, hyphens, a final plural
/// `s`), and *unconfirmed* otherwise — wrong, or paraphrased by the translator.
///
///     var confirmation = CompositionConfirmation(glossary: glossary)
///     confirmation.add(indonesian: "Seorang pejabat pemerintah membantah.", english: "A government official denied it.")
///     confirmation.confirmed  // 1
public struct CompositionConfirmation: Sendable {
    /// One composition and whether the aligned English has it.
    public struct Case: Sendable, Hashable {
        public var indonesian: String
        public var english: String
        public var parts: String
        public var isConfirmed: Bool
    }

    private let matcher: TermMatcher
    private let composer: PhraseComposer
    /// Every composition offered, in the order added.
    public private(set) var cases: [Case] = []

    public init(glossary: Glossary) {
        matcher = TermMatcher(glossary: glossary)
        composer = PhraseComposer(morphology: matcher.morphology)
    }

    /// Compositions offered.
    public var offered: Int { cases.count }
    /// Compositions whose English the aligned sentence has.
    public var confirmed: Int { cases.filter(\.isConfirmed).count }
    /// `confirmed / offered` in percent (0 when nothing was offered).
    public var confirmedPercent: Double { offered == 0 ? 0 : 100 * Double(confirmed) / Double(offered) }

    /// Composes on `indonesian` and checks each composition against `english`, its translation.
    public mutating func add(indonesian: String, english: String) {
        let sentence = " " + EnglishWords.words(english).joined(separator: " ") + " "
        for composition in composer.compositions(in: indonesian, matches: matcher.matches(in: indonesian)) {
            let phrase = " " + EnglishWords.words(composition.english).joined(separator: " ") + " "
            cases.append(Case(indonesian: composition.matchedText, english: composition.english,
                              parts: composition.partsDescription, isConfirmed: sentence.contains(phrase)))
        }
    }
}

/// English running text as words compared across a phrase and a sentence: lower case, hyphens
/// and punctuation as spaces, dots dropped (`U.S.` as `US`), a possessive `'s` and a final plural `s` dropped.
///
///     EnglishWords.words("The cease-fire's Terms")  // ["the", "cease", "fire", "term"]
public enum EnglishWords {
    public static func words(_ text: String) -> [String] {
        text.lowercased().replacingOccurrences(of: ".", with: "").split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }.map { word in
            var word = String(word)
            for suffix in ["'s", "’s", "'", "’"] where word.hasSuffix(suffix) { word.removeLast(suffix.count) }
            if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") { word.removeLast() }
            return word
        }.filter { !$0.isEmpty }
    }
}
