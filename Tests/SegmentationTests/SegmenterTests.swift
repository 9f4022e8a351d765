import Segmentation
import Testing

@Suite struct SegmenterTests {
    @Test func offsetsCountCharactersOfTheInputAsGiven() throws {
        // "é" as e + combining accent, an emoji flag and CRLF are one Character each.
        let text = "Cafe\u{301} 🇮🇩 buka.\r\nIa senang. Ok."
        let sentences = Segmenter(language: .indonesian).sentences(in: text)
        #expect(sentences.map(\.text) == ["Café 🇮🇩 buka.", "Ia senang.", "Ok."])
        let characters = Array(text)
        for sentence in sentences {
            let slice = String(characters[sentence.start..<sentence.end])
            #expect(TextNormalizer.normalize(slice) == sentence.text)
        }
        #expect(sentences[0].start == 0)
        #expect(sentences[0].end == 12)
        #expect(sentences[1].start == 13)
    }

    @Test func blankLinesSeparateParagraphsAndAreHardBoundaries() {
        let text = "  Satu kalimat tanpa titik\n \t\nDua. Tiga.\n\n\n\nEmpat dari Dr.\r\n\r\nLima"
        let sentences = Segmenter(language: .indonesian).sentences(in: text)
        #expect(sentences.map(\.text) == ["Satu kalimat tanpa titik", "Dua.", "Tiga.", "Empat dari Dr.", "Lima"])
        #expect(sentences.map(\.paragraph) == [0, 1, 1, 2, 3])
    }

    @Test func emptyAndBlankInputsGiveNoSentences() {
        let segmenter = Segmenter(language: .english)
        #expect(segmenter.sentences(in: "").isEmpty)
        #expect(segmenter.sentences(in: " \n\n\t \r\n").isEmpty)
    }

    @Test func sentenceTextIsNormalised() {
        let sentences = Segmenter(language: .indonesian).sentences(in: "Harga\u{00A0}naik\u{200B} 2,5 persen.")
        #expect(sentences.map(\.text) == ["Harga naik 2,5 persen."])
    }

    @Test func longInputKeepsEveryCharacterInOrder() {
        let passage = "Presiden tiba pukul 10.00 WIB. Ia disambut Letjen. Budi. \"Kapan?\" tanya dia. "
        let text = String(repeating: passage, count: 2_000)
        let sentences = Segmenter(language: .indonesian).sentences(in: text)
        #expect(sentences.count == 6_000)
        #expect(zip(sentences, sentences.dropFirst()).allSatisfy { $0.end < $1.start })
        #expect(sentences.last?.end == text.count - 1)
    }

    @Test func ownRulesReplaceTheBuiltInOnes() throws {
        let rules = SegmentationRules(rules: [try SegmentationRule(isBreak: true, before: ";", after: #"\s"#)])
        let sentences = Segmenter(language: .english, rules: rules).sentences(in: "One; two. Three; four")
        #expect(sentences.map(\.text) == ["One;", "two. Three;", "four"])
    }

    @Test func aRuleEarlierInTheListWins() throws {
        let exception = SegmentationRules(rules: [try SegmentationRule(isBreak: false, before: #"\bfig\."#, after: #"\s"#)])
        let sentences = Segmenter(language: .english, rules: exception.extending(.builtIn(.english)))
            .sentences(in: "See fig. Two shows it.")
        #expect(sentences.map(\.text) == ["See fig. Two shows it."])
        #expect(Segmenter(language: .english).sentences(in: "See fig. Two shows it.").count == 2)
    }

    @Test func anInvalidPatternIsRefused() {
        #expect(throws: SRXError.self) { try SegmentationRule(isBreak: true, before: "([a-z", after: "") }
    }
}

@Suite struct TextNormalizerTests {
    @Test(arguments: [
        ("a\r\nb\rc\nd", "a\nb\nc\nd"),
        ("Rp1.500\u{00A0}juta", "Rp1.500 juta"),
        ("zero\u{200B}width\u{FEFF}\u{2060}", "zerowidth"),
        ("Cafe\u{301}", "Café"),
        ("line\u{2028}sep", "line\nsep"),
        ("so\u{00AD}ft", "soft"),
    ])
    func normalises(_ input: String, _ expected: String) {
        #expect(TextNormalizer.normalize(input) == expected)
        #expect(TextNormalizer.normalize(input).unicodeScalars.elementsEqual(expected.unicodeScalars))
    }
}

@Suite struct LanguageTests {
    @Test(arguments: [("id", Language.indonesian), ("ID-id", .indonesian), ("in", .indonesian),
                      ("en", .english), ("en-US", .english), ("EN_gb", .english)])
    func readsTags(_ tag: String, _ expected: Language) {
        #expect(Language(tag: tag) == expected)
    }

    @Test(arguments: ["fr", "", "english-ish", "ms"])
    func refusesOtherLanguages(_ tag: String) {
        #expect(Language(tag: tag) == nil)
    }
}
