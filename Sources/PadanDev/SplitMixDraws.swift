import Foundation

/// Draws the sentence generators need, on the glossary generator's SplitMix64.
extension SplitMix {
    /// A uniform integer in `range`.
    mutating func integer(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// A rank in `0..<count` with probability roughly proportional to 1 / (rank + 1), as word
    /// frequencies in text fall off (Zipf's law): the inverse of the continuous 1/x distribution.
    mutating func zipf(_ count: Int) -> Int {
        let rank = Int(exp(nextUnit() * log(Double(count) + 1))) - 1
        return min(max(rank, 0), count - 1)
    }

    /// Whether an event of probability `probability` happens.
    mutating func chance(_ probability: Double) -> Bool {
        nextUnit() < probability
    }
}
