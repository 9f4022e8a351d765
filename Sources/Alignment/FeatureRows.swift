/// The feature ids of a run of units (sentences or merged sentences) in one flat buffer, row by
/// row, so the scorer's inner loops read them without touching an array of arrays, together with
/// each row's total weight.
///
///     let rows = FeatureRows([[3, 1], [], [2]], weights: weights) { _ in true }
///     rows.ids(of: 0)      // [3, 1]
///     rows.total(of: 0)    // weights[3] + weights[1]
///
/// The buffers are owned by the value's creator, who calls `deallocate()` once.
struct FeatureRows {
    /// Start of each row's ids in `storage`; row `r` is `starts[r] ..< starts[r + 1]`.
    private let starts: UnsafeMutableBufferPointer<Int>
    private let storage: UnsafeMutableBufferPointer<Int32>
    private let totals: UnsafeMutableBufferPointer<Double>

    /// - Parameters:
    ///   - rows: each unit's feature ids.
    ///   - weights: the weight of each feature id.
    ///   - keeping: whether an id is stored; the total counts every id, stored or not, added in
    ///     the order given.
    init(_ rows: [[Int32]], weights: [Double], keeping: (Int32) -> Bool) {
        starts = .allocate(capacity: rows.count + 1)
        storage = .allocate(capacity: max(rows.reduce(0) { $0 + $1.count }, 1))
        totals = .allocate(capacity: max(rows.count, 1))
        var next = 0
        for (row, ids) in rows.enumerated() {
            starts[row] = next
            var total = 0.0
            for id in ids {
                total += weights[Int(id)]
                guard keeping(id) else { continue }
                storage[next] = id
                next += 1
            }
            totals[row] = total
        }
        starts[rows.count] = next
    }

    /// The stored ids of `row`, in the order given.
    @inline(__always)
    func ids(of row: Int) -> UnsafeMutableBufferPointer<Int32> {
        UnsafeMutableBufferPointer(rebasing: storage[starts[row]..<starts[row + 1]])
    }

    /// The summed weight of all the ids of `row`, stored or not.
    @inline(__always)
    func total(of row: Int) -> Double { totals[row] }

    func deallocate() {
        starts.deallocate()
        storage.deallocate()
        totals.deallocate()
    }
}
