/// How a language writes the digits of a number.
public enum NumberConvention: Sendable, Hashable {
    /// `1.500.000`, `2,5`, times `07.10` (Indonesian).
    case indonesian
    /// `1,500,000`, `2.5`, times `7:10 a.m.` (English).
    case english
}

/// A number found in running text, with its value read by the language's convention, so that
/// `Rp1,5 triliun` and `1.5 trillion rupiah`, or `pukul 19.10` and `7:10 p.m.`, compare equal.
///
///     NumberMention.all(in: "sejauh 1.000 kilometer pada pukul 07.10", convention: .indonesian)
///     // [1000 at "1.000", time 430 (minutes) at "07.10"]
public struct NumberMention: Hashable, Sendable, Codable {
    /// Whether the number is a quantity or a clock time.
    public enum Kind: String, Hashable, Sendable, Codable { case quantity, time }

    /// The digits as written, with any scale word (`1,5 triliun`).
    public var text: String
    /// The value: the quantity with its scale applied, or minutes after midnight for a time.
    public var value: Double
    public var kind: Kind
    /// Character offsets into the text.
    public var start: Int
    public var end: Int

    /// Every number in `text`, in order.
    /// - Complexity: O(n) in the length of `text`.
    public static func all(in text: String, convention: NumberConvention) -> [NumberMention] {
        let characters = Array(text)
        var mentions: [NumberMention] = []
        var index = 0
        while index < characters.count {
            // Digits glued to a word (`G20`, `F-16` stays, `Rp1.500` counts) are part of a name.
            guard characters[index].isASCIIDigit else { index += 1; continue }
            if index > 0, characters[index - 1].isLetter, !isCurrencyPrefix(characters, before: index) {
                while index < characters.count, characters[index].isASCIIDigit || characters[index].isLetter { index += 1 }
                continue
            }
            var end = index
            while end < characters.count,
                  characters[end].isASCIIDigit
                    || ((characters[end] == "." || characters[end] == "," || characters[end] == ":")
                        && end + 1 < characters.count && characters[end + 1].isASCIIDigit) {
                end += 1
            }
            let digits = String(characters[index..<end])
            var mention = read(digits, convention: convention, start: index, end: end)
            if mention.kind == .time {
                adjustForMeridiem(&mention, characters: characters)
            } else if let (scale, scaleEnd) = scaleWord(after: end, in: characters) {
                mention.value *= scale
                mention.end = scaleEnd
                mention.text = String(characters[index..<scaleEnd])
            }
            mentions.append(mention)
            index = max(end, index + 1)
        }
        return mentions
    }

    /// How a run of digits and separators alone reads (`2,5` → 2.5 in Indonesian, `07.10` → a time).
    ///
    ///     NumberMention.reading(of: "1.500", convention: .indonesian).value   // 1500
    public static func reading(of digits: String, convention: NumberConvention) -> NumberMention {
        read(digits, convention: convention, start: 0, end: digits.count)
    }

    private static func read(_ digits: String, convention: NumberConvention, start: Int, end: Int) -> NumberMention {
        let (group, decimal): (Character, Character) = convention == .indonesian ? (".", ",") : (",", ".")
        func quantity(_ value: Double) -> NumberMention {
            NumberMention(text: digits, value: value, kind: .quantity, start: start, end: end)
        }
        if digits.contains(":") || (convention == .indonesian && isIndonesianClock(digits)) {
            let parts = digits.split(whereSeparator: { $0 == ":" || $0 == "." })
            if parts.count == 2, let hours = Double(parts[0]), let minutes = Double(parts[1]), hours < 24, minutes < 60 {
                return NumberMention(text: digits, value: hours * 60 + minutes, kind: .time, start: start, end: end)
            }
        }
        let pieces = digits.split(separator: decimal, omittingEmptySubsequences: false)
        let whole = pieces[0].split(separator: group, omittingEmptySubsequences: false)
        let grouped = whole.count > 1 && whole.dropFirst().allSatisfy { $0.count == 3 } && (1...3).contains(whole[0].count)
        let integerDigits = grouped ? whole.joined() : String(pieces[0])
        if pieces.count == 2, let value = Double(integerDigits + "." + pieces[1]) { return quantity(value) }
        if let value = Double(integerDigits) { return quantity(value) }
        // Separators the convention does not explain (`1.5` in Indonesian copy): read the other way.
        return quantity(Double(digits.filter { $0 != "," }) ?? 0)
    }

    /// `07.10`, `19.30`: two digits after a single dot, an hour before it.
    private static func isIndonesianClock(_ digits: String) -> Bool {
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[1].count == 2 && parts[0].count <= 2
    }

    private static func isCurrencyPrefix(_ characters: [Character], before index: Int) -> Bool {
        index >= 2 && String(characters[(index - 2)..<index]).lowercased() == "rp"
    }

    private static let scales: [String: Double] = [
        "ribu": 1e3, "juta": 1e6, "miliar": 1e9, "milyar": 1e9, "triliun": 1e12,
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    ]

    private static func scaleWord(after end: Int, in characters: [Character]) -> (Double, Int)? {
        guard end < characters.count, characters[end] == " " else { return nil }
        var wordEnd = end + 1
        while wordEnd < characters.count, characters[wordEnd].isLetter { wordEnd += 1 }
        let word = String(characters[(end + 1)..<wordEnd]).lowercased()
        return scales[word].map { ($0, wordEnd) }
    }

    /// `7:10 p.m.` is 19:10.
    private static func adjustForMeridiem(_ mention: inout NumberMention, characters: [Character]) {
        var index = mention.end
        while index < characters.count, characters[index] == " " { index += 1 }
        guard index + 1 < characters.count else { return }
        let marker = String(characters[index..<min(index + 4, characters.count)]).lowercased()
        if marker.hasPrefix("p.m") || marker.hasPrefix("pm"), mention.value < 12 * 60 {
            mention.value += 12 * 60
        } else if marker.hasPrefix("a.m") || marker.hasPrefix("am"), mention.value >= 12 * 60 {
            mention.value -= 12 * 60
        }
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
