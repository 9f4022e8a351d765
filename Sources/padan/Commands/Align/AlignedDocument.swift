import Alignment

/// An article pair with its alignment.
struct AlignedDocument: Sendable {
    var pair: DocumentPair
    var links: [AlignmentLink]

    /// The source text of `link`: its sentences joined by a space.
    func sourceText(_ link: AlignmentLink) -> String { link.source.map { pair.source[$0] }.joined(separator: " ") }

    /// The target text of `link`.
    func targetText(_ link: AlignmentLink) -> String { link.target.map { pair.target[$0] }.joined(separator: " ") }
}

/// Which links go into TMX, TSV and JSON output.
struct LinkSelection {
    var minimumConfidence: Double
    var keepUnaligned: Bool

    func includes(_ link: AlignmentLink) -> Bool {
        (keepUnaligned || !link.isUnaligned) && link.confidence >= minimumConfidence
    }
}
