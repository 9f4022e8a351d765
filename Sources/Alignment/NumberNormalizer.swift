import Foundation

/// The decimal-separator convention of a language's running text.
enum NumberConvention: Sendable {
    /// Indonesian: `2,5` is two and a half, `1.500` is one thousand five hundred.
    case commaDecimal
    /// English: `2.5` is two and a half, `1,500` is one thousand five hundred.
    case dotDecimal
}

/// Reads the digits of a number token (`1.500`, `2,5`, `1,500,000`) into the values it can mean,
/// so the same quantity written in Indonesian and English conventions compares equal.
enum NumberNormalizer {
    /// The canonical spellings (`"1500"`, `"2.5"`) a numeric token may stand for in `convention`.
    ///
    /// A separator followed by exactly three digits in a group is a thousands separator in the
    /// convention that uses it so; otherwise it is read as a decimal point whichever mark it is,
    /// because writers mix conventions (`1.5 persen` is common in Indonesian copy).
    static func values(of token: Substring, convention: NumberConvention) -> [Double] {
        let groups = token.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "," }
        let separators = token.filter { $0 == "." || $0 == "," }
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return [] }
        guard let lastSeparator = separators.last, let lastGroup = groups.last else {
            return Double(token).map { [$0] } ?? []
        }
        let thousandsMark: Character = convention == .commaDecimal ? "." : ","
        let decimalMark: Character = convention == .commaDecimal ? "," : "."
        let innerGroupsOfThree = groups.dropFirst().dropLast().allSatisfy { $0.count == 3 }
        var results: [Double] = []
        // `1.500.000` (id) / `1,500,000` (en): every separator groups thousands.
        if separators.allSatisfy({ $0 == thousandsMark }), innerGroupsOfThree, lastGroup.count == 3,
           let value = Double(groups.joined()) {
            results.append(value)
        }
        // `1.500,75` (id) / `2.5` (en), and the other convention's decimal when it cannot be a
        // thousands group (`1.5 persen`, `2,5` in English copy).
        let otherMark = lastSeparator == "." ? Character(",") : Character(".")
        let integerGrouped = separators.dropLast().allSatisfy { $0 == otherMark } && innerGroupsOfThree
        if integerGrouped, lastSeparator == decimalMark || lastGroup.count != 3,
           let value = Double(groups.dropLast().joined() + "." + lastGroup) {
            results.append(value)
        }
        return results
    }

    /// The value of a spelled-out small number (`tiga`, `three`), which translators often turn
    /// into digits or back.
    static func wordValue(_ lowercased: String) -> Double? {
        switch lowercased {
        case "dua", "two": 2
        case "tiga", "three": 3
        case "empat", "four": 4
        case "lima", "five": 5
        case "enam", "six": 6
        case "tujuh", "seven": 7
        case "delapan", "eight": 8
        case "sembilan", "nine": 9
        case "sepuluh", "ten": 10
        default: nil
        }
    }

    /// The factor a scale word after a number multiplies it by (`juta` → 1e6, `billion` → 1e9).
    static func scale(of word: String) -> Double? {
        switch word {
        case "ribu", "thousand": 1e3
        case "juta", "million", "mln": 1e6
        case "miliar", "milyar", "billion", "bln": 1e9
        case "triliun", "trillion": 1e12
        default: nil
        }
    }

    /// A stable text form for a value: integers without a fraction, others to six significant places.
    static func canonical(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e18 { return String(Int64(value)) }
        var text = String(format: "%.6g", value)
        if text.contains("e") { text = String(value) }
        return text
    }
}
