import Lexicon

/// What an `Aligner` knows beyond the two texts.
///
///     var options = AlignerOptions()
///     options.dictionary = try BilingualDictionary(parsing: tsv, fileName: "id-en.tsv")
///     options.anchors = termAnchors.anchorFinder   // glossary pairs, built by the caller
public struct AlignerOptions: Sendable {
    /// An optional bilingual word list (`--dictionary FILE`): each pair found on both sides of a
    /// link is weak evidence for it.
    public var dictionary: BilingualDictionary?
    /// Anchors from the caller (glossary entries found on each side): stronger evidence than
    /// dictionary words, since a glossary pairs a term with its rendering, inflected forms included.
    public var anchors: AnchorFinder?
    /// Word-translation counts known before the input is read (a memory's table, seed word
    /// lists): the second pass credits the word pairs they associate, and what the input teaches
    /// is added to them.
    public var wordModel: WordTranslationModel?
    /// Whether the aligner trains a word-translation model on the input's own confident links
    /// (IBM Model 1, both directions) before its second pass.
    public var learnsWordTranslations: Bool
    /// The most links trained on; a longer input is sampled evenly.
    public var trainingLinkLimit: Int
    /// Columns added each side of the projected coarse path when a long input is searched in a
    /// band; wider is safer and slower.
    public var bandMargin: Int
    /// Inputs with at most this many lattice cells (source × target sentences) are searched whole.
    public var fullSearchLimit: Int

    public init(dictionary: BilingualDictionary? = nil, anchors: AnchorFinder? = nil,
                bandMargin: Int = 10, fullSearchLimit: Int = 250_000, wordModel: WordTranslationModel? = nil,
                learnsWordTranslations: Bool = true, trainingLinkLimit: Int = 5_000) {
        self.wordModel = wordModel
        self.learnsWordTranslations = learnsWordTranslations
        self.trainingLinkLimit = trainingLinkLimit
        self.dictionary = dictionary
        self.anchors = anchors
        self.bandMargin = bandMargin
        self.fullSearchLimit = fullSearchLimit
    }
}
