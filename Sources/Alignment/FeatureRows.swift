/// The feature ids of a run of units (sentences or merged sentences) in one flat buffer, row by
/// row, so the scorer's inner loops read them without touching an array of arrays, together with
/// each row's total weight. Ids are stored renumbered (`storedIDs`), so that the scorer's
/// per-feature scratch covers only the features it reads.
///
///     let rows = FeatureRows([[3, 1], [], [2]], weights: weights, storedIDs: [-1, 0, -1, 1]) { $0 == 3 }
///     rows.ids(of: 0)      // [1, 0]: feature 3 stored as 1, feature 1 as 0
///     rows.expectedIDs(of: 0)   // [1]
///     rows.total(of: 0)    // weights[3] + weights[1]
///
/// The buffers are owned by the value's creator, who calls `deallocate()` once.
struct FeatureRows {
    /// Start of each row's ids in `storage`; row `r` is `starts[r] ..< starts[r + 1]`.
    private let starts: UnsafeMutableBufferPointer<Int>
    private let storage: UnsafeMutableBufferPointer<Int32>
    private let totals: UnsafeMutableBufferPointer<Double>
    /// The same for the stored ids that `isExpected` picks, row by row, in the order given.
    private let expectedStarts: UnsafeMutableBufferPointer<Int>
    private let expectedStorage: UnsafeMutableBufferPointer<Int32>

    /// - Parameters:
    ///   - rows: each unit's feature ids.
    ///   - weights: the weight of each feature id.
    ///   - storedIDs: for each feature id, the id to store for it, or -1 to store nothing; the
    ///     total counts every id, stored or not, added in the order given.
    ///   - isExpected: whether a feature id is also listed in `expectedIDs(of:)`.
    init(_ rows: [[Int32]], weights: [Double], storedIDs: [Int32], isExpected: (Int32) -> Bool) {
        let idCount = max(rows.reduce(0) { $0 + $1.count }, 1)
        starts = .allocate(capacity: rows.count + 1)
        storage = .allocate(capacity: idCount)
        totals = .allocate(capacity: max(rows.count, 1))
        expectedStarts = .allocate(capacity: rows.count + 1)
        expectedStorage = .allocate(capacity: idCount)
        var next = 0, nextExpected = 0
        for (row, ids) in rows.enumerated() {
            starts[row] = next
            expectedStarts[row] = nextExpected
            var total = 0.0
            for id in ids {
                total += weights[Int(id)]
                let stored = storedIDs[Int(id)]
                guard stored >= 0 else { continue }
                storage[next] = stored
                next += 1
                if isExpected(id) {
                    expectedStorage[nextExpected] = stored
                    nextExpected += 1
                }
            }
            totals[row] = total
        }
        starts[rows.count] = next
        expectedStarts[rows.count] = nextExpected
    }

    /// For each of `featureCount` feature ids, its number among those `isRead` says a scorer of
    /// `sourceRows` against `targetRows` reads, numbered 0, 1, … in the order the rows first
    /// hold them (source rows first); -1 for the others. Features of neighbouring sentences get
    /// neighbouring numbers, so the scratch a link touches lies close together in memory.
    static func storedIDs(sourceRows: [[Int32]], targetRows: [[Int32]], featureCount: Int, isRead: (Int32) -> Bool) -> [Int32] {
        var stored = [Int32](repeating: -1, count: featureCount)
        var count: Int32 = 0
        for rows in [sourceRows, targetRows] {
            for features in rows {
                for feature in features where stored[Int(feature)] < 0 && isRead(feature) {
                    stored[Int(feature)] = count
                    count += 1
                }
            }
        }
        return stored
    }

    /// The stored ids of `row`, in the order given.
    @inline(__always)
    func ids(of row: Int) -> UnsafeMutableBufferPointer<Int32> {
        UnsafeMutableBufferPointer(rebasing: storage[starts[row]..<starts[row + 1]])
    }

    /// The stored ids of `row` that `isExpected` picked, in the order given.
    @inline(__always)
    func expectedIDs(of row: Int) -> UnsafeMutableBufferPointer<Int32> {
        UnsafeMutableBufferPointer(rebasing: expectedStorage[expectedStarts[row]..<expectedStarts[row + 1]])
    }

    /// The summed weight of all the ids of `row`, stored or not.
    @inline(__always)
    func total(of row: Int) -> Double { totals[row] }

    func deallocate() {
        starts.deallocate()
        storage.deallocate()
        totals.deallocate()
        expectedStarts.deallocate()
        expectedStorage.deallocate()
    }
}
