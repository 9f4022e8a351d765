import Foundation

/// Counts, per unit, the weighted query words whose posting blocks hold it, straight from the
/// blocks' bytes (delta varints, see `PostingList`), and collects the units that reach `needed`
/// with their word count (every block is of one word count, so a unit's blocks all agree).
///
///     var counter = PostingCounter(needed: 2)
///     PostingList.encode([3, 7]).withUnsafeBytes { counter.count(block: $0, weight: 1, wordCount: 4) }
///     PostingList.encode([7]).withUnsafeBytes { counter.count(block: $0, weight: 1, wordCount: 4) }
///     counter.candidates        // [7]
///     counter.count(of: 7)      // 2
///
/// The counts grow to the largest unit id the blocks hold, so a lookup needs no `max(id)` query
/// (a walk down the unit table's right edge, several disk reads in a new process). They live in
/// `calloc`'s memory, which for a large table is the kernel's zero pages: no whole-table zeroing,
/// and a page is only paid for when a posting lands in it.
///
/// - Complexity: O(*b*) per block of *b* bytes; O(*u*) memory for unit ids up to *u*.
struct PostingCounter: ~Copyable {
    private var counts = UnsafeMutableBufferPointer<UInt16>(start: nil, count: 0)
    private let needed: Int
    /// Units whose count reached `needed`, in the order they reached it.
    private(set) var candidates: [Int64] = []
    /// The word count of each unit in `candidates`, at the same index.
    private(set) var wordCounts: [Int32] = []

    init(needed: Int) {
        self.needed = needed
    }

    deinit { free(counts.baseAddress) }

    /// The weighted number of counted query words unit `id` holds (at least its shared words among them).
    func count(of id: Int64) -> Int { id < counts.count ? Int(counts[Int(id)]) : 0 }

    /// Adds `weight` to the count of every unit id in one posting block of units with `wordCount` words.
    mutating func count(block: UnsafeRawBufferPointer, weight: Int, wordCount: Int) {
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
            if id >= counts.count { grow(toHold: id) }
            let before = Int(counts[id])
            counts[id] = UInt16(truncatingIfNeeded: Swift.min(before + weight, Int(UInt16.max)))
            if before < needed && before + weight >= needed {
                candidates.append(Int64(id))
                wordCounts.append(Int32(truncatingIfNeeded: wordCount))
            }
        }
    }

    /// Makes room for unit `id`, at least doubling, the new counts zero.
    private mutating func grow(toHold id: Int) {
        let capacity = Swift.max(id + 1, 2 * counts.count, 1 << 16)
        guard let start = calloc(capacity, MemoryLayout<UInt16>.stride)?.assumingMemoryBound(to: UInt16.self) else {
            fatalError("out of memory for \(capacity) posting counts")
        }
        if let old = counts.baseAddress {
            start.update(from: old, count: counts.count)
            free(old)
        }
        counts = UnsafeMutableBufferPointer(start: start, count: capacity)
    }
}
