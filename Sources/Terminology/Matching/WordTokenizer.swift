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
/// `Character`s, and a word is handed on as a byte range, not a `String`.
public enum WordTokenizer {
    /// The words of `text`, in order.
    /// - Complexity: O(n) in the length of `text`.
    public static func tokens(in text: String) -> [WordToken] {
        var text = text
        text.makeContiguousUTF8()
        let utf8 = text.utf8
        var tokens: [WordToken] = []
        utf8.withContiguousStorageIfAvailable { bytes -> Void in
            forEachWord(in: text[...], bytes: bytes) { span in
                let range = utf8.index(utf8.startIndex, offsetBy: span.bytes.lowerBound)
                    ..< utf8.index(utf8.startIndex, offsetBy: span.bytes.upperBound)
                tokens.append(WordToken(text: String(text[range]), start: span.start, end: span.end,
                                        joinsPrevious: span.joinsPrevious, range: range))
            }
        }
        return tokens
    }

    /// One word as `forEachWord` finds it.
    struct Span {
        /// UTF-8 offsets of the word in the bytes read.
        var bytes: Range<Int>
        /// Character offsets of the word from the start of the text read.
        var start: Int
        var end: Int
        /// As `WordToken.joinsPrevious`.
        var joinsPrevious: Bool
    }

    /// What `forEachWord(in:bytes:into:)` hands each word to.
    protocol Visitor {
        mutating func visit(_ span: Span)
    }

    /// A closure as a `Visitor`.
    private struct ClosureVisitor: Visitor {
        let body: (Span) -> Void
        func visit(_ span: Span) { body(span) }
    }

    /// Calls `body` with each word of `text` in order; `bytes` are the UTF-8 bytes of `text`,
    /// contiguous, and the spans count from the start of both.
    /// - Returns: the length of `text` in characters.
    @discardableResult
    static func forEachWord(in text: Substring, bytes: UnsafeBufferPointer<UInt8>, _ body: (Span) -> Void) -> Int {
        withoutActuallyEscaping(body) { body in
            var visitor = ClosureVisitor(body: body)
            return forEachWord(in: text, bytes: bytes, into: &visitor)
        }
    }

    /// Hands each word of `text` to `visitor` in order, as `forEachWord(in:bytes:_:)` does: a
    /// visitor keeps its state in itself, where a closure's captured variables would each be
    /// checked for exclusive access at run time on every word.
    /// - Returns: the length of `text` in characters.
    @discardableResult
    static func forEachWord(in text: Substring, bytes: UnsafeBufferPointer<UInt8>, into visitor: inout some Visitor) -> Int {
        var isFirst = true
        var inWord = false
        var start = 0, end = 0, offset = 0
        var startByte = 0, endByte = 0
        var pendingJoiner = false   // a hyphen or apostrophe just after a word character
        var gapIsSpace = true
        let utf8 = text.utf8
        let count = bytes.count
        var position = 0
        while position < count {
            let byte = bytes[position]
            var next = position + 1
            let kind: CharacterKind
            if byte < 0x80, byte != 0x0D, next == count || bytes[next] < 0x80 {
                kind = CharacterKind(ascii: byte)
            } else {
                // Around a non-ASCII byte (or CR): decode the whole `Character`.
                let index = utf8.index(utf8.startIndex, offsetBy: position)
                let after = text.index(after: index)
                kind = CharacterKind(text[index])
                next = utf8.distance(from: utf8.startIndex, to: after)
            }
            if kind == .word {
                pendingJoiner = false
                if !inWord { inWord = true; start = offset; startByte = position }
                end = offset + 1
                endByte = next
            } else if inWord, !pendingJoiner, kind == .joiner {
                pendingJoiner = true
            } else {
                if inWord {
                    visitor.visit(Span(bytes: startByte..<endByte, start: start, end: end, joinsPrevious: !isFirst && gapIsSpace))
                    isFirst = false
                    inWord = false
                    gapIsSpace = !pendingJoiner
                    pendingJoiner = false
                }
                if kind != .space { gapIsSpace = false }
            }
            offset += 1
            position = next
        }
        if inWord { visitor.visit(Span(bytes: startByte..<endByte, start: start, end: end, joinsPrevious: !isFirst && gapIsSpace)) }
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
