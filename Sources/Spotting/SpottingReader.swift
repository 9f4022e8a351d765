/// Reads many sentences as `SpottingText`, analysing each written form once: make one per task
/// (a concordance, an extraction), not one per sentence.
///
///     var reader = SpottingReader()
///     let indonesian = reader.read("Pengerahan pasukan dimulai.", .indonesian)
public struct SpottingReader: Sendable {
    private var cache: [SpottingText.Language: [String: String]] = [.indonesian: [:], .english: [:]]

    public init() {}

    /// `text` as `SpottingText` in `language`.
    public mutating func read(_ text: String, _ language: SpottingText.Language) -> SpottingText {
        SpottingText(text, language: language) { surface in
            if let known = cache[language]![surface] { return known }
            let word = SpottingText.modelWord(of: surface, language: language)
            cache[language]![surface] = word
            return word
        }
    }
}
