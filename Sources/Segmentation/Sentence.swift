/// One sentence found by a `Segmenter`, with where it sits in the input.
///
///     let sentence = Segmenter(language: .english).sentences(in: "Hi. Bye.")[1]
///     // sentence.text == "Bye.", sentence.start == 4, sentence.end == 8, sentence.paragraph == 0
public struct Sentence: Hashable, Sendable, Codable {
    /// The sentence, trimmed and passed through `TextNormalizer.normalize(_:)`, each line break
    /// inside it (wrapped text) joined with one space.
    public var text: String
    /// Offset, in `Character`s from the start of the input, of the sentence's first character.
    public var start: Int
    /// Offset, in `Character`s, just past the sentence's last character (trailing space excluded).
    public var end: Int
    /// 0-based index of the paragraph (blank lines separate paragraphs; empty ones are not counted).
    public var paragraph: Int

    public init(text: String, start: Int, end: Int, paragraph: Int) {
        self.text = text
        self.start = start
        self.end = end
        self.paragraph = paragraph
    }
}
