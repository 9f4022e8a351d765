/// The analysis entries of the distinct words of one piece of text, keyed by their UTF-8 bytes
/// in that text: a word seen before in the piece costs a hash of its bytes and one comparison,
/// no `String`, no lock. Open addressing with linear probing; the table refers to the bytes of
/// the piece, so it lives only while the piece is matched.
///
/// A slot holds the word's first 16 bytes and its entry beside its hash, so that finding a word
/// of up to 16 bytes reads one slot and nothing else: a long piece has tens of thousands of
/// distinct words, and reading the table, the word list and the earlier occurrence in the text
/// one after the other made three cache misses of every lookup. Slots are one cache line each,
/// aligned to one. A slot is still a cache miss for a word outside the most frequent, so the
/// matcher reads the first slots of a whole stretch of words (`touchFirstSlot`) before it looks
/// any up, and their misses overlap.
struct PieceWordTable {
    /// One word: empty when `count` is 0 (a word has at least one byte).
    private struct Slot {
        var hash: UInt64 = 0
        /// The word's length in bytes, and where it is in the piece.
        var count: Int32 = 0
        var start: Int32 = 0
        /// The first 16 bytes of the word, zero-padded, little-endian.
        var head: (UInt64, UInt64) = (0, 0)
        var entry = AnalysisCache.Entry(keys: WordKeys(), isDerived: false, isCompound: false, carriesNya: false)
    }

    /// The slots, in memory aligned to a cache line, freed with the last copy of the table
    /// (a table is not to be copied: copies share their slots until one of them grows).
    private final class Storage {
        let slots: UnsafeMutableBufferPointer<Slot>
        /// What `touchFirstSlot` read, kept so that the optimiser keeps the reads.
        var touched: Int32 = 0
        /// The memory as allocated: aligned by hand inside a block 64 bytes longer, since asking
        /// the allocator for the alignment kept about 15 MB more of a 10 MB text's tables resident.
        private let memory: UnsafeMutableRawPointer

        init(count: Int) {
            memory = UnsafeMutableRawPointer.allocate(byteCount: count * MemoryLayout<Slot>.stride + 64, alignment: 16)
            let aligned = memory + (64 - Int(UInt(bitPattern: memory) & 63)) & 63
            slots = UnsafeMutableBufferPointer(start: aligned.bindMemory(to: Slot.self, capacity: count), count: count)
            slots.initialize(repeating: Slot())
        }

        deinit { memory.deallocate() }
    }

    private var storage: Storage
    private var slots: UnsafeMutableBufferPointer<Slot>
    private var used = 0

    init(capacity: Int = 4096) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        storage = Storage(count: size)
        slots = storage.slots
    }

    /// The FNV-1a hash of `bytes`.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash = hashSeed
        for index in range { hash = hashing(hash, bytes[index]) }
        return hash
    }

    /// FNV-1a's starting value, for a hash grown a byte at a time with `hashing(_:_:)`.
    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// `hash` (FNV-1a) with `byte` appended: a run's hash grown from either end, as callers that
    /// test every tail of a word in one pass do.
    @inline(__always)
    static func hashing(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// The first 16 bytes of the word at `range` of `bytes`, zero-padded.
    @inline(__always)
    private static func head(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (UInt64, UInt64) {
        var first: UInt64 = 0, second: UInt64 = 0
        let end = min(range.upperBound, range.lowerBound + 16)
        var shift: UInt64 = 0
        for index in range.lowerBound..<end {
            if shift < 64 { first |= UInt64(bytes[index]) << shift } else { second |= UInt64(bytes[index]) << (shift - 64) }
            shift += 8
        }
        return (first, second)
    }

    /// The entry stored for the word at `range` of `bytes`, if any.
    @inline(__always)
    func entry(for range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> AnalysisCache.Entry? {
        entry(for: range, in: bytes, hash: Self.hash(bytes, range))
    }

    /// Reads the slot a word of hash `hash` is looked for in first, so that the slot is in the
    /// cache when the word is looked up.
    @inline(__always)
    func touchFirstSlot(hash: UInt64) {
        storage.touched |= slots[Int(truncatingIfNeeded: hash ^ (hash >> 29)) & (slots.count - 1)].count
    }

    /// The entry stored for the word at `range` of `bytes`, whose `hash(_:_:)` is `hash`, if any.
    @inline(__always)
    func entry(for range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> AnalysisCache.Entry? {
        let head = Self.head(bytes, range)
        let count = Int32(range.count)
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let slot = slots[index]
            if slot.count == 0 { return nil }
            if slot.hash == hash, slot.count == count, slot.head == head,
               count <= 16 || Self.equal(bytes, Int(slot.start) + 16, range.lowerBound + 16, count: Int(count) - 16) {
                return slot.entry
            }
            index = (index + 1) & mask
        }
    }

    /// Stores `entry` for the word at `range` of `bytes`, which has none yet.
    mutating func store(_ entry: AnalysisCache.Entry, for range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
        store(entry, for: range, in: bytes, hash: Self.hash(bytes, range))
    }

    /// Stores `entry` for the word at `range` of `bytes`, of hash `hash`, which has none yet.
    mutating func store(_ entry: AnalysisCache.Entry, for range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) {
        insert(Slot(hash: hash, count: Int32(range.count), start: Int32(range.lowerBound), head: Self.head(bytes, range), entry: entry))
        used += 1
        if used * 2 > slots.count { grow() }
    }

    private mutating func insert(_ slot: Slot) {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: slot.hash ^ (slot.hash >> 29)) & mask
        while slots[index].count != 0 { index = (index + 1) & mask }
        slots[index] = slot
    }

    /// Whether the `count` bytes at `first` and at `second` of `bytes` are the same.
    @inline(__always)
    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ first: Int, _ second: Int, count: Int) -> Bool {
        for offset in 0..<count where bytes[first + offset] != bytes[second + offset] { return false }
        return true
    }

    private mutating func grow() {
        let old = storage
        storage = Storage(count: old.slots.count * 2)
        slots = storage.slots
        for slot in old.slots where slot.count != 0 { insert(slot) }
    }
}
