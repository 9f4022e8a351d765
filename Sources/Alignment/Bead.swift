import Foundation

/// A bead type of the alignment search: how many source and target sentences one link joins,
/// and how often translators do that, as a cost in nats (−log of the prior probability).
struct Bead: Sendable {
    var source: Int
    var target: Int
    var priorCost: Double

    /// The beads of a sentence search: 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3. News translators
    /// merge and split sentences more often than the parliamentary translators Gale and Church
    /// measured, so those beads get more weight. Tuned on align-dev (pre-split, no paragraphs),
    /// from 1-0/0-1 0.015 and 2-1/1-2 0.035: 1-0/0-1 0.005, 2-1 0.045 and 1-2 0.03 give plain
    /// F1 0.981 → 0.982 (int 0.984 → 0.984, eco 0.977 → 0.979, spo 0.985 → 0.987, TED 0.979 →
    /// 0.981), hard 0.957 → 0.959; 2-1 and 1-2 both at 0.045 lowered int and eco (0.982, 0.975).
    /// The team's stories lose a link (0.985 → 0.983), the held-out ones gain one (0.994 → 1.000).
    static let sentences = beads(priors: [0.86, 0.005, 0.005, 0.045, 0.03, 0.001, 0.003, 0.003])

    /// The beads of a paragraph search (`Aligner.align(sourceParagraphs:targetParagraphs:)`),
    /// which keeps the priors it was built with: align-dev, on which the sentence priors were
    /// fitted, has no paragraphs to fit these on.
    static let paragraphs = beads(priors: [0.86, 0.015, 0.015, 0.035, 0.035, 0.001, 0.003, 0.003])

    /// The eight beads with `priors` (probabilities in the order of `sentences`, normalised here).
    private static func beads(priors: [Double]) -> [Bead] {
        let shapes = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3)]
        let total = priors.reduce(0, +)
        return zip(shapes, priors).map { Bead(source: $0.0, target: $0.1, priorCost: -log($1 / total)) }
    }
}
