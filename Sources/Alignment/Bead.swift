import Foundation

/// A bead type of the alignment search: how many source and target sentences one link joins,
/// and how often translators do that, as a cost in nats (−log of the prior probability).
struct Bead {
    var source: Int
    var target: Int
    var priorCost: Double

    /// 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3. News translators merge and split sentences more
    /// often than the parliamentary translators Gale and Church measured, and drop or add
    /// whole sentences (background paragraphs, trailers), so those beads get more weight.
    static let all: [Bead] = {
        let priors: [(Int, Int, Double)] = [
            (1, 1, 0.86), (1, 0, 0.015), (0, 1, 0.015), (2, 1, 0.035), (1, 2, 0.035),
            (2, 2, 0.001), (3, 1, 0.003), (1, 3, 0.003),
        ]
        let total = priors.reduce(0) { $0 + $1.2 }
        return priors.map { Bead(source: $0.0, target: $0.1, priorCost: -log($0.2 / total)) }
    }()

    /// The 1-1 bead of `all`.
    static let oneToOne = all[0]
}
