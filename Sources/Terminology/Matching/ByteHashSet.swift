/// A set of 64-bit FNV-1a hashes of byte strings (`PieceWordTable.hash`), open addressing, 0
/// marking an empty slot: asks whether a run of bytes may be one of the strings without making a
/// `String` of it. A hash collision answers yes, so callers use it only where a false yes costs
/// work, never a different result.
struct ByteHashSet: Sendable {
    private let slots: [UInt64]

    /// The set of the hashes of `strings`, of their bytes last to first when `reversed`.
    init(_ strings: some Sequence<String>, reversed: Bool) {
        let strings = Array(strings)
        var size = 16
        while size < strings.count * 4 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        for string in strings {
            let bytes = reversed ? Array(string.utf8.reversed()) : Array(string.utf8)
            let hash = bytes.withUnsafeBufferPointer { Self.nonZero(PieceWordTable.hash($0, 0..<$0.count)) }
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & (size - 1)
            while slots[slot] != 0 && slots[slot] != hash { slot = (slot + 1) & (size - 1) }
            slots[slot] = hash
        }
        self.slots = slots
    }

    private static func nonZero(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    /// Whether `hash` is the hash of one of the strings (or collides with one).
    @inline(__always)
    func contains(_ hash: UInt64) -> Bool {
        let hash = Self.nonZero(hash)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let found = slots[slot]
            if found == hash { return true }
            if found == 0 { return false }
            slot = (slot + 1) & mask
        }
    }
}
