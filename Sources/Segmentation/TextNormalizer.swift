import Foundation

/// Puts text into the one form every Padan comparison assumes.
///
///     TextNormalizer.normalize("Rp1.500\u{00A0}juta\r\n")   // "Rp1.500 juta\n"
///
/// - Unicode NFC, so `é` typed two ways compares equal;
/// - line endings unified: CRLF, CR, U+0085, U+2028 and U+2029 become LF;
/// - non-breaking spaces (U+00A0, U+2007, U+202F) become ordinary spaces;
/// - invisible characters removed: zero-width space, joiner and non-joiner (U+200B–U+200D),
///   word joiner (U+2060), byte-order mark (U+FEFF) and soft hyphen (U+00AD).
public enum TextNormalizer {
    /// The normalised form of `text`.
    /// - Complexity: O(n).
    public static func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        var mayNeedComposition = false
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x300 { mayNeedComposition = true }
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0D, 0x85, 0x2028, 0x2029: scalars.append("\n")
            case 0x0A: if !previousWasCR { scalars.append("\n") }
            case 0xA0, 0x2007, 0x202F: scalars.append(" ")
            default: if !isInvisible(scalar) { scalars.append(scalar) }
            }
        }
        // Every character below U+0300 is already in NFC; Foundation's composition is slow.
        return mayNeedComposition ? String(scalars).precomposedStringWithCanonicalMapping : String(scalars)
    }

    /// Whether normalisation removes `scalar`: zero-width space, joiner and non-joiner, word
    /// joiner, byte-order mark, soft hyphen.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xAD: true
        default: false
        }
    }
}
