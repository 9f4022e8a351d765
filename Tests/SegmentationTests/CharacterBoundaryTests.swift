import Segmentation
import Testing

/// Sentence offsets are in `Character`s, but trimming works on UTF-16 units: a zero-width
/// joiner or non-joiner trimmed from a sentence's end belongs to the Character before it, so the
/// offsets must still take that whole Character (found by the segmenter fuzz target).
@Suite struct CharacterBoundaryTests {
    @Test(arguments: ["\u{200C}", "\u{200D}"])
    func aTrimmedJoinerAtTheEndKeepsTheCharacterItExtends(joiner: String) {
        let input = "Harga naik." + joiner + "\n\nPasar tenang." + joiner
        let sentences = Segmenter(language: .indonesian).sentences(in: input)
        #expect(sentences.map(\.text) == ["Harga naik.", "Pasar tenang."])
        let characters = Array(input)
        #expect(sentences.map { String(characters[$0.start..<$0.end]) } == ["Harga naik." + joiner, "Pasar tenang." + joiner])
    }

    @Test func theFuzzFindingGivesOffsetsThatCoverTheText() {
        // The fuzzer's input: a control character, a space, a truncated UTF-8 sequence (read as
        // U+FFFD) and a zero-width non-joiner that joins it.
        let input = String(decoding: [0x1F, 0x20, 0xE2, 0x80, 0xE2, 0x80, 0x8C] as [UInt8], as: UTF8.self)
        let sentences = Segmenter(language: .indonesian).sentences(in: input)
        #expect(sentences.count == 1)
        #expect(sentences.first?.start == 0)
        #expect(sentences.first?.end == Array(input).count)
        #expect(sentences.first?.text == "\u{1F} \u{FFFD}")
    }
}

/// The start of a sentence may fall inside a Character too: a combining mark on a space that
/// trimming removes. The sentence then starts with the whole Character, so nothing between
/// sentences is dropped (the segmenter fuzz target's second finding).
@Suite struct CombiningMarkOnASpaceTests {
    @Test(arguments: [Language.indonesian, .english])
    func theFuzzFindingKeepsTheMarkInTheSentence(language: Language) {
        // The fuzzer's bytes 50 20 d6 9e 60 ef: the first picks the language, the rest is a space
        // carrying U+059E, a backquote and a truncated UTF-8 sequence (read as U+FFFD).
        let input = String(decoding: [0x20, 0xD6, 0x9E, 0x60, 0xEF] as [UInt8], as: UTF8.self)
        let sentences = Segmenter(language: language).sentences(in: input)
        #expect(sentences.map(\.text) == [" \u{59E}`\u{FFFD}"])
        #expect(sentences.map(\.start) == [0])
        #expect(sentences.map(\.end) == [Array(input).count])
    }

    @Test func aMarkOnTheSpaceOpeningALineStaysWithTheSentenceAfter() {
        let input = "Harga naik.\n \u{301}Pasar tenang."
        let sentences = Segmenter(language: .indonesian).sentences(in: input)
        #expect(sentences.map(\.text) == ["Harga naik.", " \u{301}Pasar tenang."])
        let characters = Array(input)
        #expect(sentences.map { String(characters[$0.start..<$0.end]) } == ["Harga naik.", " \u{301}Pasar tenang."])
    }
}

/// The rules see the text without the invisible characters normalisation removes, so a joiner or
/// soft hyphen between a full stop and the next sentence hides no break, and one inside an
/// abbreviation still keeps it from breaking.
@Suite struct InvisibleCharacterRuleTests {
    @Test(arguments: ["\u{200C}", "\u{200D}", "\u{2060}", "\u{AD}"])
    func aBreakAfterAFullStopSeesThroughAnInvisibleCharacter(invisible: String) {
        let indonesian = Segmenter(language: .indonesian).sentences(in: "Harga naik." + invisible + " Pasar tenang.")
        #expect(indonesian.map(\.text) == ["Harga naik.", "Pasar tenang."])
        let english = Segmenter(language: .english).sentences(in: "Prices rose." + invisible + " Markets were calm.")
        #expect(english.map(\.text) == ["Prices rose.", "Markets were calm."])
    }

    @Test func theInvisibleCharacterStaysWithTheSentenceBefore() {
        let input = "Harga naik.\u{200C} Pasar tenang."
        let sentences = Segmenter(language: .indonesian).sentences(in: input)
        let characters = Array(input)
        #expect(sentences.map { String(characters[$0.start..<$0.end]) } == ["Harga naik.\u{200C}", "Pasar tenang."])
    }

    @Test func aTitleWithAJoinerStillKeepsItsName() {
        let sentences = Segmenter(language: .indonesian).sentences(in: "Kata Prof.\u{200C} Budi menolak.")
        #expect(sentences.map(\.text) == ["Kata Prof. Budi menolak."])
    }
}
