/// A word of running text and where it is.
public struct WordToken: Hashable, Sendable {
    /// The word as written (hyphenated forms such as `negara-negara` or `TNI-nya` are one token).
    public var text: String
    /// Character offset of the first character.
    public var start: Int
    /// Character offset just past the last character.
    public var end: Int
    /// Whether only spaces (or a hyphen) separate this token from the previous one, so a
    /// multi-word term may run across the gap; false after punctuation or a line break.
    public var joinsPrevious: Bool
    /// Where the token is in the string it was read from.
    public var range: Range<String.Index>
}

/// Splits text into words: letters and digits, with inner hyphens and apostrophes kept
/// (`negara-negara`, `Jum'at`), offsets counted in `Character`s.
///
///     WordTokenizer.tokens(in: "Rudal (balistik)").map(\.text)  // ["Rudal", "balistik"]
public enum WordTokenizer {
    /// The words of `text`, in order.
    /// - Complexity: O(n) in the length of `text`.
    public static func tokens(in text: String) -> [WordToken] {
        var tokens: [WordToken] = []
        var current = ""
        var start = 0, end = 0, offset = 0
        var startIndex = text.startIndex, endIndex = text.startIndex
        var pendingJoiner: Character?   // a hyphen or apostrophe just after a word character
        var gapIsSpace = true

        func finish() {
            tokens.append(WordToken(text: current, start: start, end: end,
                                    joinsPrevious: !tokens.isEmpty && gapIsSpace, range: startIndex..<endIndex))
            current = ""
            gapIsSpace = pendingJoiner == nil
            pendingJoiner = nil
        }

        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character.isWordCharacter {
                if let joiner = pendingJoiner {
                    current.append(joiner)
                    pendingJoiner = nil
                }
                if current.isEmpty { start = offset; startIndex = index }
                current.append(character)
                end = offset + 1
                endIndex = next
            } else if !current.isEmpty, pendingJoiner == nil, character == "-" || character == "'" || character == "\u{2019}" {
                pendingJoiner = character
            } else {
                if !current.isEmpty { finish() }
                if !(character == " " || character == "\t" || character == "\u{00A0}") { gapIsSpace = false }
            }
            offset += 1
            index = next
        }
        if !current.isEmpty { finish() }
        return tokens
    }
}

private extension Character {
    /// A letter, digit or combining mark; ASCII is decided without Unicode property lookups.
    var isWordCharacter: Bool {
        if let ascii = asciiValue {
            return (ascii >= 0x61 && ascii <= 0x7A) || (ascii >= 0x41 && ascii <= 0x5A) || (ascii >= 0x30 && ascii <= 0x39)
        }
        return isLetter || isNumber || isCombiningOnly
    }

    /// A mark that attaches to the preceding letter (a combining accent written separately).
    var isCombiningOnly: Bool {
        unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark }
    }
}
