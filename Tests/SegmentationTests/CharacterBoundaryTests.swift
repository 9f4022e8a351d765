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
