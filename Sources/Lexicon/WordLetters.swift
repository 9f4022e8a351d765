/// What counts as a letter where text is cut into words for alignment: the aligner's evidence
/// tokenizer and the word-translation model's `LexiconWords` cut at the same places.
///
///     WordLetters.isLetter("é")   // true
///     WordLetters.isLetter("-")   // false
public enum WordLetters {
    /// ASCII letters without a property lookup; other scalars by their Unicode `Alphabetic`
    /// property. Inlinable: both cutters call it for every scalar of a long input.
    @inlinable
    public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: true
        case 0..<0x80: false
        default: scalar.properties.isAlphabetic
        }
    }
}
