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

    /// −log of the probability of a length difference at least this large, for a link joining
    /// `sourceLength` and `targetLength` characters (both non-zero).
    func cost(sourceLength: Double, targetLength: Double) -> Double {
        let scaledTarget = targetLength / ratio
        let mean = max((sourceLength + scaledTarget) / 2, 1)
        let delta = abs(scaledTarget - sourceLength) / (mean * variance).squareRoot()
        return -log(max(erfc(delta / 2.0.squareRoot()), 1e-300))
    }

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
