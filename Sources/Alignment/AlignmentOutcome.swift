import Lexicon

/// An alignment with what the aligner learned while making it (`Aligner.alignAndLearn`).
public struct AlignmentOutcome: Sendable {
    /// The links, as `Aligner.align(source:target:)` gives them.
    public var links: [AlignmentLink]
    /// Word-translation counts trained on this input's confident links alone: what a memory's
    /// table gains from storing the pair.
    public var learned: TranslationCounts
    /// The model the final pass used: the options' prior counts plus `learned`.
    public var model: WordTranslationModel
}
