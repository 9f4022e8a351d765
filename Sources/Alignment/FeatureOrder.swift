/// Features ordered by weight, heaviest first, equal weights in id order, and the cut of a
/// sentence's features to its `SentenceEvidence.featureLimit` heaviest in that order.
///
/// The order must not depend on a set's iteration order, which changes from run to run, or the
/// cut at the limit and the order of the sums would, and with them the alignment. Each feature's
/// place is found once, so cutting a sentence sorts small integers.
///
///     let order = FeatureOrder(weights: [0.4, 1.1, 0.4])
///     order.heaviest([2, 0, 1, 2])   // [1, 0, 2]
struct FeatureOrder {
    /// Each feature's place in the order.
    private let place: [Int32]
    /// The feature at each place.
    private let feature: [Int32]

    init(weights: [Double]) {
        feature = (0..<Int32(weights.count)).sorted { first, second in
            let firstWeight = weights[Int(first)], secondWeight = weights[Int(second)]
            return firstWeight > secondWeight || (firstWeight == secondWeight && first < second)
        }
        var place = [Int32](repeating: 0, count: weights.count)
        for (position, id) in feature.enumerated() { place[Int(id)] = Int32(position) }
        self.place = place
    }

    /// The `limit` first of `features` in the order, each once, heaviest first.
    func heaviest(_ features: some Sequence<Int32>, limit: Int = SentenceEvidence.featureLimit) -> [Int32] {
        var places = features.map { place[Int($0)] }
        places.sort()
        var kept: [Int32] = []
        kept.reserveCapacity(min(places.count, limit))
        var previous: Int32 = -1
        for position in places where position != previous {
            guard kept.count < limit else { break }
            previous = position
            kept.append(feature[Int(position)])
        }
        return kept
    }
}
