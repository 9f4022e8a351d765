import Lexicon
import Terminology

/// The words of one sentence as spotting reads them: each with its place in the text (character
/// offsets, as `ConcordanceHit.ranges` counts them) and its model word, the Indonesian root or the
/// English stem the word-translation model counts (`LexiconWords`). Numbers are words too, read as
/// written, so that `2009` links to `2009`.
///
///     let text = SpottingText("Persenjataan nuklirnya bertambah.", language: .indonesian)
///     text.words.map(\.modelWord)   // ["senjata", "nuklir", "tambah"]
///     text.words[0].range            // 0..<12
public struct SpottingText: Sendable, Hashable {
    /// The two languages the model knows.
    public enum Language: Sendable, Hashable {
        case indonesian, english
    }

    /// One word of the text.
    public struct Word: Sendable, Hashable {
        /// Character offsets of the word in the text.
        public var range: Range<Int>
        /// The word as written.
        public var surface: String
        /// The model's word: Indonesian root or English stem, lower case.
        public var modelWord: String
    }

    public let text: String
    public let language: Language
    public let words: [Word]

    /// Reads `text`, finding each word's model word with `morphology` (Indonesian) or
    /// `EnglishStem` (English). One-letter words (`a`, the `s` of `'s`) are left out, as the
    /// model leaves them out.
    public init(_ text: String, language: Language, morphology: IndonesianMorphology = .shared) {
        var cache: [String: String] = [:]
        self.init(text, language: language, modelWord: { surface in
            if let known = cache[surface] { return known }
            let word = Self.modelWord(of: surface, language: language, morphology: morphology)
            cache[surface] = word
            return word
        })
    }

    /// Reads `text` with a caller's word function (a cache shared over many sentences).
    public init(_ text: String, language: Language, modelWord: (String) -> String) {
        self.text = text
        self.language = language
        self.words = Self.wordRuns(text, keepingHyphens: language == .indonesian).map { range, surface in
            Word(range: range, surface: surface, modelWord: modelWord(surface))
        }
    }

    /// The model word of one written word.
    public static func modelWord(of surface: String, language: Language, morphology: IndonesianMorphology = .shared) -> String {
        if surface.first?.isNumber == true { return surface }
        switch language {
        case .indonesian: return morphology.base(of: surface).lowercased()
        case .english: return EnglishStem.stem(surface)
        }
    }

    /// The text of words `span` (indices into `words`), from the first word's start to the last one's end.
    public func text(of span: ClosedRange<Int>) -> String {
        let characters = Array(text)
        return String(characters[words[span.lowerBound].range.lowerBound..<words[span.upperBound].range.upperBound])
    }

    /// Character offsets from the first word of `span` to the end of its last.
    public func range(of span: ClosedRange<Int>) -> Range<Int> {
        words[span.lowerBound].range.lowerBound..<words[span.upperBound].range.upperBound
    }

    /// Runs of letters and runs of digits (a point or comma between digits kept: `2,5`), one-letter
    /// runs dropped. With `keepingHyphens` a hyphen inside a word is kept (Indonesian
    /// reduplication, `negara-negara`); English `climate-related` is two words, so that a span may end inside it.
    static func wordRuns(_ text: String, keepingHyphens: Bool) -> [(Range<Int>, String)] {
        var runs: [(Range<Int>, String)] = []
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard isLetter(character) || isNumber(character) else { index += 1; continue }
            let start = index
            let numeric = isNumber(character)
            index += 1
            while index < characters.count {
                let next = characters[index]
                if numeric ? isNumber(next) : isLetter(next) {
                    index += 1
                } else if index + 1 < characters.count,
                          numeric ? (next == "." || next == ",") && characters[index + 1].isNumber
                                   : keepingHyphens && next == "-" && isLetter(characters[index + 1]) {
                    index += 2
                } else {
                    break
                }
            }
            if numeric || index - start > 1 { runs.append((start..<index, String(characters[start..<index]))) }
        }
        return runs
    }

    // `Character.isLetter` and `isNumber` look Unicode properties up even for ASCII, which was a
    // tenth of `term extract`'s time; ASCII is answered here, the same way.

    private static func isLetter(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return character.isLetter }
        return (ascii | 0x20) >= UInt8(ascii: "a") && (ascii | 0x20) <= UInt8(ascii: "z")
    }

    private static func isNumber(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return character.isNumber }
        return ascii >= UInt8(ascii: "0") && ascii <= UInt8(ascii: "9")
    }
}
