/// The analysis entries of the distinct words of one piece of text, keyed by their UTF-8 bytes
/// in that text: a word seen before in the piece costs a hash of its bytes and one comparison,
/// no `String`, no lock. Open addressing with linear probing; the table refers to the bytes of
/// the piece, so it lives only while the piece is matched.
struct PieceWordTable {
    /// Per slot: 0 when empty, else the index of the word in `words` plus one.
    private var slots: [Int32]
    private var words: [(hash: UInt64, start: Int32, count: Int32)] = []
    private(set) var entries: [AnalysisCache.Entry] = []

    init(capacity: Int = 4096) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
    }

    /// The FNV-1a hash of `bytes`.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in range { hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// The entry stored for the word at `range` of `bytes`, if any.
    @inline(__always)
    func entry(for range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> AnalysisCache.Entry? {
        let hash = Self.hash(bytes, range)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let number = Int(slots[slot])
            if number == 0 { return nil }
            let word = words[number - 1]
            if word.hash == hash, Self.equal(bytes, Int(word.start), range.lowerBound, count: range.count, storedCount: Int(word.count)) {
                return entries[number - 1]
            }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `entry` for the word at `range` of `bytes`, which has none yet.
    mutating func store(_ entry: AnalysisCache.Entry, for range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
        let hash = Self.hash(bytes, range)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        words.append((hash, Int32(range.lowerBound), Int32(range.count)))
        entries.append(entry)
        slots[slot] = Int32(words.count)
        if words.count * 2 > slots.count { grow() }
    }

    /// Whether the `count` bytes at `first` and the `storedCount` bytes at `second` of `bytes` are the same.
    @inline(__always)
    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ first: Int, _ second: Int, count: Int, storedCount: Int) -> Bool {
        guard count == storedCount else { return false }
        for offset in 0..<count where bytes[first + offset] != bytes[second + offset] { return false }
        return true
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, word) in words.enumerated() {
            var slot = Int(truncatingIfNeeded: word.hash ^ (word.hash >> 29)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }
}
