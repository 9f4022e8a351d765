/// Counts, per unit, the weighted query words whose posting blocks hold it, straight from the
/// blocks' bytes (delta varints, see `PostingList`), and collects the units that reach `needed`
/// with their word count (every block is of one word count, so a unit's blocks all agree).
///
///     var counter = PostingCounter(largestID: 9, needed: 2)
///     PostingList.encode([3, 7]).withUnsafeBytes { counter.count(block: $0, weight: 1, wordCount: 4) }
///     PostingList.encode([7]).withUnsafeBytes { counter.count(block: $0, weight: 1, wordCount: 4) }
///     counter.candidates        // [7]
///     counter.count(of: 7)      // 2
///
/// - Complexity: O(*b*) per block of *b* bytes; O(*u*) memory for unit ids up to *u*.
struct PostingCounter {
    private var counts: [UInt16]
    private let needed: Int
    /// Units whose count reached `needed`, in the order they reached it.
    private(set) var candidates: [Int64] = []
    /// The word count of each unit in `candidates`, at the same index.
    private(set) var wordCounts: [Int32] = []

    init(largestID: Int, needed: Int) {
        counts = [UInt16](repeating: 0, count: largestID + 1)
        self.needed = needed
    }

    /// The weighted number of counted query words unit `id` holds (at least its shared words among them).
    func count(of id: Int64) -> Int { Int(counts[Int(id)]) }

    /// Adds `weight` to the count of every unit id in one posting block of units with `wordCount` words.
    mutating func count(block: UnsafeRawBufferPointer, weight: Int, wordCount: Int) {
        let needed = needed
        var reached = candidates, lengths = wordCounts
        candidates = []
        wordCounts = []
        defer {
            candidates = reached
            wordCounts = lengths
        }
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
                if before < needed && before + weight >= needed {
                    reached.append(Int64(id))
                    lengths.append(Int32(truncatingIfNeeded: wordCount))
                }
            }
        }
    }
}
