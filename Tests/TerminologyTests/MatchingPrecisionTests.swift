import Testing
@testable import Terminology

/// Matches, checks and look-ups that used to offer the wrong entry (issue 14, known bugs):
/// function words claiming derivations, lexical reduplications claiming their base, forbidden
/// renderings inside accepted ones, and two-edit "typos" that are other words.
@Suite struct MatchingPrecisionTests {
    static let glossary = Glossary(entries: [
        TermEntry(indonesian: ["pukul"], english: "at", alternatives: ["o'clock"], domain: "wire", partOfSpeech: "other"),
        TermEntry(indonesian: ["kembali"], english: "again", domain: "wire", partOfSpeech: "adverb"),
        TermEntry(indonesian: ["senjata"], english: "weapon", domain: "military"),
        TermEntry(indonesian: ["penjara"], english: "prison", domain: "law"),
        TermEntry(indonesian: ["rudal"], english: "missile", domain: "military"),
        TermEntry(indonesian: ["mata-mata"], english: "spy", domain: "military"),
        TermEntry(indonesian: ["tembak-menembak"], english: "gunfight", domain: "military"),
        TermEntry(indonesian: ["pihaknya"], english: "his side", domain: "wire", partOfSpeech: "other"),
        TermEntry(indonesian: ["pihak"], english: "side", domain: "wire"),
        TermEntry(indonesian: ["Makedonia Utara"], english: "North Macedonia", alternatives: ["North Macedonian"],
                  forbidden: ["Macedonia"], domain: "international", partOfSpeech: "properNoun"),
        TermEntry(indonesian: ["terkait"], english: "on", alternatives: ["related to", "regarding"], forbidden: ["related"],
                  domain: "wire", partOfSpeech: "other"),
    ])

    let matcher = TermMatcher(glossary: Self.glossary)

    private func hits(_ text: String) -> [String] {
        matcher.matches(in: text).map { "\($0.matchedText)=\($0.entry.english)/\($0.level.rawValue)" }
    }

    @Test func aFunctionWordOrAdverbMatchesNoDerivationOfItsRoot() {
        // pukul is "at" before a time; dipukuli is "beaten", memukul "hit".
        #expect(hits("Pukul 10.00 WIB ia dipukuli dan memukul.") == ["Pukul=at/inflected"])
        #expect(hits("Ia kembali, lalu dikembalikan.") == ["kembali=again/exact"])
        // A content word still meets its derivations.
        #expect(hits("persenjataan") == ["persenjataan=weapon/derived"])
    }

    @Test func aReduplicatedTermMatchesOnlyReduplicatedWords() {
        #expect(hits("mata-mata itu menembak ke mata saksi") == ["mata-mata=spy/exact"])
        #expect(hits("terjadi tembak-menembak") == ["tembak-menembak=gunfight/exact"])
    }

    @Test func aTermWrittenWithNyaMatchesOnlyNyaForms() {
        // pihaknya is loaded first, yet Pihak (capitalised, so neither spelling exactly) is the side.
        #expect(hits("Pihak militer dan pihaknya") == ["Pihak=side/inflected", "pihaknya=his side/exact"])
    }

    @Test func aForbiddenRenderingInsideAnAcceptedOneIsNoFinding() {
        let checker = TermChecker(matcher: matcher)
        #expect(checker.check(source: "Makedonia Utara bergabung.", target: "North Macedonia joined.").isEmpty)
        let wrong = checker.check(source: "Makedonia Utara bergabung.", target: "Macedonia joined.")
        #expect(wrong.map(\.kind) == [.missingTranslation, .forbiddenTranslation])
        // On its own beside the accepted one it is still found.
        let both = checker.check(source: "Makedonia Utara bergabung.", target: "North Macedonia, once Macedonia, joined.")
        #expect(both.map(\.kind) == [.forbiddenTranslation])
        #expect(checker.check(source: "terkait kasus itu", target: "related to the case").isEmpty)
        #expect(checker.check(source: "terkait kasus itu", target: "the related case").map(\.kind) == [.missingTranslation, .forbiddenTranslation])
    }

    @Test func twoEditsInAShortWordAreNoTypo() {
        let lookup = GlossaryLookup(glossary: Self.glossary)
        // persenjataan has the base senjata; penjara is two letters away from it, another word.
        #expect(lookup.lookup("persenjataan").map(\.entry.english) == ["weapon"])
        #expect(GlossaryLookup.typoDistance("senjata", "penjara") == nil)
        #expect(GlossaryLookup.typoDistance("rudl", "rudal") == 1)
        #expect(GlossaryLookup.typoDistance("balistik", "ballistik") == 1)
        #expect(GlossaryLookup.typoDistance("persenjatan", "persenjataan") == 1)
        #expect(GlossaryLookup.typoDistance("prsenjatan", "persenjataan") == 2)
    }
}
