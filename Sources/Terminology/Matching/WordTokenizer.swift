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
///
/// Reads the UTF-8 bytes: an ASCII byte followed by another ASCII byte is a whole `Character`
/// (only CR LF is one `Character` of two), so only text around non-ASCII bytes is decoded into
/// `Character`s.
public enum WordTokenizer {
    /// The words of `text`, in order.
    /// - Complexity: O(n) in the length of `text`.
    public static func tokens(in text: String) -> [WordToken] {
        var tokens: [WordToken] = []
        forEachToken(in: text[...]) { tokens.append($0) }
        return tokens
    }

    /// Calls `body` with each word of `text` in order, offsets counted from the start of `text`.
    /// - Returns: the length of `text` in characters.
    @discardableResult
    static func forEachToken(in text: Substring, _ body: (WordToken) -> Void) -> Int {
        var isFirst = true
        var inWord = false
        var start = 0, end = 0, offset = 0
        var startIndex = text.startIndex, endIndex = text.startIndex
        var pendingJoiner = false   // a hyphen or apostrophe just after a word character
        var gapIsSpace = true

        func finish() {
            body(WordToken(text: String(text[startIndex..<endIndex]), start: start, end: end,
                           joinsPrevious: !isFirst && gapIsSpace, range: startIndex..<endIndex))
            isFirst = false
            inWord = false
            gapIsSpace = !pendingJoiner
            pendingJoiner = false
        }

        let utf8 = text.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            var next = utf8.index(after: index)
            let kind: CharacterKind
            if byte < 0x80, byte != 0x0D, next == utf8.endIndex || utf8[next] < 0x80 {
                kind = CharacterKind(ascii: byte)
            } else {
                next = text.index(after: index)
                kind = CharacterKind(text[index])
            }
            if kind == .word {
                pendingJoiner = false
                if !inWord { inWord = true; start = offset; startIndex = index }
                end = offset + 1
                endIndex = next
            } else if inWord, !pendingJoiner, kind == .joiner {
                pendingJoiner = true
            } else {
                if inWord { finish() }
                if kind != .space { gapIsSpace = false }
            }
            offset += 1
            index = next
        }
        if inWord { finish() }
        return offset
    }
}

/// What a `Character` is to the tokenizer.
private enum CharacterKind {
    /// A letter, digit or combining mark.
    case word
    /// A hyphen or apostrophe, which joins word characters on both sides into one word.
    case joiner
    /// A space, tab or no-break space: a multi-word term may run across it.
    case space
    /// Anything else: punctuation, a line break, a symbol.
    case other

    init(ascii: UInt8) {
        switch ascii {
        case 0x61...0x7A, 0x41...0x5A, 0x30...0x39: self = .word
        case 0x2D, 0x27: self = .joiner
        case 0x20, 0x09: self = .space
        default: self = .other
        }
    }

    init(_ character: Character) {
        if let ascii = character.asciiValue {
            self.init(ascii: ascii)
        } else if character.isLetter || character.isNumber || character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .nonspacingMark }) {
            self = .word
        } else if character == "\u{2019}" {
            self = .joiner
        } else if character == "\u{00A0}" {
            self = .space
        } else {
            self = .other
        }
    }
}
