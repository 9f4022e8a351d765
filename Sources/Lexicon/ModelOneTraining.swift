/// IBM Model 1 trained by expectation maximisation in both directions (English words given
/// Indonesian roots, and the reverse), each side with an empty word that absorbs what the other
/// side does not translate. The result is the expected link counts, the mean of the two
/// directions, which add to a `TranslationCounts` table.
///
///     let bitext = [(source: ["rumah", "besar"], target: ["big", "house"]), …]
///     let counts = ModelOneTraining.counts(for: bitext)
///
/// A `prior` model (the memory's table, a seed word list) adds its counts at every
/// maximisation step, so what the desk has already learned steers the few sentences of one
/// article; its counts are not part of the result.
///
/// - Complexity: O(iterations · Σ |f|·|e|) time over the sentence pairs, and as much memory for
///   the per-pair cells (a pair's words are numbered once, then every iteration works on arrays).
public enum ModelOneTraining {
    /// Expected link counts of `bitext` after `iterations` rounds of EM; counts below
    /// `minimumCount` are dropped.
    public static func counts(for bitext: [(source: [String], target: [String])], prior: WordTranslationModel? = nil,
                              iterations: Int = 5, minimumCount: Double = 0.05) -> TranslationCounts {
        var grid = CellGrid(bitext: bitext, prior: prior)
        grid.run(iterations: iterations)
        return grid.counts(minimumCount: minimumCount)
    }
}

/// The numbered form of a bitext: for every sentence pair a block of cells, one per (source
/// word or empty, target word or empty), each naming a distinct word pair ("slot") whose
/// probabilities and counts live in flat arrays.
private struct CellGrid {
    private var sourceWords: [String] = [""]
    private var targetWords: [String] = [""]
    /// Source and target word of each slot (0 = the empty word).
    private var slotSource: [Int32] = []
    private var slotTarget: [Int32] = []
    /// The prior count of each slot.
    private var slotPrior: [Double] = []
    /// Per sentence pair: where its cells start, and its word counts (empty word excluded).
    private var blocks: [(start: Int, sources: Int, targets: Int)] = []
    /// Row-major cells of every pair, (sources + 1) × (targets + 1), cell (0, 0) unused (-1).
    private var cells: [Int32] = []
    private var forward: [Double] = []   // t(e | f)
    private var backward: [Double] = []  // t(f | e)
    private var forwardCounts: [Double] = []
    private var backwardCounts: [Double] = []

    init(bitext: [(source: [String], target: [String])], prior: WordTranslationModel?) {
        var sourceIDs: [String: Int32] = [:], targetIDs: [String: Int32] = [:]
        var slots: [UInt64: Int32] = [:]
        func number(_ word: String, _ ids: inout [String: Int32], _ words: inout [String]) -> Int32 {
            if let id = ids[word] { return id }
            let id = Int32(words.count)
            ids[word] = id
            words.append(word)
            return id
        }
        for pair in bitext where !pair.source.isEmpty && !pair.target.isEmpty {
            let sources = [0] + pair.source.map { number($0, &sourceIDs, &sourceWords) }
            let targets = [0] + pair.target.map { number($0, &targetIDs, &targetWords) }
            blocks.append((cells.count, sources.count - 1, targets.count - 1))
            for source in sources {
                for target in targets {
                    if source == 0 && target == 0 { cells.append(-1); continue }
                    let key = UInt64(UInt32(source)) << 32 | UInt64(UInt32(target))
                    if let slot = slots[key] { cells.append(slot); continue }
                    let slot = Int32(slotSource.count)
                    slots[key] = slot
                    slotSource.append(source)
                    slotTarget.append(target)
                    slotPrior.append(0)
                    cells.append(slot)
                }
            }
        }
        if let prior, !prior.isEmpty {
            for (pair, count) in prior.counts.pairs {
                guard let source = sourceIDs[pair.source], let target = targetIDs[pair.target],
                      let slot = slots[UInt64(UInt32(source)) << 32 | UInt64(UInt32(target))] else { continue }
                slotPrior[Int(slot)] = count
            }
        }
        // Before the first round every pair is as likely as any other: plain co-occurrence.
        forward = [Double](repeating: 1, count: slotSource.count)
        backward = forward
        forwardCounts = [Double](repeating: 0, count: slotSource.count)
        backwardCounts = forwardCounts
    }

    mutating func run(iterations: Int) {
        for round in 0..<max(iterations, 1) {
            expect()
            if round < iterations - 1 { maximise() }
        }
    }

    /// The E-step: each target word's unit of count shared among the source words (and the empty
    /// word) in proportion to t(e | f), and the same the other way.
    private mutating func expect() {
        forwardCounts = Self.expectedCounts(cells: cells, blocks: blocks, probabilities: forward, givenSource: false)
        backwardCounts = Self.expectedCounts(cells: cells, blocks: blocks, probabilities: backward, givenSource: true)
    }

    /// One direction of the E-step. In each block, each word of the counted side (the target
    /// words for t(e | f), the source words for t(f | e); the empty word is not counted) has a
    /// line of cells, one per word of the other side and its empty word, and shares its unit of
    /// count among them in proportion to `probabilities`.
    /// Static, over arrays passed in: the loops run over millions of cells and must not pay for
    /// exclusivity checks on properties.
    private static func expectedCounts(cells: [Int32], blocks: [(start: Int, sources: Int, targets: Int)],
                                       probabilities: [Double], givenSource: Bool) -> [Double] {
        var counts = [Double](repeating: 0, count: probabilities.count)
        for block in blocks {
            // A block is row-major, a row per source word: a target word's line runs down a
            // column, a source word's along a row.
            let width = block.targets + 1
            let lines = givenSource ? block.sources : block.targets
            let lineStep = givenSource ? width : 1
            let cellStep = givenSource ? 1 : width
            let lineLength = givenSource ? block.targets + 1 : block.sources + 1
            for line in 1...lines {
                let first = block.start + line * lineStep
                var total = 0.0
                for position in 0..<lineLength { total += probabilities[Int(cells[first + position * cellStep])] }
                guard total > 0 else { continue }
                for position in 0..<lineLength {
                    let slot = Int(cells[first + position * cellStep])
                    counts[slot] += probabilities[slot] / total
                }
            }
        }
        return counts
    }

    /// The M-step: t(e | f) = (count + prior) / its total over e, and likewise t(f | e).
    private mutating func maximise() {
        var sourceTotals = [Double](repeating: 0, count: sourceWords.count)
        var targetTotals = [Double](repeating: 0, count: targetWords.count)
        for slot in slotSource.indices {
            sourceTotals[Int(slotSource[slot])] += forwardCounts[slot] + slotPrior[slot]
            targetTotals[Int(slotTarget[slot])] += backwardCounts[slot] + slotPrior[slot]
        }
        for slot in slotSource.indices {
            let sourceTotal = sourceTotals[Int(slotSource[slot])], targetTotal = targetTotals[Int(slotTarget[slot])]
            forward[slot] = sourceTotal > 0 ? (forwardCounts[slot] + slotPrior[slot]) / sourceTotal : 0
            backward[slot] = targetTotal > 0 ? (backwardCounts[slot] + slotPrior[slot]) / targetTotal : 0
        }
    }

    /// The mean of both directions' expected counts of real word pairs, those below `minimumCount` dropped.
    func counts(minimumCount: Double) -> TranslationCounts {
        var result = TranslationCounts()
        for slot in slotSource.indices where slotSource[slot] != 0 && slotTarget[slot] != 0 {
            let count = (forwardCounts[slot] + backwardCounts[slot]) / 2
            if count >= minimumCount {
                result.add(WordPair(source: sourceWords[Int(slotSource[slot])], target: targetWords[Int(slotTarget[slot])]), count: count)
            }
        }
        return result
    }
}
