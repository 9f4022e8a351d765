/// An Indonesian root and an English word (both as `LexiconWords` gives them).
public struct WordPair: Hashable, Sendable, Codable {
    /// The Indonesian root.
    public var source: String
    /// The English word.
    public var target: String

    public init(source: String, target: String) {
        self.source = source
        self.target = target
    }
}
