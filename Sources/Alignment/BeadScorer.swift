/// The cost of one link in the search: bead prior + length model − lexical evidence, in nats.
///
/// Lexical evidence is the summed weight of the features both sides share, capped, minus a
/// smaller, capped penalty for features found on one side only: numbers and acronyms always
/// (they survive translation), and most features of a sentence that a merge takes in
/// without sharing any of them (a merge must be earned by each sentence, not only by one).
/// Unmatched sentences
/// (1-0, 0-1) pay their prior and a little per character instead, so a short trailer is cheap
/// to leave out and a long paragraph is not.
final class BeadScorer {
    /// Nats per unit of feature weight.
    static let evidenceScale = 2.0
    /// The most a link's shared evidence can earn (before scaling): several cues must agree to beat the length model.
    static let evidenceCap = 6.0
    /// The most that unmatched numbers can cost a link.
    static let penaltyCap = 2.0
    /// The share of its cues' weight that a sentence taken into a merge without sharing any of
    /// them counts against the merge. Tuned on align-dev (with the 2-2 crossing rule): 1 (the
    /// whole weight) gave plain F1 0.981, hard 0.956 and 98.9 % right at confidence ≥ 0.99; 0.75
    /// 0.981, 0.957 and 99.0 %; 0.5 0.982, 0.957 and 99.0 %, but glued a footnote that one side
    /// lacks onto the closing sentence (`DocumentInputTests`), so 0.75.
    static let unsharedMergeShare = 0.75
    /// Cost per character of leaving a sentence unmatched.
    static let unmatchedCostPerCharacter = 0.005

    /// What a boilerplate line adds to the cost of a merge that takes it in: enough that no
    /// evidence can pay for it.
    static let boilerplateMergeCost = 12.0

    /// What a merge whose several sentences on one side come from two paragraphs adds to its
    /// cost: a translator rarely joins sentences across a paragraph break, and the sentence
    /// priors (fitted on align-dev, which has no paragraphs) price merges as if nothing stood
    /// between them.
    static let paragraphMergeCost = 2.0

    /// The beads searched, with their priors; the first is 1-1.
    let beads: [Bead]

    // Boilerplate lines among the first n units of each side, as raw buffers like the marks.
    private let sourceBoilerplateBefore: UnsafeMutableBufferPointer<Int32>
    private let targetBoilerplateBefore: UnsafeMutableBufferPointer<Int32>
    // Paragraph starts among the first n units of each side.
    private let sourceParagraphStartsBefore: UnsafeMutableBufferPointer<Int32>
    private let targetParagraphStartsBefore: UnsafeMutableBufferPointer<Int32>
    private let sourceFeatures: FeatureRows
    private let targetFeatures: FeatureRows
    // Per stored feature number (`FeatureRows.storedIDs`); raw buffers for the same reason as the marks below.
    private let weights: UnsafeMutableBufferPointer<Double>
    private let expectedOnBothSides: UnsafeMutableBufferPointer<Bool>
    var lengthModel: LengthModel
    /// Length models fitted along the input, which replace `lengthModel` for paired links when set.
    var localLengthModels: LocalLengthModels?
    private let sourcePrefix: [Double]
    private let targetPrefix: [Double]
    // Scratch marks, one per stored feature, stamped with `generation` instead of cleared for each link.
    // Raw buffers, because the search calls `cost` millions of times and array properties of a
    // class pay a dynamic exclusivity check on every access.
    private let sourceMarks: UnsafeMutableBufferPointer<UInt32>
    private let targetMarks: UnsafeMutableBufferPointer<UInt32>
    // Features already credited to a target unit of a 1-2 or 1-3 link.
    private let creditMarks: UnsafeMutableBufferPointer<UInt32>
    private var generation: UInt32 = 0
    // Per unit, the summed weight of its features that some unit of the other side carries: the
    // most the unit can add to a link's shared evidence.
    private let sourcePotential: UnsafeMutableBufferPointer<Double>
    private let targetPotential: UnsafeMutableBufferPointer<Double>
    // The 1-1 evidence of links ending in the last two rows, by row parity and column, with the
    // row each value is for (-1: none): a 2-2 link's crossed pairs are the 1-1 links ending one
    // row up and one column left, which the search has most often priced just before.
    private let oneToOneEvidence: UnsafeMutableBufferPointer<Double>
    private let oneToOneRow: UnsafeMutableBufferPointer<Int>
    private let columnCount: Int

    init(level: AlignmentLevel, beads: [Bead], weights: [Double], expectedOnBothSides: [Bool], lengthModel: LengthModel) {
        self.beads = beads
        // A feature that no unit of the other side carries can only add to a unit's total, which
        // is kept per row; the loops skip it unless it is one whose absence is penalised.
        var inSource = [Bool](repeating: false, count: weights.count)
        var inTarget = [Bool](repeating: false, count: weights.count)
        for features in level.sourceFeatures { for feature in features { inSource[Int(feature)] = true } }
        for features in level.targetFeatures { for feature in features { inTarget[Int(feature)] = true } }
        sourceBoilerplateBefore = Self.runningCounts(level.sourceBoilerplate)
        targetBoilerplateBefore = Self.runningCounts(level.targetBoilerplate)
        sourceParagraphStartsBefore = Self.runningCounts(level.sourceParagraphStarts)
        targetParagraphStartsBefore = Self.runningCounts(level.targetParagraphStarts)
        // The rows hold the features they keep renumbered densely, and the per-feature buffers
        // below are indexed by those numbers.
        let stored = FeatureRows.storedIDs(sourceRows: level.sourceFeatures, targetRows: level.targetFeatures, featureCount: weights.count) {
            (inSource[Int($0)] && inTarget[Int($0)]) || expectedOnBothSides[Int($0)]
        }
        sourceFeatures = FeatureRows(level.sourceFeatures, weights: weights, storedIDs: stored) { expectedOnBothSides[Int($0)] }
        targetFeatures = FeatureRows(level.targetFeatures, weights: weights, storedIDs: stored) { expectedOnBothSides[Int($0)] }
        let storedCount = Int((stored.max() ?? -1) + 1)
        var storedWeights = [Double](repeating: 0, count: storedCount)
        var storedExpected = [Bool](repeating: false, count: storedCount)
        for (feature, number) in stored.enumerated() where number >= 0 {
            storedWeights[Int(number)] = weights[feature]
            storedExpected[Int(number)] = expectedOnBothSides[feature]
        }
        self.weights = .allocate(capacity: max(storedWeights.count, 1))
        _ = self.weights.initialize(from: storedWeights)
        self.expectedOnBothSides = .allocate(capacity: max(storedExpected.count, 1))
        _ = self.expectedOnBothSides.initialize(from: storedExpected)
        self.lengthModel = lengthModel
        sourcePrefix = level.sourceLengths.reduce(into: [0]) { $0.append($0.last! + $1) }
        targetPrefix = level.targetLengths.reduce(into: [0]) { $0.append($0.last! + $1) }
        sourcePotential = Self.potentials(level.sourceFeatures, weights: weights) { inTarget[Int($0)] }
        targetPotential = Self.potentials(level.targetFeatures, weights: weights) { inSource[Int($0)] }
        columnCount = level.targetCount + 1
        oneToOneEvidence = .allocate(capacity: 2 * columnCount)
        oneToOneEvidence.initialize(repeating: 0)
        oneToOneRow = .allocate(capacity: 2 * columnCount)
        oneToOneRow.initialize(repeating: -1)
        sourceMarks = .allocate(capacity: max(storedWeights.count, 1))
        sourceMarks.initialize(repeating: 0)
        targetMarks = .allocate(capacity: max(storedWeights.count, 1))
        targetMarks.initialize(repeating: 0)
        creditMarks = .allocate(capacity: max(storedWeights.count, 1))
        creditMarks.initialize(repeating: 0)
    }

    /// `flags.count + 1` counts: element n is how many of the first n flags are set.
    private static func runningCounts(_ flags: [Bool]) -> UnsafeMutableBufferPointer<Int32> {
        let counts = UnsafeMutableBufferPointer<Int32>.allocate(capacity: flags.count + 1)
        counts[0] = 0
        for (index, flag) in flags.enumerated() { counts[index + 1] = counts[index] + (flag ? 1 : 0) }
        return counts
    }

    /// Per unit, the summed weight of the features that `isShared` says the other side carries.
    private static func potentials(_ units: [[Int32]], weights: [Double], isShared: (Int32) -> Bool)
        -> UnsafeMutableBufferPointer<Double> {
        let potentials = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(units.count, 1))
        for (unit, features) in units.enumerated() {
            potentials[unit] = features.reduce(0) { isShared($1) ? $0 + weights[Int($1)] : $0 }
        }
        return potentials
    }

    deinit {
        oneToOneEvidence.deallocate()
        oneToOneRow.deallocate()
        sourcePotential.deallocate()
        targetPotential.deallocate()
        sourceBoilerplateBefore.deallocate()
        targetBoilerplateBefore.deallocate()
        sourceParagraphStartsBefore.deallocate()
        targetParagraphStartsBefore.deallocate()
        sourceFeatures.deallocate()
        targetFeatures.deallocate()
        weights.deallocate()
        expectedOnBothSides.deallocate()
        sourceMarks.deallocate()
        targetMarks.deallocate()
        creditMarks.deallocate()
    }

    /// The cost of `bead` ending at cell (`row`, `column`): it joins source units
    /// `row - bead.source ..< row` and target units `column - bead.target ..< column`.
    /// `evidence` is `evidence(for:row:column:)` of the same link, which does not change when
    /// the length model is refitted and so is computed once.
    func cost(_ bead: Bead, row: Int, column: Int, evidence: Double) -> Double {
        if bead.source == 0 || bead.target == 0 { return unmatchedCost(bead, row: row, column: column) }
        let parts = pairedCost(bead, row: row, column: column)
        return parts.head - evidence + parts.merged
    }

    /// The cost of a 1-0 or 0-1 `bead` ending at (`row`, `column`), which no evidence changes.
    @inline(__always)
    func unmatchedCost(_ bead: Bead, row: Int, column: Int) -> Double {
        let sourceLength = sourcePrefix[row] - sourcePrefix[row - bead.source]
        let targetLength = targetPrefix[column] - targetPrefix[column - bead.target]
        // A boilerplate line left out is as likely as a sentence paired.
        let boilerplate = bead.source == 0 ? targetBoilerplateBefore[column] > targetBoilerplateBefore[column - 1]
            : sourceBoilerplateBefore[row] > sourceBoilerplateBefore[row - 1]
        return (boilerplate ? beads[0].priorCost : bead.priorCost)
            + Self.unmatchedCostPerCharacter * (sourceLength + targetLength / lengthModel.ratio)
    }

    /// The cost of a paired `bead` ending at (`row`, `column`) before its evidence, in two parts
    /// (`cost` is `head - evidence + merged`), and the most evidence the link can earn: its
    /// cost is at least `head + merged - evidenceBound`, which lets the search skip computing
    /// the evidence of links that cannot matter.
    @inline(__always)
    func pairedCost(_ bead: Bead, row: Int, column: Int) -> (head: Double, merged: Double, evidenceBound: Double) {
        let sourceLength = sourcePrefix[row] - sourcePrefix[row - bead.source]
        let targetLength = targetPrefix[column] - targetPrefix[column - bead.target]
        let length = (localLengthModels?.model(atRow: row) ?? lengthModel)
            .cost(sourceLength: max(sourceLength, 1), targetLength: max(targetLength, 1))
        var merged = 0.0
        if bead.source > 1, sourceBoilerplateBefore[row] > sourceBoilerplateBefore[row - bead.source] { merged += Self.boilerplateMergeCost }
        if bead.target > 1, targetBoilerplateBefore[column] > targetBoilerplateBefore[column - bead.target] { merged += Self.boilerplateMergeCost }
        // A paragraph opening at any of the link's units after its first.
        if bead.source > 1, sourceParagraphStartsBefore[row] > sourceParagraphStartsBefore[row - bead.source + 1] { merged += Self.paragraphMergeCost }
        if bead.target > 1, targetParagraphStartsBefore[column] > targetParagraphStartsBefore[column - bead.target + 1] { merged += Self.paragraphMergeCost }
        // Shared evidence counts each feature once, from a unit of each side, so neither side's
        // summed potential can be exceeded; the slack covers rounding (the search stores evidence as `Float`).
        // A 2-1, 1-2, 3-1 or 1-3 link caps each sentence of its many side on its own (`lexicalScore`).
        var sourceShare = 0.0, targetShare = 0.0, sourceCapped = 0.0, targetCapped = 0.0
        for unit in row - bead.source..<row {
            sourceShare += sourcePotential[unit]
            sourceCapped += min(sourcePotential[unit], Self.evidenceCap)
        }
        for unit in column - bead.target..<column {
            targetShare += targetPotential[unit]
            targetCapped += min(targetPotential[unit], Self.evidenceCap)
        }
        let earnable = bead.source > 1 && bead.target == 1 ? min(sourceCapped, targetShare)
            : bead.source == 1 && bead.target > 1 ? min(sourceShare, targetCapped)
            : min(Self.evidenceCap, sourceShare, targetShare)
        let bound = Self.evidenceScale * earnable + 1e-4
        return (bead.priorCost + length, merged, bound)
    }

    /// The parts of `cost(_:row:column:evidence:)` for `bead` ending at (`row`, `column`).
    func breakdown(_ bead: Bead, row: Int, column: Int) -> LinkCost {
        let evidence = evidence(for: bead, row: row, column: column)
        let total = cost(bead, row: row, column: column, evidence: evidence)
        let isPaired = bead.source > 0 && bead.target > 0
        let length = isPaired ? (localLengthModels?.model(atRow: row) ?? lengthModel).cost(sourceLength: max(sourcePrefix[row] - sourcePrefix[row - bead.source], 1),
                                                 targetLength: max(targetPrefix[column] - targetPrefix[column - bead.target], 1)) : 0
        return LinkCost(prior: isPaired ? bead.priorCost : total, length: length, evidence: evidence, total: total)
    }

    /// The lexical evidence for `bead` ending at (`row`, `column`), in nats; 0 for 1-0 and 0-1.
    func evidence(for bead: Bead, row: Int, column: Int) -> Double {
        guard bead.source > 0, bead.target > 0 else { return 0 }
        if bead.source == 1, bead.target == 1 { return oneToOneScore(row: row, column: column) }
        let whole = lexicalScore(sources: row - bead.source..<row, targets: column - bead.target..<column)
        guard bead.source == 2, bead.target == 2 else { return whole }
        // A 2-2 link is two sentences each side whose content crossed over (a clause moved to
        // the neighbour): some cue of the first sentence of one side must be in the second of
        // the other. Without one it is two 1-1 links glued only to even out their lengths.
        let crossed = max(oneToOneScore(row: row - 1, column: column), oneToOneScore(row: row, column: column - 1))
        return crossed > Self.crossingEvidence ? whole : whole - Self.uncrossedCost
    }

    /// The evidence (nats) a 2-2 link's crossed sentence pairs must earn, at least one of them,
    /// for the link to count as crossed, and what an uncrossed one costs more. Tuned on align-dev
    /// (2-2 links were 0.30 precise), with `unsharedMergeShare` at 0.5: 4 nats and a threshold of 0 gave plain F1 0.980 → 0.981, a
    /// threshold of 1 nat (above the chance pairs a word model learns from one short article)
    /// 0.982, non-1-1 0.772 → 0.788, hard 0.956 → 0.957; the team's stories 0.987 → 0.988, the
    /// held-out ones unchanged (1.000).
    static let crossingEvidence = 1.0
    static let uncrossedCost = 4.0

    /// `lexicalScore` of the 1-1 link ending at (`row`, `column`), kept for a 2-2 link after it.
    private func oneToOneScore(row: Int, column: Int) -> Double {
        let slot = (row & 1) * columnCount + column
        if oneToOneRow[slot] == row { return oneToOneEvidence[slot] }
        let score = lexicalScore(sources: row - 1..<row, targets: column - 1..<column)
        oneToOneRow[slot] = row
        oneToOneEvidence[slot] = score
        return score
    }

    /// Shared evidence minus the penalty for one-sided features, both capped.
    ///
    /// In a link of one sentence and several (2-1, 1-2, 3-1, 1-3), each of the several earns
    /// what it shares with the one, capped on its own (a feature shared by two of them counts
    /// for the first): a merge is then worth what both its sentences cover of the other side,
    /// where one cap over the whole link let a sentence whose partner already reached the cap
    /// join for nothing or go elsewhere for nothing. Tuned on align-dev (with the priors of
    /// `Bead.sentences`): plain F1 0.981 → 0.981 (non-1-1 0.784 → 0.788), hard 0.958 → 0.959 (non-1-1
    /// 0.885 → 0.889). Capping 2-2 links per sentence too made them win over two 1-1 links on
    /// the words the pairs share across (plain 0.980).
    private func lexicalScore(sources: Range<Int>, targets: Range<Int>) -> Double {
        generation &+= 1
        if generation == 0 {
            sourceMarks.update(repeating: 0)
            targetMarks.update(repeating: 0)
            creditMarks.update(repeating: 0)
            generation = 1
        }
        let generation = self.generation
        for unit in targets {
            for feature in targetFeatures.ids(of: unit) { targetMarks[Int(feature)] = generation }
        }
        // The many side of a 2-1, 1-2, 3-1 or 1-3 link, whose sentences earn their shares apart.
        let splitsSources = sources.count > 1 && targets.count == 1, splitsTargets = sources.count == 1 && targets.count > 1
        var shared = 0.0, unmatched = 0.0, credited = 0.0
        for unit in sources {
            var ownShared = 0.0, newShared = 0.0
            for feature in sourceFeatures.ids(of: unit) {
                let index = Int(feature)
                if targetMarks[index] == generation { ownShared += weights[index] }
                guard sourceMarks[index] != generation else { continue }
                sourceMarks[index] = generation
                if targetMarks[index] == generation {
                    shared += weights[index]
                    newShared += weights[index]
                } else if expectedOnBothSides[index] {
                    unmatched += weights[index]
                }
            }
            if splitsSources { credited += min(newShared, Self.evidenceCap) }
            if sources.count > 1, ownShared == 0 { unmatched += Self.unsharedMergeShare * sourceFeatures.total(of: unit) }
        }
        for unit in targets {
            var ownShared = 0.0, newShared = 0.0
            // One target unit needs no share of its own, only its numbers missing from the sources.
            for feature in targets.count > 1 ? targetFeatures.ids(of: unit) : targetFeatures.expectedIDs(of: unit) {
                let index = Int(feature)
                if sourceMarks[index] == generation, targetMarks[index] == generation {
                    ownShared += weights[index]
                    if splitsTargets, creditMarks[index] != generation {
                        creditMarks[index] = generation
                        newShared += weights[index]
                    }
                } else if expectedOnBothSides[index], sourceMarks[index] != generation {
                    unmatched += weights[index]
                    sourceMarks[index] = generation  // count a repeated number once
                    targetMarks[index] = 0
                }
            }
            if splitsTargets { credited += min(newShared, Self.evidenceCap) }
            if targets.count > 1, ownShared == 0 { unmatched += Self.unsharedMergeShare * targetFeatures.total(of: unit) }
        }
        let earned = splitsSources || splitsTargets ? credited : min(shared, Self.evidenceCap)
        return Self.evidenceScale * (earned - min(0.5 * unmatched, Self.penaltyCap))
    }
}

