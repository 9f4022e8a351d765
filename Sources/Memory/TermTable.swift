/// Term ids by the UTF-8 bytes of their keys, in an open-addressing table: an import looks up
/// some 30 million words, and finding them by bytes, lower-casing ASCII as it compares, makes
/// no `String` and runs no Unicode-aware hashing for a word it has seen before.
///
///     var table = TermTable()
///     table.insert(key: Array("presiden".utf8), id: 7)
///     Array("Presiden".utf8).withUnsafeBufferPointer { table.id(of: $0, foldingASCII: true) }   // 7
struct TermTable: Sendable {
    /// One key: where its bytes are in `keyBytes`, and its id; 16 bytes, so that a lookup that
    /// found the slot reads one cache line for the entry, then the key's bytes.
    private struct Entry {
        var keyStart: Int32
        var keyLength: Int32
        var id: Int64
    }

    /// Per slot: 0 for none, else the high half of the key's hash over (entry index + 1), so that
    /// most keys that merely share a slot are told apart in the slot itself. The count is a power
    /// of two, at most half full.
    private var slots = [UInt64](repeating: 0, count: 1024)
    private var entries: [Entry] = []
    private var keyBytes: [UInt8] = []

    var count: Int { entries.count }

    /// The id of the key `bytes` (ASCII capitals read as small letters when `foldingASCII`), if known.
    func id(of bytes: UnsafeBufferPointer<UInt8>, foldingASCII: Bool) -> Int64? {
        let hash = Self.hash(bytes, foldingASCII: foldingASCII)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let packed = slots[slot]
            if packed == 0 { return nil }
            if packed & 0xFFFF_FFFF_0000_0000 == tag {
                let entry = entries[Int(packed & 0xFFFF_FFFF) - 1]
                if matches(entry, bytes, foldingASCII: foldingASCII) { return entry.id }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Adds a key not in the table yet.
    mutating func insert(key: some Collection<UInt8>, id: Int64) {
        let start = keyBytes.count
        keyBytes.append(contentsOf: key)
        entries.append(Entry(keyStart: Int32(start), keyLength: Int32(keyBytes.count - start), id: id))
        if 2 * entries.count > slots.count {
            slots = [UInt64](repeating: 0, count: 2 * slots.count)
            for entry in entries.indices { place(entry) }
        } else {
            place(entries.count - 1)
        }
    }

    private mutating func place(_ index: Int) {
        let entry = entries[index]
        let hash = keyBytes.withUnsafeBufferPointer { all in
            Self.hash(UnsafeBufferPointer(rebasing: all[Int(entry.keyStart)..<Int(entry.keyStart + entry.keyLength)]), foldingASCII: false)
        }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(index + 1)
    }

    private func matches(_ entry: Entry, _ bytes: UnsafeBufferPointer<UInt8>, foldingASCII: Bool) -> Bool {
        guard Int(entry.keyLength) == bytes.count else { return false }
        let start = Int(entry.keyStart)
        return keyBytes.withUnsafeBufferPointer { stored in
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if stored[start + index] != (foldingASCII && MatchToken.isASCIIUpper(byte) ? byte | 0x20 : byte) { return false }
            }
            return true
        }
    }

    /// FNV-1a over the bytes (capitals folded when asked), its high half folded into the low.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, foldingASCII: Bool) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(foldingASCII && MatchToken.isASCIIUpper(byte) ? byte | 0x20 : byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        // The slot comes from the low bits, which FNV mixes least.
        return hash ^ (hash >> 32)
    }
}
