/// English text prepared for whole-word, case-insensitive phrase search: lower case, every run of
/// characters other than letters and digits turned into one space, padded with spaces.
public struct EnglishText: Sendable {
    let normalised: String

    /// Prepares `text` for searching.
    public init(_ text: String) {
        normalised = " " + EnglishText.normalise(text) + " "
    }

    private init(normalised: String) {
        self.normalised = normalised
    }

    /// Whether `phrase` occurs as whole words (`sanction` is not found in `sanctioned`).
    public func contains(phrase: String) -> Bool {
        let needle = EnglishText.normalise(phrase)
        guard !needle.isEmpty else { return false }
        return normalised.contains(" " + needle + " ")
    }

    /// Whether any inflected form of `term` occurs.
    public func containsAnyForm(of term: String, partOfSpeech: String) -> Bool {
        EnglishInflection.forms(of: term, partOfSpeech: partOfSpeech).contains { contains(phrase: $0) }
    }

    /// The text with every whole-word occurrence of any form of `phrases` blanked out, so that a
    /// search finds a shorter phrase only where it stands on its own: *Macedonia* outside *North
    /// Macedonia*, *related* outside *related to*.
    func blanking(anyFormOf phrases: [String], partOfSpeech: String) -> EnglishText {
        var text = normalised
        let needles = phrases.flatMap { EnglishInflection.forms(of: $0, partOfSpeech: partOfSpeech) }
            .map(EnglishText.normalise).filter { !$0.isEmpty }
        for needle in needles {
            // A blank keeps both spaces, so that a second occurrence sharing one is blanked too.
            while let range = text.range(of: " " + needle + " ") {
                text.replaceSubrange(range, with: " _ ")
            }
        }
        return EnglishText(normalised: text)
    }

    static func normalise(_ text: String) -> String {
        normaliseASCIIWords(text) ?? normaliseCharacters(text)
    }

    /// `normalise` for text whose words are ASCII (most English copy, whatever its dashes and
    /// curly quotes): byte by byte, without a `String` per character. `nil` when a non-ASCII
    /// letter, digit or combining mark needs the character-by-character path.
    static func normaliseASCIIWords(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                var byte = UInt8(value)
                let isUpper = (0x41...0x5A).contains(byte)
                if isUpper || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) {
                    if pendingSpace, !bytes.isEmpty { bytes.append(0x20) }
                    pendingSpace = false
                    if isUpper { byte += 0x20 }
                    bytes.append(byte)
                } else if byte != UInt8(ascii: "'") && byte != UInt8(ascii: ".") {
                    pendingSpace = true
                }
            } else if value != 0x2019 {
                let properties = scalar.properties
                if properties.isAlphabetic || properties.numericType != nil || properties.isGraphemeExtend { return nil }
                pendingSpace = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func normaliseCharacters(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text {
            if character.isLetter || character.isNumber {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result += character.lowercased()
            } else if character != "'" && character != "\u{2019}" && character != "." {
                pendingSpace = true
            }
        }
        return result
    }
}
