import Foundation

/// Dynamic programming over a `SearchBand`: the cheapest path of beads from (0, 0) to (n, m)
/// (Viterbi), and optionally each chosen link's posterior probability from the forward and
/// backward sums over all paths in the band.
struct LatticeSearch {
    /// One link of the best path, in the level's units.
    struct Step {
        var source: Range<Int>
        var target: Range<Int>
        var posterior: Double
    }

    let band: SearchBand
    let scorer: BeadScorer

    /// How far below the largest term of a forward sum, in nats, a term makes no difference to
    /// it in double precision (e⁻⁴⁰ is below half the spacing of doubles near 1).
    static let negligibleTerm = 40.0

    /// What the forward and backward sums multiply every link's cost by (a temperature of
    /// 1/0.75): the costs are sums of cues that are not independent (a name and its cognate
    /// prefix, a number and its word pair), so taken at face value they make posteriors too
    /// sure. Calibrated on align-dev, the development set, by the links-weighted gap between
    /// mean confidence and share correct per confidence bucket: 0.016 at 1, 0.013 at 0.9,
    /// 0.009 at 0.8, 0.006 at 0.75, 0.007 at 0.7, 0.012 at 0.65; at 0.75 links at 0.90–0.99
    /// are 96.5 % right (mean confidence 0.968; 91.5 % at 1). The best path does not change:
    /// it minimises the unscaled costs.
    static let posteriorScale = 0.75

    /// The best path; with `posteriors`, each link's probability, else 1.
    ///
    /// The evidence of a link is computed only when the link could matter: when its cheapest
    /// possible cost (`BeadScorer.pairedCost`) could still beat the cheapest way into the cell
    /// and, with `posteriors`, add more than a negligible term to the cell's forward sum. The
    /// path is the same as with every link priced; posteriors differ at most by rounding.
    /// - Parameter evidence: the lexical evidence of each bead in each cell (NaN where not yet
    ///   computed); created when empty, reused and completed when a previous search in the
    ///   same band filled it.
    func bestPath(posteriors: Bool, evidence: inout [Float]) -> [Step] {
        let beads = scorer.beads
        let cells = band.cellCount
        var best = [Double](repeating: .infinity, count: cells)
        var choice = [UInt8](repeating: .max, count: cells)
        var forward = posteriors ? [Double](repeating: -.infinity, count: cells) : []
        // Cost of each bead ending in each cell, times `posteriorScale`, kept for the backward pass.
        var costs = posteriors ? [Float](repeating: .infinity, count: cells * beads.count) : []
        if evidence.isEmpty { evidence = [Float](repeating: .nan, count: cells * beads.count) }
        best[0] = 0
        if posteriors { forward[0] = 0 }
        var terms = [Double](repeating: 0, count: beads.count)
        let scale = Self.posteriorScale
        for row in 0...band.rows {
            for column in band.columns(of: row) {
                let cell = band.index(row: row, column: column)!
                if cell == 0 { continue }
                var cheapest = Double.infinity, cheapestBead = UInt8.max
                var termCount = 0, largestTerm = -Double.infinity
                for (number, bead) in beads.enumerated() {
                    guard let previous = band.index(row: row - bead.source, column: column - bead.target),
                          best[previous] < .infinity else { continue }
                    let slot = cell * beads.count + number
                    let cost: Double
                    if bead.source == 0 || bead.target == 0 {
                        cost = scorer.unmatchedCost(bead, row: row, column: column)
                    } else {
                        let parts = scorer.pairedCost(bead, row: row, column: column)
                        var known = evidence[slot]
                        if known.isNaN {
                            let floor = parts.head + parts.merged - parts.evidenceBound
                            if best[previous] + floor >= cheapest,
                               !posteriors || forward[previous] - scale * floor < largestTerm - Self.negligibleTerm { continue }
                            known = Float(scorer.evidence(for: bead, row: row, column: column))
                            evidence[slot] = known
                        }
                        cost = parts.head - Double(known) + parts.merged
                    }
                    if best[previous] + cost < cheapest {
                        cheapest = best[previous] + cost
                        cheapestBead = UInt8(number)
                    }
                    if posteriors {
                        costs[slot] = Float(scale * cost)
                        let term = forward[previous] - scale * cost
                        terms[termCount] = term
                        termCount += 1
                        largestTerm = max(largestTerm, term)
                    }
                }
                best[cell] = cheapest
                choice[cell] = cheapestBead
                if posteriors, termCount > 0 {
                    var sum = 0.0
                    for term in terms[0..<termCount] { sum += exp(term - largestTerm) }
                    forward[cell] = largestTerm + log(sum)
                }
            }
        }
        var path: [(cell: Int, row: Int, column: Int, bead: Int)] = []
        var row = band.rows, column = band.columns
        while row > 0 || column > 0 {
            let cell = band.index(row: row, column: column)!
            let bead = Int(choice[cell])
            path.append((cell, row, column, bead))
            row -= beads[bead].source
            column -= beads[bead].target
        }
        path.reverse()
        let backward = posteriors ? backwardSums(costs: costs) : []
        let total = posteriors ? forward[band.cellCount - 1] : 0
        return path.map { step in
            let bead = beads[step.bead]
            var posterior = 1.0
            if posteriors {
                let previous = band.index(row: step.row - bead.source, column: step.column - bead.target)!
                let cost = Double(costs[step.cell * beads.count + step.bead])
                posterior = min(1, exp(forward[previous] - cost + backward[step.cell] - total))
            }
            return Step(source: step.row - bead.source..<step.row, target: step.column - bead.target..<step.column,
                        posterior: posterior)
        }
    }

    /// log of the summed probability of all paths from each cell to the end.
    private func backwardSums(costs: [Float]) -> [Double] {
        let beads = scorer.beads
        var backward = [Double](repeating: -.infinity, count: band.cellCount)
        backward[band.cellCount - 1] = 0
        var terms = [Double](repeating: 0, count: beads.count)
        for row in stride(from: band.rows, through: 0, by: -1) {
            for column in band.columns(of: row).reversed() {
                let cell = band.index(row: row, column: column)!
                if cell == band.cellCount - 1 { continue }
                var termCount = 0, largestTerm = -Double.infinity
                for (number, bead) in beads.enumerated() {
                    guard let next = band.index(row: row + bead.source, column: column + bead.target) else { continue }
                    let cost = costs[next * beads.count + number]
                    guard cost < .infinity, backward[next] > -.infinity else { continue }
                    let term = backward[next] - Double(cost)
                    terms[termCount] = term
                    termCount += 1
                    largestTerm = max(largestTerm, term)
                }
                if termCount > 0 {
                    var sum = 0.0
                    for term in terms[0..<termCount] { sum += exp(term - largestTerm) }
                    backward[cell] = largestTerm + log(sum)
                }
            }
        }
        return backward
    }
}
