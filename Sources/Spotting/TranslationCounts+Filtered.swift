import Lexicon

extension TranslationCounts {
    /// The pairs counted at least `minimumCount`, as `TranslationMemory.wordTranslationCounts(minimumCount:)` reads them.
    public func filtered(minimumCount: Double) -> TranslationCounts {
        TranslationCounts(pairs.lazy.filter { $0.value >= minimumCount }.map { ($0.key, $0.value) })
    }
}
