/// Tells an English side that is not a translation: the Indonesian copied over, or Indonesian text.
enum UntranslatedText {
    /// Frequent Indonesian function words that English text does not use.
    private static let indonesianWords: Set<String> = [
        "yang", "dan", "di", "itu", "dengan", "untuk", "ini", "dari", "dalam", "tidak", "akan", "pada",
        "ke", "juga", "telah", "bahwa", "oleh", "atau", "kata", "mereka", "adalah", "sebagai", "karena",
        "sudah", "kami", "saat", "para", "tersebut", "menjadi", "lebih", "namun", "bagi", "sejak",
    ]
    /// Frequent English function words.
    private static let englishWords: Set<String> = [
        "the", "and", "of", "to", "in", "a", "is", "that", "for", "on", "with", "was", "said", "by",
        "as", "at", "from", "it", "be", "has", "have", "will", "are", "an", "its", "were", "would",
    ]

    /// Why `target` is not a translation of `source`, or `nil` when it looks like one.
    static func reason(source: String, target: String) -> String? {
        let trimmedTarget = target.trimmingWhitespace
        if trimmedTarget.isEmpty { return "the English is empty" }
        let sourceWords = words(source), targetWords = words(target)
        if trimmedTarget == source.trimmingWhitespace, sourceWords.count > 1 || sourceWords.contains(where: indonesianWords.contains) {
            return "the English is the Indonesian unchanged"
        }
        let indonesian = targetWords.filter(indonesianWords.contains).count
        let english = targetWords.filter(englishWords.contains).count
        if indonesian >= 2, indonesian > english {
            return "the English looks like Indonesian (\(indonesian) Indonesian function words, \(english) English)"
        }
        return nil
    }

    private static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
    }
}

extension String {
    var trimmingWhitespace: String {
        var slice = self[...]
        while slice.first?.isWhitespace == true { slice = slice.dropFirst() }
        while slice.last?.isWhitespace == true { slice = slice.dropLast() }
        return String(slice)
    }
}
