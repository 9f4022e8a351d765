import Lexicon

/// Aligns the sentences of an Indonesian text with those of its English translation.
///
/// The search is dynamic programming over beads 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1 and 1-3.
/// A link's cost combines Gale and Church's length model, with the length ratio and variance
/// estimated from the pair itself (along a long input, from its nearby links), and lexical evidence: numbers read in both conventions
/// (`2,5` = `2.5`, `Rp1,5 triliun` = `1.5 trillion`), names and acronyms left as they are,
/// month and weekday names, question and quotation marks, dictionary words and glossary terms.
/// Each cue's weight falls with how many sentences carry it and the sum is capped, so no one
/// cue decides a link. Every link gets its posterior probability under the model.
///
///     let aligner = Aligner()
///     let links = aligner.align(source: ["Harga naik 2,5 persen.", "Itu kata BPS."],
///                               target: ["Prices rose 2.5 percent, BPS said."])
///     // [AlignmentLink(source: 0..<2, target: 0..<1, confidence: 0.9…)]
///
/// Long inputs are first aligned at coarser levels (neighbouring sentences merged, again and
/// again, until the lattice is small), and each finer level searches only a band around the
/// coarser path, as vecalign does.
///
/// - Complexity: O((n + m) · w) time and memory for n and m sentences and band margin w, once
///   the input exceeds `AlignerOptions.fullSearchLimit` cells; O(n · m) below it.
public struct Aligner: Sendable {
    public var options: AlignerOptions
    /// The beads searched: sentence priors, or paragraph priors for the paragraph level of
    /// `align(sourceParagraphs:targetParagraphs:)`.
    var beads = Bead.sentences

    public init(options: AlignerOptions = AlignerOptions()) {
        self.options = options
    }

    /// Aligns `source` (Indonesian) with `target` (English) sentences.
    /// - Returns: links covering every sentence of both sides exactly once, in order; unmatched
    ///   sentences come as 1-0 or 0-1 links. An empty side gives only unmatched links.
    public func align(source: [String], target: [String]) -> [AlignmentLink] {
        align(source: source, target: target, paragraphStarts: ParagraphStarts())
    }

    /// Which sentences open a paragraph after the first, on each side (empty: no paragraphs).
    struct ParagraphStarts {
        var source: [Bool] = []
        var target: [Bool] = []
    }

    /// Aligns like `align(source:target:)`, with a merge across a paragraph start priced higher.
    func align(source: [String], target: [String], paragraphStarts: ParagraphStarts) -> [AlignmentLink] {
        if source.isEmpty || target.isEmpty {
            return source.indices.map { AlignmentLink(source: $0..<$0 + 1, target: 0..<0, confidence: 1) }
                + target.indices.map { AlignmentLink(source: 0..<0, target: $0..<$0 + 1, confidence: 1) }
        }
        return search(source: source, target: target, paragraphStarts: paragraphStarts).links
    }

    /// How the model prices each of `links` (any alignment of the pair, the found one or a gold
    /// one), under the length model the search fitted to the pair: comparing two paths' totals
    /// shows which cue made the search prefer one.
    /// Each link is priced on its own, so `links` need not form a path.
    /// - Precondition: both sides non-empty; every link within the sides.
    public func costs(of links: [AlignmentLink], source: [String], target: [String]) -> [LinkCost] {
        precondition(!source.isEmpty && !target.isEmpty, "both sides must have sentences")
        let scorer = search(source: source, target: target).scorer
        return links.map { link in
            let bead = beads.first { $0.source == link.source.count && $0.target == link.target.count }
                ?? Bead(source: link.source.count, target: link.target.count, priorCost: .infinity)
            return scorer.breakdown(bead, row: link.source.upperBound, column: link.target.upperBound)
        }
    }

    /// Aligns like `align(source:target:)` and also returns what was learned on the way: the
    /// word-translation counts trained on the pair's confident links (to add to a memory's
    /// table) and the model the second pass used (the options' model with those counts).
    public func alignAndLearn(source: [String], target: [String]) -> AlignmentOutcome {
        if source.isEmpty || target.isEmpty {
            return AlignmentOutcome(links: align(source: source, target: target), learned: TranslationCounts(),
                                    model: options.wordModel ?? WordTranslationModel())
        }
        let found = search(source: source, target: target)
        return AlignmentOutcome(links: found.links, learned: found.learned, model: found.model)
    }

    /// Aligns several pairs (a batch of articles) twice: each on its own, then each again with
    /// one word-translation model trained on the confident links of all of them, so that each
    /// short article profits from the others (`padan align --batch`).
    /// - Returns: one outcome per pair, in order; each `learned` holds the whole batch's counts.
    public func alignBatch(_ pairs: [(source: [String], target: [String])]) -> [AlignmentOutcome] {
        let first = pairs.map { align(source: $0.source, target: $0.target) }
        guard options.learnsWordTranslations else {
            return first.map { AlignmentOutcome(links: $0, learned: TranslationCounts(), model: options.wordModel ?? WordTranslationModel()) }
        }
        let learned = trainWordModel(on: zip(pairs, first).map { (source: $0.source, target: $0.target, links: $1) })
        let second = realigner(adding: learned)
        let model = second.options.wordModel ?? WordTranslationModel()
        return pairs.map { AlignmentOutcome(links: second.align(source: $0.source, target: $0.target), learned: learned, model: model) }
    }

    /// Word-translation counts trained (IBM Model 1, with the options' model as prior) on the
    /// confident links of aligned pairs: 1-1 links between 1-1 links, at most
    /// `AlignerOptions.trainingLinkLimit` in all, spread over the documents.
    public func trainWordModel(on documents: [(source: [String], target: [String], links: [AlignmentLink])]) -> TranslationCounts {
        var words = LexiconWords()
        let perDocument = max(200, options.trainingLinkLimit / max(documents.count, 1))
        let bitext = documents.flatMap { document in
            Self.trainingPairs(document.links.map { (source: $0.source, target: $0.target) }, limit: perDocument).map {
                (source: words.indonesian(document.source[$0.source]), target: words.english(document.target[$0.target]))
            }
        }
        let prior = options.wordModel ?? WordTranslationModel()
        return ModelOneTraining.counts(for: bitext, prior: prior.isEmpty ? nil : prior)
    }

    /// This aligner with `learned` added to its prior model and no learning of its own: for a
    /// second round over texts whose counts `learned` already holds.
    public func realigner(adding learned: TranslationCounts) -> Aligner {
        var options = self.options
        var counts = options.wordModel?.counts ?? TranslationCounts()
        counts.merge(learned)
        options.wordModel = WordTranslationModel(counts: counts)
        options.learnsWordTranslations = false
        return Aligner(options: options)
    }

    /// The search: a first path on length and anchors, the length model refitted on its 1-1
    /// links, a word-translation model trained on its confident links, and the final path with
    /// the model's word pairs as more evidence.
    private func search(source: [String], target: [String], paragraphStarts: ParagraphStarts = ParagraphStarts())
        -> (links: [AlignmentLink], scorer: BeadScorer, learned: TranslationCounts, model: WordTranslationModel) {
        let prior = options.wordModel ?? WordTranslationModel()
        let pass = firstPass(source: source, target: target, paragraphStarts: paragraphStarts)
        var learned = TranslationCounts()
        var model = prior
        if options.learnsWordTranslations {
            let bitext = Self.trainingPairs(pass.path, limit: options.trainingLinkLimit).map {
                (source: pass.sourceWords[$0.source], target: pass.targetWords[$0.target])
            }
            learned = ModelOneTraining.counts(for: bitext, prior: prior.isEmpty ? nil : prior)
            var combined = prior.counts
            combined.merge(learned)
            model = WordTranslationModel(counts: combined)
        }
        let found = secondPass(pass, source: source, target: target, model: model)
        return (found.links, found.scorer, learned, model)
    }

    /// What the first pass leaves for the second.
    private struct FirstPass {
        var evidence: SentenceEvidence
        var band: SearchBand
        var lengthModel: LengthModel
        var localLengthModels: LocalLengthModels
        var scorer: BeadScorer
        var evidenceCache: [Float]
        var path: [(source: Range<Int>, target: Range<Int>)]
        var sourceWords: [[String]]
        var targetWords: [[String]]
        var paragraphStarts: ParagraphStarts
    }

    /// The path on length and anchors, and the length model refitted on its 1-1 links.
    private func firstPass(source: [String], target: [String], paragraphStarts: ParagraphStarts) -> FirstPass {
        let evidence = SentenceEvidence(source: source, target: target, dictionary: options.dictionary, anchors: options.anchors)
        let sentences = level(of: evidence, source: source, target: target, paragraphStarts: paragraphStarts)
        let ratio = max(evidence.targetLengths.reduce(0, +), 1) / max(evidence.sourceLengths.reduce(0, +), 1)
        var lengthModel = LengthModel(ratio: ratio, variance: LengthModel.defaultVariance)
        let band = searchBand(for: sentences, evidence: evidence, lengthModel: lengthModel)
        let scorer = BeadScorer(level: sentences, beads: beads, weights: evidence.weights,
                                expectedOnBothSides: evidence.expectedOnBothSides, lengthModel: lengthModel)
        var evidenceCache: [Float] = []
        let path = LatticeSearch(band: band, scorer: scorer).bestPath(posteriors: false, evidence: &evidenceCache)
        let oneToOne = path.filter { $0.source.count == 1 && $0.target.count == 1 }.map {
            (row: $0.source.lowerBound, source: evidence.sourceLengths[$0.source.lowerBound], target: evidence.targetLengths[$0.target.lowerBound])
        }
        lengthModel = lengthModel.refitted(on: oneToOne.map { ($0.source, $0.target) })
        let localLengthModels = LocalLengthModels(pairs: oneToOne, sourceCount: source.count, whole: lengthModel)
        let usesWords = options.learnsWordTranslations || !(options.wordModel?.isEmpty ?? true)
        var words = LexiconWords()
        return FirstPass(evidence: evidence, band: band, lengthModel: lengthModel, localLengthModels: localLengthModels, scorer: scorer, evidenceCache: evidenceCache,
                         path: path.map { (source: $0.source, target: $0.target) },
                         sourceWords: usesWords ? source.map { words.indonesian($0) } : [],
                         targetWords: usesWords ? target.map { words.english($0) } : [], paragraphStarts: paragraphStarts)
    }

    /// The final path, with the word pairs `model` associates as more evidence (none when the
    /// model is empty), and each link's posterior.
    /// - Parameter pass: consumed, so that its evidence cache, when not reused, is freed before
    ///   the new one fills.
    private func secondPass(_ pass: consuming FirstPass, source: [String], target: [String], model: WordTranslationModel)
        -> (links: [AlignmentLink], scorer: BeadScorer) {
        var scorer = pass.scorer
        var evidenceCache = pass.evidenceCache
        pass.evidenceCache = []
        if !model.isEmpty {
            let pairs = WordPairFeatures(sourceWords: pass.sourceWords, targetWords: pass.targetWords, model: model)
            let evidence = pass.evidence.adding(source: pairs.source, target: pairs.target, weights: pairs.weights,
                                                rarityFloor: WordPairFeatures.rarityFloor)
            scorer = BeadScorer(level: level(of: evidence, source: source, target: target, paragraphStarts: pass.paragraphStarts), beads: beads, weights: evidence.weights,
                                expectedOnBothSides: evidence.expectedOnBothSides, lengthModel: pass.lengthModel)
            evidenceCache = []
        }
        scorer.lengthModel = pass.lengthModel
        scorer.localLengthModels = pass.localLengthModels
        let links = LatticeSearch(band: pass.band, scorer: scorer).bestPath(posteriors: true, evidence: &evidenceCache).map {
            AlignmentLink(source: $0.source, target: $0.target, confidence: $0.posterior)
        }
        return (links, scorer)
    }

    /// The sentence level of `evidence`.
    private func level(of evidence: SentenceEvidence, source: [String], target: [String], paragraphStarts: ParagraphStarts) -> AlignmentLevel {
        AlignmentLevel(sourceLengths: evidence.sourceLengths, targetLengths: evidence.targetLengths,
                       sourceFeatures: evidence.sourceFeatures, targetFeatures: evidence.targetFeatures,
                       sourceBoilerplate: source.map(BoilerplateLine.matches),
                       targetBoilerplate: target.map(BoilerplateLine.matches),
                       sourceParagraphStarts: paragraphStarts.source.isEmpty ? Array(repeating: false, count: source.count) : paragraphStarts.source,
                       targetParagraphStarts: paragraphStarts.target.isEmpty ? Array(repeating: false, count: target.count) : paragraphStarts.target)
    }

    /// The links to learn word translations from: 1-1 links whose neighbours are 1-1 too (a run
    /// of them is rarely wrong), at most `limit`, spread evenly over the text.
    static func trainingPairs(_ path: [(source: Range<Int>, target: Range<Int>)], limit: Int)
        -> [(source: Int, target: Int)] {
        let isOneToOne = path.map { $0.source.count == 1 && $0.target.count == 1 }
        let confident = path.indices.filter { index in
            isOneToOne[index] && (index == 0 || isOneToOne[index - 1]) && (index == path.count - 1 || isOneToOne[index + 1])
        }
        let step = max(1, (confident.count + limit - 1) / max(limit, 1))
        return stride(from: 0, to: confident.count, by: step).map {
            (path[confident[$0]].source.lowerBound, path[confident[$0]].target.lowerBound)
        }
    }

    /// The band to search at the sentence level: the full lattice when small, else the band
    /// around the path found at the next coarser level, recursively.
    private func searchBand(for level: AlignmentLevel, evidence: SentenceEvidence, lengthModel: LengthModel) -> SearchBand {
        if level.sourceCount * level.targetCount <= options.fullSearchLimit
            || (level.sourceCount <= 2 && level.targetCount <= 2) {
            return .full(sourceCount: level.sourceCount, targetCount: level.targetCount)
        }
        let coarse = level.downsampled(order: evidence.order)
        let coarseBand = searchBand(for: coarse, evidence: evidence, lengthModel: lengthModel)
        let scorer = BeadScorer(level: coarse, beads: beads, weights: evidence.weights,
                                expectedOnBothSides: evidence.expectedOnBothSides, lengthModel: lengthModel)
        var evidenceCache: [Float] = []
        let path = LatticeSearch(band: coarseBand, scorer: scorer).bestPath(posteriors: false, evidence: &evidenceCache)
        return .around(coarsePath: path.map { ($0.source.upperBound, $0.target.upperBound) },
                       sourceCount: level.sourceCount, targetCount: level.targetCount, margin: options.bandMargin)
    }
}
