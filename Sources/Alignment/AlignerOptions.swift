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
    /// Columns added each side of the projected coarse path when a long input is searched in a
    /// band; wider is safer and slower.
    public var bandMargin: Int
    /// Inputs with at most this many lattice cells (source × target sentences) are searched whole.
    public var fullSearchLimit: Int

    public init(dictionary: BilingualDictionary? = nil, anchors: AnchorFinder? = nil,
                bandMargin: Int = 10, fullSearchLimit: Int = 250_000) {
        self.dictionary = dictionary
        self.anchors = anchors
        self.bandMargin = bandMargin
        self.fullSearchLimit = fullSearchLimit
    }
}
