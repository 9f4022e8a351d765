import Testing
@testable import Terminology

/// Composed renderings for head-modifier noun phrases no entry covers (issue 14, item 3).
@Suite struct PhraseComposerTests {
    static let glossary = Glossary(entries: [
        TermEntry(indonesian: ["pejabat"], english: "official", domain: "politics"),
        TermEntry(indonesian: ["pemerintah"], english: "government", domain: "politics"),
        TermEntry(indonesian: ["senjata"], english: "weapon", alternatives: ["arms"], domain: "military"),
        TermEntry(indonesian: ["nuklir"], english: "nuclear", domain: "military", partOfSpeech: "adjective"),
        TermEntry(indonesian: ["pasukan"], english: "troops", domain: "military"),
        TermEntry(indonesian: ["perdamaian"], english: "peace", domain: "diplomacy"),
        TermEntry(indonesian: ["pasukan perdamaian"], english: "peacekeepers", domain: "military"),
        TermEntry(indonesian: ["politik"], english: "politics", alternatives: ["political"], domain: "politics"),
        TermEntry(indonesian: ["tekanan"], english: "pressure", domain: "politics"),
        TermEntry(indonesian: ["Rusia"], english: "Russia", alternatives: ["Russian"], domain: "international", partOfSpeech: "properNoun"),
        TermEntry(indonesian: ["Jakarta"], english: "Jakarta", domain: "international", partOfSpeech: "properNoun"),
        TermEntry(indonesian: ["mengatakan"], english: "said", domain: "wire", partOfSpeech: "verb"),
        TermEntry(indonesian: ["juru bicara"], english: "spokesperson", domain: "politics"),
        TermEntry(indonesian: ["latihan perang"], english: "war games", domain: "military"),
    ])

    let matcher = TermMatcher(glossary: Self.glossary)

    private func composed(_ text: String) -> [String] {
        PhraseComposer(morphology: matcher.morphology).compositions(in: text, matches: matcher.matches(in: text))
            .map { "\($0.matchedText)=\($0.english)" }
    }

    @Test func aNounNounPairIsComposedInEnglishOrder() throws {
        let text = "Kemarin pejabat pemerintah membantah."
        let compositions = PhraseComposer(morphology: matcher.morphology).compositions(in: text, matches: matcher.matches(in: text))
        let first = try #require(compositions.first)
        #expect(compositions.count == 1)
        #expect(first.english == "government official")
        #expect(first.matchedText == "pejabat pemerintah")
        #expect(first.start == 8 && first.end == 26)
        #expect(first.head.entry.english == "official" && first.modifier.entry.english == "government")
        #expect(first.partsDescription == "pejabat → official + pemerintah → government")
    }

    @Test func aNounAdjectivePairIsComposedInEnglishOrder() {
        #expect(composed("Mereka menyimpan senjata nuklir.") == ["senjata nuklir=nuclear weapon"])
        // A noun modifier with an adjective among its alternatives stands as that adjective.
        #expect(composed("Ada tekanan politik.") == ["tekanan politik=political pressure"])
        // A name only with its adjective: Russian government, but no "Jakarta government" composed here.
        #expect(composed("pemerintah Rusia dan pemerintah Jakarta") == ["pemerintah Rusia=Russian government"])
    }

    @Test func oneSideMayBeAPhraseButNotBoth() {
        #expect(composed("juru bicara pemerintah") == ["juru bicara pemerintah=government spokesperson"])
        #expect(composed("latihan perang pasukan perdamaian").isEmpty)
    }

    @Test func aReduplicatedHeadMakesThePlural() {
        #expect(composed("pejabat-pejabat pemerintah") == ["pejabat-pejabat pemerintah=government officials"])
    }

    @Test func aPairAnEntryCoversIsNotComposed() {
        #expect(matcher.matches(in: "pasukan perdamaian").map(\.entry.english) == ["peacekeepers"])
        #expect(composed("Pasukan perdamaian tiba.").isEmpty)
    }

    @Test func noCompositionAcrossPunctuationOrWithAVerbOrADerivedOrNyaForm() {
        #expect(composed("pejabat, pemerintah").isEmpty)
        #expect(composed("pejabat\npemerintah").isEmpty)
        #expect(composed("pejabat mengatakan").isEmpty)
        // persenjataan (weaponry) is a derivation of senjata: its gloss is not the phrase's head.
        #expect(composed("persenjataan nuklir").isEmpty)
        // pejabatnya pemerintah: -nya closes the noun phrase at its head.
        #expect(composed("pejabatnya pemerintah").isEmpty)
    }

    @Test func theCoverageOfAPhraseSaysEntryCompositionOrParts() {
        let entry = PhraseCoverage(phrase: "pasukan perdamaian", matcher: matcher)
        #expect(entry.entry?.entry.english == "peacekeepers")
        let composition = PhraseCoverage(phrase: "pejabat pemerintah", matcher: matcher)
        #expect(composition.entry == nil)
        #expect(composition.composition?.english == "government official")
        let parts = PhraseCoverage(phrase: "pejabat senior pemerintah", matcher: matcher)
        #expect(parts.entry == nil && parts.composition == nil)
        #expect(parts.matches.map(\.matchedText) == ["pejabat", "pemerintah"])
        #expect(parts.unmatchedWords == ["senior"])
    }

    @Test func checkNeverRequiresAComposedRendering() {
        // The English has each part's rendering but not the composed phrase: no finding.
        let findings = TermChecker(matcher: matcher).check(source: "Pejabat pemerintah membantah.",
                                                           target: "An official of the government denied it.")
        #expect(findings.isEmpty)
        // Without a part's rendering the part (a real entry) is reported, never the composition.
        let missing = TermChecker(matcher: matcher).check(source: "Pejabat pemerintah membantah.", target: "A spokesman denied it.")
        #expect(missing.map(\.match.entry.english) == ["official", "government"])
    }

    /// The composer walks the text by characters, as the matcher counts them, also where a
    /// character is more than one byte: accents, combining marks, emoji, CR LF, a no-break space.
    @Test(arguments: [
        "Caf\u{E9} pejabat pemerintah.", "Cafe\u{301}\r\npejabat pemerintah 👍🏽 dan pejabat\u{00A0}pemerintah\r\n",
        "Jum\u{2019}at: pejabat-pejabat pemerintah, 東京 pejabat pemerintah",
    ])
    func compositionsAreAtTheirCharacterOffsetsInAnyText(text: String) throws {
        let compositions = PhraseComposer(morphology: matcher.morphology).compositions(in: text, matches: matcher.matches(in: text))
        #expect(!compositions.isEmpty)
        let characters = Array(text)
        for composition in compositions {
            #expect(String(characters[composition.start..<composition.end]) == composition.matchedText)
            #expect(composition.start == composition.head.start && composition.end == composition.modifier.end)
            #expect(composition.english.hasSuffix("official") || composition.english.hasSuffix("officials"))
        }
        #expect(compositions.count == text.components(separatedBy: "pemerintah").count - 1)
    }
}
