import Testing
import Terminology
@testable import GlossaryEvaluation

/// The development measure of composed renderings: confirmed when the aligned English has them.
@Suite struct CompositionConfirmationTests {
    static let glossary = Glossary(entries: [
        TermEntry(indonesian: ["pejabat"], english: "official", domain: "politics"),
        TermEntry(indonesian: ["pemerintah"], english: "government", domain: "politics"),
        TermEntry(indonesian: ["pasukan"], english: "troops", domain: "military"),
        TermEntry(indonesian: ["AS"], english: "United States", alternatives: ["U.S."], domain: "international",
                  partOfSpeech: "properNoun", isAcronym: true),
    ])

    @Test func aCompositionTheTranslationHasIsConfirmedInAnyCaseHyphenationOrNumber() {
        var confirmation = CompositionConfirmation(glossary: Self.glossary)
        confirmation.add(indonesian: "Dua pejabat-pejabat pemerintah hadir.", english: "Two Government officials came.")
        confirmation.add(indonesian: "Pasukan AS tiba.", english: "US troops arrived.")
        #expect(confirmation.offered == 2 && confirmation.confirmed == 2)
        #expect(confirmation.confirmedPercent == 100)
    }

    @Test func aParaphraseOrAMissingPhraseIsUnconfirmedAndNoCompositionIsNoCase() {
        var confirmation = CompositionConfirmation(glossary: Self.glossary)
        confirmation.add(indonesian: "Pejabat pemerintah membantah.", english: "An official of the government denied it.")
        // The words must stand together as whole words, not inside others.
        confirmation.add(indonesian: "Pasukan AS tiba.", english: "Troops of the USA arrived, and wetroops.")
        confirmation.add(indonesian: "Pemerintah membantah.", english: "The government denied it.")
        #expect(confirmation.offered == 2 && confirmation.confirmed == 0)
        #expect(confirmation.cases.map(\.english) == ["government official", "U.S. troops"])
        #expect(confirmation.cases.first?.parts == "Pejabat → official + pemerintah → government")
        #expect(CompositionConfirmation(glossary: Self.glossary).confirmedPercent == 0)
    }

    @Test func englishWordsAreComparedWithoutCaseDotsPossessivesOrAFinalPluralS() {
        #expect(EnglishWords.words("The U.S.-backed cease-fire's Terms, 3.5%") == ["the", "us", "backed", "cease", "fire", "term", "35"])
        #expect(EnglishWords.words("press bus") == ["press", "bus"])
    }
}
