import Foundation

/// Counts, per unit, the weighted query words whose posting blocks hold it, straight from the
/// blocks' bytes (delta varints, see `PostingList`), and collects the units that reach `needed`
/// with their word count (every block is of one word count, so a unit's blocks all agree).
///
///     var counter = PostingCounter()
///     counter.reset(needed: 2)
///     PostingList.encode([3, 7]).withUnsafeBytes { counter.count(block: $0, weight: 1, wordCount: 4) }
///     PostingList.encode([7]).withUnsafeBytes { counter.count(block: $0, weight: 1, wordCount: 4) }
///     counter.candidates        // [7]
///     counter.count(of: 7)      // 2
///
/// The counts grow to the largest unit id the blocks hold, so a lookup needs no `max(id)` query
/// (a walk down the unit table's right edge, several disk reads in a new process). They live in
/// `calloc`'s memory, which for a large table is the kernel's zero pages: no whole-table zeroing,
/// and a page is only paid for when a posting lands in it. One counter serves every stage of a
/// lookup and every lookup of a batch (`reset` zeroes only the counts in use): in a new process
/// each page costs a fault, and at a million units those faults cost more than the counting.
///
/// - Complexity: O(*b*) per block of *b* bytes; O(*u*) memory for unit ids up to *u*.
struct PostingCounter: ~Copyable {
    private var counts = UnsafeMutableBufferPointer<UInt16>(start: nil, count: 0)
    /// One above the largest unit id counted since the last reset: the counts `reset` zeroes.
    private var used = 0
    private var needed = 1
    /// Units whose count reached `needed`, in the order they reached it.
    private(set) var candidates: [Int64] = []
    /// The word count of each unit in `candidates`, at the same index.
    private(set) var wordCounts: [Int32] = []

    init() {}

    deinit { free(counts.baseAddress) }

    /// Starts a new count, every unit at zero, collecting the units that reach `needed`.
    mutating func reset(needed: Int) {
        if used > 0 { counts.baseAddress?.update(repeating: 0, count: used) }
        used = 0
        self.needed = needed
        candidates.removeAll(keepingCapacity: true)
        wordCounts.removeAll(keepingCapacity: true)
    }

    /// The weighted number of counted query words unit `id` holds (at least its shared words among them).
    func count(of id: Int64) -> Int { id < used ? Int(counts[Int(id)]) : 0 }

    /// Adds `weight` to the count of every unit id in one posting block of units with `wordCount` words.
    mutating func count(block: UnsafeRawBufferPointer, weight: Int, wordCount: Int) {
        var value = 0, shift = 0, id = 0
        for index in block.indices {
            let byte = block[index]
            value |= Int(byte & 0x7F) << shift
            if byte >= 0x80 {
                shift += 7
                continue
            }
            id += value
            value = 0
            shift = 0
            if id >= used {
                if id >= counts.count {
                    // The block's ids rise: its last is this one plus the deltas after it.
                    var rest: [Int64] = []
                    PostingList.decode(Data(block[(index + 1)...]), into: &rest)
                    grow(toHold: id + Int(rest.last ?? 0))
                }
                used = id + 1
            }
            let before = Int(counts[id])
            counts[id] = UInt16(truncatingIfNeeded: Swift.min(before + weight, Int(UInt16.max)))
            if before < needed && before + weight >= needed {
                candidates.append(Int64(id))
                wordCounts.append(Int32(truncatingIfNeeded: wordCount))
            }
        }
    }

    /// Grows the counts to hold unit `last` and an eighth more, the new counts zero: growing in
    /// steps as a block's rising ids ask would copy, and so touch, every page again at each step.
    private mutating func grow(toHold last: Int) {
        let capacity = Swift.max(last + 1 + last / 8, 2 * counts.count, 1 << 16)
        guard let start = calloc(capacity, MemoryLayout<UInt16>.stride)?.assumingMemoryBound(to: UInt16.self) else {
            fatalError("out of memory for \(capacity) posting counts")
        }
        if let old = counts.baseAddress {
            start.update(from: old, count: used)
            free(old)
        }
        counts = UnsafeMutableBufferPointer(start: start, count: capacity)
    }
}
