/// One token of a sentence as fuzzy matching sees it: a word, a number or a punctuation mark.
///
///     MatchToken.tokenize("Pada 2018, negara-negara ASEAN…").map(\.text)
///     // ["Pada", "2018", ",", "negara-negara", "ASEAN", "…"]
///
/// Words are runs of letters or of digits, with a hyphen or apostrophe inside kept (Indonesian
/// reduplication `negara-negara` is one word; `Rp1.500` is `Rp` and `1.500`). A number is a run of digits with `.` or `,` between
/// digits (`2,5`, `1.500.000`). Every other visible character is a punctuation token.
public struct MatchToken: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case word, number, punctuation }

    public var kind: Kind
    /// The text as written.
    public var text: String
    /// What must be equal for two tokens to count as the same word: lower-cased text for words,
    /// `#` for every number (numbers differ only by a small penalty), the mark itself for punctuation.
    public var key: String
    /// Character offsets of the token in the sentence.
    public var range: Range<Int>

    /// The key shared by every number.
    public static let numberKey = "#"

    /// Splits `text` into tokens; white space separates tokens and is dropped.
    /// - Complexity: O(*n*) in the number of characters.
    public static func tokenize(_ text: String) -> [MatchToken] {
        var tokens: [MatchToken] = []
        forEach(in: text) { tokens.append($0) }
        return tokens
    }

    /// Calls `body` with the tokens of `text` in order, as `tokenize` returns them, without
    /// building an array (an import tokenizes two million sentences and keeps only term ids).
    /// - Complexity: O(*n*) in the number of characters.
    static func forEach(in text: String, _ body: (MatchToken) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            if bytes.allSatisfy({ $0 < 0x80 }) {
                scanASCII(bytes, body)
            } else {
                tokenizeCharacters(String(decoding: bytes, as: UTF8.self)).forEach(body)
            }
        }
    }

    /// The same tokens as `tokenizeCharacters`, read from ASCII bytes.
    static func tokenizeASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> [MatchToken] {
        var tokens: [MatchToken] = []
        scanASCII(bytes) { tokens.append($0) }
        return tokens
    }

    /// Calls `body` with the tokens of ASCII `bytes`: most wire copy is ASCII, and Unicode
    /// character properties dominate import time otherwise.
    private static func scanASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (MatchToken) -> Void) {
        forEachASCIISpan(bytes) { kind, range in
            let wordBytes = UnsafeBufferPointer(rebasing: bytes[range])
            let text = String(decoding: wordBytes, as: UTF8.self)
            let key = switch kind {
            case .number: numberKey
            case .word: wordBytes.contains(where: isASCIIUpper) ? lowercasedASCII(wordBytes) : text
            case .punctuation: text
            }
            body(MatchToken(kind: kind, text: text, key: key, range: range))
        }
    }

    /// Calls `body` with the kind and byte range of each token of ASCII `bytes`, as `tokenize`
    /// gives them, building no string: an import looks most words up by their bytes.
    static func forEachASCIISpan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Kind, Range<Int>) -> Void) {
        func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
        func isWord(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte &- 0x09 < 5 {
                index += 1
                continue
            }
            guard isWord(byte) else {
                body(.punctuation, index..<(index + 1))
                index += 1
                continue
            }
            let start = index
            var isNumber = isDigit(byte)
            index += 1
            while index < bytes.count {
                let (before, current) = (bytes[index - 1], bytes[index])
                if isWord(current) {
                    if isDigit(before) != isDigit(current) && (isLetter(before) || isLetter(current)) { break }
                    index += 1
                } else if index + 1 < bytes.count, joins(current, before, bytes[index + 1]) {
                    if current == 0x2D || current == 0x27 { isNumber = false }
                    index += 2
                } else {
                    break
                }
            }
            isNumber = isNumber && bytes[start..<index].allSatisfy { isDigit($0) || $0 == 0x2E || $0 == 0x2C }
            body(isNumber ? .number : .word, start..<index)
        }

        func joins(_ byte: UInt8, _ before: UInt8, _ after: UInt8) -> Bool {
            switch byte {
            case 0x2E, 0x2C: isDigit(before) && isDigit(after)
            case 0x2D, 0x27: isWord(before) && isWord(after)
            default: false
            }
        }
    }

    static func isASCIIUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

    /// `lowercased()` of ASCII bytes, without Unicode's case tables.
    static func lowercasedASCII(_ word: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: word.count) { buffer in
            for (index, byte) in word.enumerated() { buffer[index] = isASCIIUpper(byte) ? byte | 0x20 : byte }
            return word.count
        }
    }

    /// Tokenizes by Unicode characters (letters and digits of any script).
    static func tokenizeCharacters(_ text: String) -> [MatchToken] {
        var tokens: [MatchToken] = []
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
                continue
            }
            guard isWordCharacter(character) else {
                tokens.append(MatchToken(kind: .punctuation, text: String(character), key: String(character),
                                         range: index..<(index + 1)))
                index += 1
                continue
            }
            let start = index
            index += 1
            while index < characters.count {
                if isWordCharacter(characters[index]) {
                    // `Rp1.500` is a word and a number: split where letters meet digits.
                    let (before, current) = (characters[index - 1], characters[index])
                    if (before.isLetter && current.isNumber) || (before.isNumber && current.isLetter) { break }
                    index += 1
                } else if index + 1 < characters.count, isJoiner(characters[index], between: characters[index - 1], and: characters[index + 1]) {
                    index += 2
                } else {
                    break
                }
            }
            let word = String(characters[start..<index])
            let isNumber = word.allSatisfy { $0.isNumber || $0 == "." || $0 == "," }
            tokens.append(MatchToken(kind: isNumber ? .number : .word, text: word,
                                     key: isNumber ? numberKey : word.lowercased(), range: start..<index))
        }
        return tokens
    }

    /// A 16-bit hash of the token texts of `text` (white space aside), or `nil` when `text` is
    /// not all ASCII: two texts whose tokens are the same have the same hash, so a memory unit
    /// whose hash is not the query's is no exact copy of it (`FuzzyScore`'s 100 %), which fuzzy
    /// lookup uses to bound units it has not read. Text with other characters has none, since it
    /// may equal, as `String`s compare, text written in other bytes.
    static func textHash(of text: String) -> Int64? {
        var text = text
        return text.withUTF8 { bytes -> Int64? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var hasher = TextHasher()
            forEachASCIISpan(bytes) { _, range in hasher.add(UnsafeBufferPointer(rebasing: bytes[range])) }
            return hasher.value
        }
    }

    /// `textHash` grown a token at a time, for a caller that walks the ASCII tokens anyway (an
    /// import, which looks every word up).
    struct TextHasher {
        private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

        /// Adds the next token's bytes (FNV-1a), then a byte no ASCII token holds.
        mutating func add(_ token: UnsafeBufferPointer<UInt8>) {
            for byte in token { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            hash = (hash ^ 0xFF) &* 0x0000_0100_0000_01B3
        }

        /// The hash of the tokens added, folded to 16 bits.
        var value: Int64 { Int64(Int16(truncatingIfNeeded: hash ^ (hash >> 16) ^ (hash >> 32) ^ (hash >> 48))) }
    }

    /// The keys of the word and number tokens of `text`, in order: what the index stores.
    public static func wordKeys(of text: String) -> [String] {
        tokenize(text).compactMap { $0.kind == .punctuation ? nil : $0.key }
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character.unicodeScalars.first?.properties.generalCategory == .nonspacingMark
    }

    /// `.` and `,` join digits (`2,5`); `-` and `'` (and `’`) join letters or digits (`negara-negara`, `G-20`).
    private static func isJoiner(_ character: Character, between before: Character, and after: Character) -> Bool {
        switch character {
        case ".", ",": before.isNumber && after.isNumber
        case "-", "'", "’": isWordCharacter(before) && isWordCharacter(after)
        default: false
        }
    }
}
