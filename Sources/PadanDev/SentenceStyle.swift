import ArgumentParser

/// Which generator writes a benchmark memory's sentences.
enum SentenceStyle: String, ExpressibleByArgument, CaseIterable {
    /// `WireSentences`: varied patterns and a long tail of names, as in a real wire archive.
    case wire
    /// `NewsSentences`: five patterns, the first benchmark memory (kept for comparison).
    case templated
}

/// Sentence pairs in one style, the same for the same seed.
struct GeneratedSentences {
    private var wire: WireSentences
    private var templated: NewsSentences
    let style: SentenceStyle

    init(style: SentenceStyle, seed: UInt64) {
        self.style = style
        wire = WireSentences(seed: seed)
        templated = NewsSentences(seed: seed)
    }

    mutating func next() -> (indonesian: String, english: String) {
        style == .wire ? wire.next() : templated.next()
    }
}
