/// The cells of the alignment lattice a search visits: for each row (source position
/// 0…n) a run of columns (target positions). The full lattice for short inputs; a band around
/// the projection of a coarse alignment for long ones, which keeps the work linear.
struct SearchBand {
    /// First column of each row.
    private(set) var lower: [Int]
    /// Last column of each row (inclusive).
    private(set) var upper: [Int]
    /// Index of each row's first cell in flat per-cell arrays.
    private(set) var offsets: [Int]
    let rows: Int
    let columns: Int

    /// Every cell of an `sourceCount + 1` × `targetCount + 1` lattice.
    static func full(sourceCount: Int, targetCount: Int) -> SearchBand {
        SearchBand(lower: Array(repeating: 0, count: sourceCount + 1),
                   upper: Array(repeating: targetCount, count: sourceCount + 1), columns: targetCount)
    }

    /// The band around a coarse path (cells of the level where units are pairs), projected to the
    /// finer level and widened by `margin` cells each side.
    static func around(coarsePath: [(row: Int, column: Int)], sourceCount: Int, targetCount: Int, margin: Int) -> SearchBand {
        var lower = [Int](repeating: Int.max, count: sourceCount + 1)
        var upper = [Int](repeating: Int.min, count: sourceCount + 1)
        var previous = (row: 0, column: 0)
        for point in coarsePath {
            let rowRange = min(2 * previous.row, sourceCount)...min(2 * point.row, sourceCount)
            let first = min(2 * previous.column, targetCount), last = min(2 * point.column, targetCount)
            for row in rowRange {
                lower[row] = min(lower[row], first)
                upper[row] = max(upper[row], last)
            }
            previous = point
        }
        let pathLower = lower, pathUpper = upper
        for row in 0...sourceCount {
            let from = max(0, row - margin), to = min(sourceCount, row + margin)
            var low = Int.max, high = Int.min
            for near in from...to where pathLower[near] != Int.max {
                low = min(low, pathLower[near])
                high = max(high, pathUpper[near])
            }
            lower[row] = max(0, low - margin)
            upper[row] = min(targetCount, high + margin)
        }
        lower[0] = 0
        upper[sourceCount] = targetCount
        // Monotone edges keep every cell reachable from the start and able to reach the end.
        for row in stride(from: sourceCount - 1, through: 0, by: -1) { lower[row] = min(lower[row], lower[row + 1]) }
        for row in 1...max(sourceCount, 1) where row <= sourceCount { upper[row] = max(upper[row], upper[row - 1]) }
        return SearchBand(lower: lower, upper: upper, columns: targetCount)
    }

    private init(lower: [Int], upper: [Int], columns: Int) {
        self.lower = lower
        self.upper = upper
        self.rows = lower.count - 1
        self.columns = columns
        var offsets = [Int]()
        offsets.reserveCapacity(lower.count + 1)
        var total = 0
        for row in lower.indices {
            offsets.append(total)
            total += upper[row] - lower[row] + 1
        }
        offsets.append(total)
        self.offsets = offsets
    }

    /// The number of cells.
    var cellCount: Int { offsets[rows + 1] }

    /// The flat index of cell (`row`, `column`), or `nil` outside the band.
    @inline(__always)
    func index(row: Int, column: Int) -> Int? {
        guard row >= 0, row <= rows, column >= lower[row], column <= upper[row] else { return nil }
        return offsets[row] + column - lower[row]
    }

    /// The columns of `row`.
    func columns(of row: Int) -> ClosedRange<Int> { lower[row]...upper[row] }
}
