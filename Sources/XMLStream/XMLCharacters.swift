/// The characters XML 1.0 can carry (its `Char` production): tab, line feed, carriage return
/// and everything from U+0020 up except U+FFFE and U+FFFF (Swift strings hold no lone surrogates).
/// No escape writes the others, not even a character reference, so a writer must refuse them.
enum XMLCharacters {
    /// The first character of `text` XML 1.0 cannot carry, or `nil` when it can carry them all.
    /// - Complexity: O(n) in UTF-8 bytes, one pass.
    static func firstForbidden(in text: String) -> Unicode.Scalar? {
        var utf8 = text.utf8.makeIterator()
        var previous: (UInt8, UInt8) = (0, 0)
        while let byte = utf8.next() {
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return Unicode.Scalar(byte) }
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF in UTF-8.
            if previous == (0xEF, 0xBF) && (byte == 0xBE || byte == 0xBF) { return Unicode.Scalar(byte == 0xBE ? 0xFFFE : 0xFFFF) }
            previous = (previous.1, byte)
        }
        return nil
    }

    /// How a message names `scalar`: `U+000C`.
    static func name(of scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
