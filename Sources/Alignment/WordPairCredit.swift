import Lexicon

extension Aligner {
    /// The word pairs the model credited for `link`: for each English word of the link, the
    /// Indonesian word of the link it is most associated with, when the association is strong
    /// enough to count as evidence (`WordPairFeatures.minimumAssociation`); identical words are
    /// left out (the names and cognates cues count them). The strongest first.
    ///
    ///     let outcome = aligner.alignAndLearn(source: source, target: target)
    ///     for link in outcome.links {
    ///         let pairs = Aligner.creditedWordPairs(for: link, source: source, target: target, model: outcome.model)
    ///     }
    public static func creditedWordPairs(for link: AlignmentLink, source: [String], target: [String],
                                         model: WordTranslationModel) -> [WordLink] {
        var words = LexiconWords()
        let sourceWords = link.source.flatMap { words.indonesian(source[$0]) }
        let targetWords = link.target.flatMap { words.english(target[$0]) }
        var seen: Set<WordPair> = []
        return model.wordLinks(source: sourceWords, target: targetWords, minimumAssociation: WordPairFeatures.minimumAssociation)
            .filter { $0.pair.source != $0.pair.target && seen.insert($0.pair).inserted }
            .sorted { $0.association > $1.association || ($0.association == $1.association && $0.target < $1.target) }
    }
}
