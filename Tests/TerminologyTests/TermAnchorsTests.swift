import Testing
@testable import Terminology

@Suite struct TermAnchorsTests {
    let anchors: TermAnchors

    init() throws {
        anchors = TermAnchors(glossary: try Glossary.load(paths: [fixture("military.tsv")]).0)
    }

    @Test func anAffixedTermAndAnInflectedRenderingGiveTheSameKey() {
        let indonesian = anchors.indonesianKeys(in: "Pyongyang meluncurkan rudal balistik antarbenua dan memperluas program senjatanya.")
        let english = anchors.englishKeys(in: "Pyongyang launched ICBMs and broadened its weapons programme.")
        #expect(Set(indonesian) == ["intercontinental ballistic missile", "expand", "weapon"])
        #expect(Set(english) == Set(indonesian))
    }

    @Test func eachKeyOnceAndOnlyWholeWords() {
        #expect(anchors.englishKeys(in: "A missile, then another missile.") == ["missile"])
        #expect(anchors.englishKeys(in: "The missileer and the weaponsmith.").isEmpty)
        #expect(anchors.indonesianKeys(in: "Cuaca cerah di Bandung.").isEmpty)
    }

    @Test(arguments: [
        "The U.S. imposed new sanctions on the Korean Central News Agency.",
        "Defence spending rose after the summit.",
        "KCNA said the ICBMs were launched at dawn.",
        "The weapons were expanded, not banned.",
    ])
    func theEnglishIndexFindsWhatTheCheckerWouldFind(sentence: String) throws {
        let glossary = try Glossary.load(paths: [fixture("military.tsv")]).0
        let text = EnglishText(sentence)
        let expected = glossary.entries.filter { entry in
            entry.acceptableEnglish.contains { text.containsAnyForm(of: $0, partOfSpeech: entry.partOfSpeech) }
        }.map { EnglishText.normalise($0.english) }
        #expect(Set(anchors.englishKeys(in: sentence)) == Set(expected))
        #expect(!expected.isEmpty)
    }
}

@Suite struct EnglishTextNormalisationTests {
    @Test(arguments: [
        "JAKARTA, Indonesia (AP) — The U.S. Navy’s “Freedom” ships, 1,500 sailors.",
        "Don't stop at the 2.5% mark -- said Gen. O'Neill!",
        "Café owners in Bogotá and Zürich",          // letters outside ASCII: the slow path
        "Cafe\u{301} and na\u{EF}ve",                 // a combining mark joins the letter before it
        "Ⅻ rounds, ½ price, ٣ days",                 // numbers outside ASCII
        "",
    ])
    func theFastPathAgreesWithTheCharacterPath(text: String) {
        #expect(EnglishText.normalise(text) == EnglishText.normaliseCharacters(text))
    }

    @Test func curlyQuotesAndDashesKeepTheFastPath() {
        #expect(EnglishText.normaliseASCIIWords("The Navy’s “Freedom” — ships") == "the navys freedom ships")
        #expect(EnglishText.normaliseASCIIWords("Café") == nil)
    }
}
