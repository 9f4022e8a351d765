/// Letters `range` of a word, after `initial` when a reading restored the consonant a nasal
/// prefix dropped (`memukul` → p + `ukul`): a stem, a body or a root the analyser tries, named
/// without making a `String` of it.
struct LetterSpan: Equatable {
    var initial: UInt8?
    var range: Range<Int>

    /// The number of letters, the restored one included.
    var count: Int { range.count + (initial == nil ? 0 : 1) }

    /// The span, which restores no letter, without its first `letters` letters.
    func droppingFirst(_ letters: Int) -> LetterSpan {
        LetterSpan(initial: nil, range: (range.lowerBound + letters)..<range.upperBound)
    }

    /// The span without its last `letters` letters (fewer than `range` has).
    func droppingLast(_ letters: Int) -> LetterSpan {
        LetterSpan(initial: initial, range: range.lowerBound..<(range.upperBound - letters))
    }

    /// What a prefix cut at `offset` (at least 1) leaves, after `restoring` when given.
    func remainder(from offset: Int, restoring: UInt8?) -> LetterSpan {
        LetterSpan(initial: restoring, range: (range.lowerBound + offset - (initial == nil ? 0 : 1))..<range.upperBound)
    }
}

/// A word as the analyser reads it: each letter as its ASCII code, any letter that is not one
/// ASCII code unit as 0 (no affix or rule tests it), and any span of it as a `String`.
/// `ASCIILetters` reads a word's bytes, `CharacterLetters` its `Character`s; the analysis is
/// written once over both, so that an ASCII word, nearly every word of Indonesian copy, is read
/// with no `String` made for the readings it rejects.
protocol WordLetters {
    /// The number of letters.
    var count: Int { get }
    /// Letter `offset` (below `count`) as its ASCII code, or 0.
    func code(at offset: Int) -> UInt8
    /// The letters of `span` as a `String`.
    func string(of span: LetterSpan) -> String
    /// Whether every letter is one ASCII byte, so that the codes of a span are its UTF-8.
    static var isASCII: Bool { get }
}

extension WordLetters {
    /// Whether the letters of `span` end with `affix`, an ASCII affix or clitic.
    func hasSuffix(_ affix: String, in span: LetterSpan) -> Bool {
        let utf8 = affix.utf8
        guard utf8.count <= span.range.count else { return false }
        var index = span.range.upperBound - utf8.count
        for byte in utf8 {
            guard code(at: index) == byte else { return false }
            index += 1
        }
        return true
    }

    /// Whether the letters of `span`, which restores no letter, begin with `affix`, an ASCII
    /// proclitic.
    func hasPrefix(_ affix: String, in span: LetterSpan) -> Bool {
        let utf8 = affix.utf8
        guard span.initial == nil, utf8.count <= span.range.count else { return false }
        var index = span.range.lowerBound
        for byte in utf8 {
            guard code(at: index) == byte else { return false }
            index += 1
        }
        return true
    }

    /// The FNV-1a hash (`PieceWordTable.hash`) of the bytes of `span`, for ASCII letters.
    func hash(of span: LetterSpan) -> UInt64 {
        var hash = PieceWordTable.hashSeed
        if let initial = span.initial { hash = PieceWordTable.hashing(hash, initial) }
        for index in span.range { hash = PieceWordTable.hashing(hash, code(at: index)) }
        return hash
    }
}

/// An ASCII word without a carriage return, read off its bytes: each byte is one `Character`.
struct ASCIILetters: WordLetters {
    let bytes: UnsafeBufferPointer<UInt8>

    /// The letters of `bytes`, or `nil` when they are not ASCII without a carriage return.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
        self.bytes = bytes
    }

    var count: Int { bytes.count }

    static var isASCII: Bool { true }

    @inline(__always)
    func code(at offset: Int) -> UInt8 { bytes[offset] }

    func string(of span: LetterSpan) -> String {
        let rest = UnsafeBufferPointer(rebasing: bytes[span.range])
        guard let initial = span.initial else { return String(decoding: rest, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: rest.count + 1) { buffer in
            buffer[0] = initial
            for (index, byte) in rest.enumerated() { buffer[index + 1] = byte }
            return rest.count + 1
        }
    }
}

/// Any word, read by `Character`: a `Character` of more than one code unit (`é` as e + an
/// accent, CR LF) is code 0, so it is no letter an affix or a rule tests.
struct CharacterLetters: WordLetters {
    private let characters: [Character]

    init(_ word: String) { characters = Array(word) }

    var count: Int { characters.count }

    static var isASCII: Bool { false }

    func code(at offset: Int) -> UInt8 {
        let utf8 = characters[offset].utf8
        return utf8.count == 1 ? utf8.first! : 0
    }

    func string(of span: LetterSpan) -> String {
        let rest = String(characters[span.range])
        return span.initial.map { String(UnicodeScalar($0)) + rest } ?? rest
    }
}

/// The letters of one span of a word, as the prefix rules read a word.
struct SpanLetters<Word: WordLetters>: PrefixSplitLetters {
    let word: Word
    let span: LetterSpan

    var count: Int { span.count }

    @inline(__always)
    func code(at offset: Int) -> UInt8 {
        guard let initial = span.initial else { return word.code(at: span.range.lowerBound + offset) }
        return offset == 0 ? initial : word.code(at: span.range.lowerBound + offset - 1)
    }
}
