/// English text prepared for whole-word, case-insensitive phrase search: lower case, every run of
/// characters other than letters and digits turned into one space, padded with spaces.
struct EnglishText {
    let normalised: String

    init(_ text: String) {
        normalised = " " + EnglishText.normalise(text) + " "
    }

    /// Whether `phrase` occurs as whole words (`sanction` is not found in `sanctioned`).
    func contains(phrase: String) -> Bool {
        let needle = EnglishText.normalise(phrase)
        guard !needle.isEmpty else { return false }
        return normalised.contains(" " + needle + " ")
    }

    /// Whether any inflected form of `term` occurs.
    func containsAnyForm(of term: String, partOfSpeech: String) -> Bool {
        EnglishInflection.forms(of: term, partOfSpeech: partOfSpeech).contains { contains(phrase: $0) }
    }

    static func normalise(_ text: String) -> String {
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
