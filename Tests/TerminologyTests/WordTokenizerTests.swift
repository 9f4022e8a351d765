import Testing
@testable import Terminology

/// The tokenizer reads UTF-8 bytes; its character offsets and ranges must still be those of the
/// `String`'s `Character`s, whatever the text mixes in.
@Suite struct WordTokenizerTests {
    @Test func offsetsAndRangesAreTheStringsOwnAroundNonASCIIAndLineBreaks() {
        let text = "Kafe\u{0301} “rudal”\r\nJum’at — TNI-nya\u{00A0}dan  senjata-senjata,\nakhir- -awal é\u{212A}x"
        let tokens = WordTokenizer.tokens(in: text)
        #expect(tokens.map(\.text) == ["Kafe\u{0301}", "rudal", "Jum’at", "TNI-nya", "dan", "senjata-senjata", "akhir", "awal", "é\u{212A}x"])
        for token in tokens {
            #expect(String(text[token.range]) == token.text)
            #expect(text.distance(from: text.startIndex, to: token.range.lowerBound) == token.start, "\(token.text)")
            #expect(text.distance(from: text.startIndex, to: token.range.upperBound) == token.end, "\(token.text)")
        }
        // Only spaces (a no-break one too) join words; quotes, dashes and line breaks do not.
        #expect(tokens.map(\.joinsPrevious) == [false, false, false, false, true, true, false, false, true])
    }
}
