/// Candidate units grouped by an upper bound on their fuzzy score, highest bound first, so that
/// verification can stop once the `limit`-th exact score is above every bound left.
///
/// A unit of *m* words that shares at most *k* words with a query of *n* words scores at most
/// 100 · min(k, n, m) / max(n, m) (`FuzzyScore`: C ≥ max(n, m) − k). Units with the same
/// (min(k, n, m), max(n, m)) share one bound, so grouping is a counting sort over those pairs:
/// no comparison sort of what can be most of the memory at a low threshold.
///
///     var ranked = RankedCandidates(queryWords: 4)
///     ranked.add(id: 7, sharedAtMost: 4, wordCount: 4)   // bound 100
///     ranked.add(id: 3, sharedAtMost: 2, wordCount: 5)   // bound 40
///     ranked.groups(atLeast: 30).map(\.bound)            // [100, 40]
struct RankedCandidates {
    /// Units of one bound.
    struct Group {
        var bound: Double
        var ids: [Int64]
    }

    /// The query's word count *n*, at most `longestTold`.
    let queryWords: Int
    /// Lengths beyond this are taken as this: a larger bound, so still a bound, and a small table.
    static let longestTold = 1023
    private var ids: [Int64] = []
    /// For each id in `ids`, its pair: min(k, n, m) in the high half, max(n, m) in the low half.
    private var cells: [UInt32] = []
    private var longest = 0

    init(queryWords: Int) {
        self.queryWords = min(queryWords, Self.longestTold)
    }

    /// Adds unit `id`, of `wordCount` words, sharing at most `shared` words with the query.
    mutating func add(id: Int64, sharedAtMost shared: Int, wordCount: Int) {
        let longer = min(max(queryWords, wordCount), Self.longestTold)
        longest = max(longest, longer)
        ids.append(id)
        cells.append(UInt32(min(shared, queryWords, wordCount, longer)) << 16 | UInt32(longer))
    }

    /// The candidates whose bound is ≥ `threshold` (less a rounding allowance), by falling bound.
    /// A group's ids are in the order added: sort them when the group is reached (the low groups,
    /// the largest, are seldom reached).
    func groups(atLeast threshold: Double) -> [Group] {
        let width = longest + 1
        var sizes = [Int](repeating: 0, count: (queryWords + 1) * width)
        for cell in cells { sizes[Int(cell >> 16) * width + Int(cell & 0xFFFF)] += 1 }
        var kept: [(index: Int, bound: Double)] = []
        for index in sizes.indices where sizes[index] > 0 {
            let shared = index / width, longer = index % width
            let bound = longer == 0 ? 100 : 100 * Double(shared) / Double(longer)
            if bound >= threshold - 1e-9 { kept.append((index, bound)) }
        }
        kept.sort { ($1.bound, $0.index) < ($0.bound, $1.index) }
        var slot = [Int](repeating: -1, count: sizes.count)
        var groups: [Group] = []
        for (index, bound) in kept {
            if let last = groups.last, abs(last.bound - bound) < 1e-12 {
                groups[groups.count - 1].ids.reserveCapacity(groups[groups.count - 1].ids.count + sizes[index])
            } else {
                groups.append(Group(bound: bound, ids: []))
                groups[groups.count - 1].ids.reserveCapacity(sizes[index])
            }
            slot[index] = groups.count - 1
        }
        for position in ids.indices {
            let cell = cells[position]
            let group = slot[Int(cell >> 16) * width + Int(cell & 0xFFFF)]
            if group >= 0 { groups[group].ids.append(ids[position]) }
        }
        return groups
    }
}
