import Lexicon

/// A word or number token of a sentence, as the aligner's evidence extractor sees it.
struct SentenceToken {
    enum Kind { case word, number }
    var kind: Kind
    /// The token as written.
    var text: Substring
    /// Lower-cased text, used for dictionaries and identical-word matching; computed when asked,
    /// since the evidence extractor needs it only once per distinct word form.
    var lowercased: String { text.lowercased() }
}

/// Splits a sentence into word and number tokens: letters runs, digit runs (with `.` or `,`
/// between digits kept inside the number), and the punctuation marks that carry over in
/// translation (question and exclamation marks, quotation marks).
enum SentenceTokenizer {
    /// Punctuation marks the tokenizer reports, normalised (`“` and `”` become `"`).
    struct Marks: OptionSet, Sendable {
        let rawValue: UInt8
        static let question = Marks(rawValue: 1)
        static let exclamation = Marks(rawValue: 2)
        static let quotation = Marks(rawValue: 4)
    }

    /// Tokens and punctuation marks of `text`.
    static func tokenize(_ text: String) -> (tokens: [SentenceToken], marks: Marks) {
        var tokens: [SentenceToken] = []
        var marks: Marks = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if isDigit(scalar) {
                let start = index
                var end = scalars.index(after: index)
                while end < scalars.endIndex {
                    if isDigit(scalars[end]) {
                        end = scalars.index(after: end)
                    } else if scalars[end] == "." || scalars[end] == ",",
                              case let next = scalars.index(after: end), next < scalars.endIndex, isDigit(scalars[next]) {
                        end = next
                    } else {
                        break
                    }
                }
                let piece = Substring(scalars[start..<end])
                tokens.append(SentenceToken(kind: .number, text: piece))
                index = end
            } else if WordLetters.isLetter(scalar) {
                let start = index
                var end = scalars.index(after: index)
                while end < scalars.endIndex, WordLetters.isLetter(scalars[end]) {
                    end = scalars.index(after: end)
                }
                let piece = Substring(scalars[start..<end])
                tokens.append(SentenceToken(kind: .word, text: piece))
                index = end
            } else {
                switch scalar {
                case "?", "\u{FF1F}": marks.insert(.question)
                case "!": marks.insert(.exclamation)
                case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": marks.insert(.quotation)
                default: break
                }
                index = scalars.index(after: index)
            }
        }
        return (tokens, marks)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }
}
