/// How often an Indonesian root and an English word translate each other: the expected link
/// counts of a symmetrised IBM Model 1 (the mean of its two directions), summed over every
/// bitext trained on, plus the pairs of seed word lists. Counts add, so a table grows one import
/// at a time and equals, up to rounding, the table of all the imports at once; the
/// probabilities follow from them (`WordTranslationModel`).
///
///     var counts = TranslationCounts()
///     counts.add(WordPair(source: "rumah", target: "house"), count: 3)
///     counts.merge(ModelOneTraining.counts(for: bitext))
///     let model = WordTranslationModel(counts: counts)
public struct TranslationCounts: Sendable, Hashable {
    /// The count of each pair; pairs never seen are absent.
    public private(set) var pairs: [WordPair: Double] = [:]

    public init() {}

    /// Counts from (pair, count) rows, such as a memory's table; repeated pairs add up.
    public init(_ rows: some Sequence<(WordPair, Double)>) {
        for (pair, count) in rows { add(pair, count: count) }
    }

    /// Adds `count` (positive) to `pair`.
    public mutating func add(_ pair: WordPair, count: Double) {
        guard count > 0 else { return }
        pairs[pair, default: 0] += count
    }

    /// Adds every count of `other`.
    public mutating func merge(_ other: TranslationCounts) {
        for (pair, count) in other.pairs { pairs[pair, default: 0] += count }
    }

    /// Each Indonesian root's and each English word's total count, and the sum of all counts,
    /// summed in fixed point: integer sums do not depend on the dictionary's order, which changes
    /// from run to run, so neither do the totals, to the last bit.
    public func totals() -> (source: [String: Double], target: [String: Double], all: Double) {
        var sourceSums: [String: Int64] = [:], targetSums: [String: Int64] = [:]
        for (pair, count) in pairs {
            let fixed = Int64((count * Self.fixedPointScale).rounded())
            sourceSums[pair.source, default: 0] += fixed
            targetSums[pair.target, default: 0] += fixed
        }
        return (sourceSums.mapValues { Double($0) / Self.fixedPointScale },
                targetSums.mapValues { Double($0) / Self.fixedPointScale },
                Double(sourceSums.values.reduce(0, +)) / Self.fixedPointScale)
    }

    private static let fixedPointScale = 1_048_576.0

    /// Whether no pair has a count.
    public var isEmpty: Bool { pairs.isEmpty }

    /// The number of pairs with a count.
    public var count: Int { pairs.count }
}
