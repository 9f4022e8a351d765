import Foundation

/// Counts the root sequences of one to `longest` words that may be terms (no non-term word in
/// them, `NonTermWords`), in bounded memory: past `capacity` distinct sequences the rarest are
/// dropped and the floor rises (lossy counting), so a sequence's count is short by at most the floor.
struct SequenceCounter {
    let longest: Int
    let capacity: Int
    private(set) var counts: [String: Int] = [:]
    /// Words counted (the N of the association measure).
    private(set) var words = 0
    private var floor = 0

    init(longest: Int, capacity: Int) {
        self.longest = longest
        self.capacity = capacity
    }

    /// Counts the sequences of one sentence's roots.
    mutating func add(_ roots: [String]) {
        for start in roots.indices where NonTermWords.allows(roots[start]) {
            words += 1
            var key = roots[start]
            counts[key, default: 0] += 1
            var end = start + 1
            while end < roots.count, end - start < longest, NonTermWords.allows(roots[end]) {
                key += " " + roots[end]
                counts[key, default: 0] += 1
                end += 1
            }
        }
        prune()
    }

    /// Adds the counts of another part of the pairs (counted by another core): the counts and
    /// words summed, the floors too, as each part's counts may be short by its own floor.
    mutating func merge(_ other: SequenceCounter) {
        counts.merge(other.counts, uniquingKeysWith: +)
        words += other.words
        floor += other.floor
        prune()
    }

    private mutating func prune() {
        while counts.count > capacity {
            floor += 1
            counts = counts.filter { $0.value > floor }
        }
    }

    /// A sequence that recurs, with its association and C-value.
    struct Counted: Hashable {
        var key: String
        var frequency: Int
        var logLikelihood: Double?
        var cValue: Double
    }

    /// The sequences counted at least `minimumFrequency` times; phrases only when the
    /// log-likelihood ratio of their weakest split reaches `minimumLogLikelihood`.
    func candidates(minimumFrequency: Int, minimumLogLikelihood: Double) -> [Counted] {
        var kept: [String: (frequency: Int, logLikelihood: Double?)] = [:]
        for (key, frequency) in counts where frequency >= minimumFrequency {
            let parts = key.split(separator: " ").map(String.init)
            guard parts.count > 1 else { kept[key] = (frequency, nil); continue }
            let weakest = (1..<parts.count).map { split in
                Self.logLikelihood(together: frequency, first: counts[parts[..<split].joined(separator: " ")] ?? frequency,
                                   second: counts[parts[split...].joined(separator: " ")] ?? frequency, total: words)
            }.min()!
            if weakest >= minimumLogLikelihood { kept[key] = (frequency, weakest) }
        }
        // C-value: the frequency of longer candidates holding a sequence is taken from it.
        var nested: [String: (sum: Int, count: Int)] = [:]
        for (key, counted) in kept {
            let parts = key.split(separator: " ")
            guard parts.count > 1 else { continue }
            var inner = Set<String>()
            for length in 1..<parts.count {
                for start in 0...(parts.count - length) { inner.insert(parts[start..<start + length].joined(separator: " ")) }
            }
            for part in inner where kept[part] != nil {
                nested[part, default: (0, 0)].sum += counted.frequency
                nested[part, default: (0, 0)].count += 1
            }
        }
        return kept.map { key, counted in
            let length = key.split(separator: " ").count
            let held = nested[key].map { Double($0.sum) / Double($0.count) } ?? 0
            return Counted(key: key, frequency: counted.frequency, logLikelihood: counted.logLikelihood,
                           cValue: log2(Double(length + 1)) * max(0, Double(counted.frequency) - held))
        }
    }

    /// Dunning's G² for two parts seen `together` times, `first` and `second` times in all, of `total`.
    static func logLikelihood(together: Int, first: Int, second: Int, total: Int) -> Double {
        let k11 = Double(together), k12 = Double(max(0, first - together)), k21 = Double(max(0, second - together))
        let k22 = Double(max(0, total - first - second + together))
        let n = k11 + k12 + k21 + k22
        func term(_ k: Double, _ row: Double, _ column: Double) -> Double {
            k > 0 && row > 0 && column > 0 ? k * log(k * n / (row * column)) : 0
        }
        return 2 * (term(k11, k11 + k12, k11 + k21) + term(k12, k11 + k12, k12 + k22)
                    + term(k21, k21 + k22, k11 + k21) + term(k22, k21 + k22, k12 + k22))
    }
}
