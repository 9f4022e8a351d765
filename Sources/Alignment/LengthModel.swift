import Foundation

/// Gale and Church's length model: the target length of a translation is roughly the source
/// length times a ratio, with a variance that grows with the length.
struct LengthModel: Sendable {
    /// Target characters per source character.
    var ratio: Double
    /// Variance of the length difference per source character.
    var variance: Double

    /// Gale and Church's published variance for characters; replaced by the pair's own estimate
    /// once a first alignment exists.
    static let defaultVariance = 6.8

    /// The share of links translated loosely (a sentence compressed to half, a clause added):
    /// their length difference has `looseSpread` times the standard deviation. This heavy tail
    /// (a contaminated normal) keeps a large length difference from outweighing strong lexical
    /// evidence, where a pure normal would make its cost grow with the square of the difference.
    static let looseShare = 0.02
    /// How many times wider the spread of loosely translated links is.
    static let looseSpread = 3.0

    /// −log of the probability of a length difference at least this large, for a link joining
    /// `sourceLength` and `targetLength` characters (both non-zero).
    func cost(sourceLength: Double, targetLength: Double) -> Double {
        let scaledTarget = targetLength / ratio
        let mean = max((sourceLength + scaledTarget) / 2, 1)
        let delta = abs(scaledTarget - sourceLength) / (mean * variance).squareRoot()
        let position = delta * Self.stepsPerUnit
        guard position < Double(Self.costTable.count - 1) else { return Self.tailCost(delta) }
        let step = Int(position), fraction = position - Double(step)
        return Self.costTable[step] + fraction * (Self.costTable[step + 1] - Self.costTable[step])
    }

    /// −log of the probability that a standardised length difference is at least `delta`.
    private static func tailCost(_ delta: Double) -> Double {
        let tail = looseShare * erfc(delta / (looseSpread * 2.0.squareRoot()))
        return -log(max((1 - looseShare) * erfc(delta / 2.0.squareRoot()) + tail, 1e-300))
    }

    /// `tailCost` at every 1/`stepsPerUnit` of delta up to 64: the search prices millions of
    /// links, and two `erfc` and a `log` per link were a fifth of its time. Linear
    /// interpolation between the steps is off by less than 10⁻⁵ nats.
    private static let stepsPerUnit = 256.0
    private static let costTable: [Double] = (0...64 * 256).map { tailCost(Double($0) / stepsPerUnit) }

    /// Re-estimates ratio and variance from the 1-1 links of a first alignment, which makes the
    /// model fit the pair at hand (a free translation varies more than a close one).
    /// Keeps `self` when there are too few links to say.
    func refitted(on pairs: [(source: Double, target: Double)]) -> LengthModel {
        let usable = pairs.filter { $0.source > 0 && $0.target > 0 }
        guard usable.count >= 8 else { return self }
        let ratio = usable.reduce(0) { $0 + $1.target } / usable.reduce(0) { $0 + $1.source }
        var deviations = usable.map { pair -> Double in
            let scaledTarget = pair.target / ratio
            let mean = (pair.source + scaledTarget) / 2
            return (scaledTarget - pair.source) * (scaledTarget - pair.source) / mean
        }.sorted()
        // Trim the worst tenth: a wrong link in the first pass should not widen the model.
        deviations.removeLast(deviations.count / 10)
        let variance = deviations.reduce(0, +) / Double(deviations.count)
        return LengthModel(ratio: ratio, variance: min(max(variance, 2), 40))
    }
}
