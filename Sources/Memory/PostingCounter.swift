/// Counts, per unit, the weighted query words whose posting blocks hold it, straight from the
/// blocks' bytes (delta varints, see `PostingList`), and collects the units that reach `needed`.
///
///     var counter = PostingCounter(largestID: 9, needed: 2)
///     PostingList.encode([3, 7]).withUnsafeBytes { counter.count(block: $0, weight: 1) }
///     PostingList.encode([7]).withUnsafeBytes { counter.count(block: $0, weight: 1) }
///     counter.candidates   // [7]
///
/// - Complexity: O(*b*) per block of *b* bytes; O(*u*) memory for unit ids up to *u*.
struct PostingCounter {
    private var counts: [UInt16]
    private let needed: Int
    /// Units whose count reached `needed`, in the order they reached it.
    private(set) var candidates: [Int64] = []

    init(largestID: Int, needed: Int) {
        counts = [UInt16](repeating: 0, count: largestID + 1)
        self.needed = needed
    }

    /// Adds `weight` to the count of every unit id in one posting block.
    mutating func count(block: UnsafeRawBufferPointer, weight: Int) {
        let needed = needed
        var reached = candidates
        candidates = []
        defer { candidates = reached }
        counts.withUnsafeMutableBufferPointer { counts in
            var value = 0, shift = 0, id = 0
            for byte in block {
                value |= Int(byte & 0x7F) << shift
                if byte >= 0x80 {
                    shift += 7
                    continue
                }
                id += value
                value = 0
                shift = 0
                guard id < counts.count else { continue }
                let before = Int(counts[id])
                counts[id] = UInt16(truncatingIfNeeded: Swift.min(before + weight, Int(UInt16.max)))
                if before < needed && before + weight >= needed { reached.append(Int64(id)) }
            }
        }
    }
}
