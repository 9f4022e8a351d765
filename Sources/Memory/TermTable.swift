/// Term ids by the UTF-8 bytes of their keys, in an open-addressing table: an import looks up
/// some 30 million words, and finding them by bytes, lower-casing ASCII as it compares, makes
/// no `String` and runs no Unicode-aware hashing for a word it has seen before.
///
///     var table = TermTable()
///     table.insert(key: Array("presiden".utf8), id: 7)
///     Array("Presiden".utf8).withUnsafeBufferPointer { table.id(of: $0, foldingASCII: true) }   // 7
struct TermTable: Sendable {
    /// Per slot: the entry's index, or -1; the count is a power of two, at most half full.
    private var slots = [Int32](repeating: -1, count: 1024)
    private var hashes: [UInt64] = []
    private var keyStarts: [Int32] = [0]
    private var keyBytes: [UInt8] = []
    private var ids: [Int64] = []

    var count: Int { ids.count }

    /// The id of the key `bytes` (ASCII capitals read as small letters when `foldingASCII`), if known.
    func id(of bytes: UnsafeBufferPointer<UInt8>, foldingASCII: Bool) -> Int64? {
        let hash = Self.hash(bytes, foldingASCII: foldingASCII)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return nil }
            if hashes[entry] == hash && matches(entry, bytes, foldingASCII: foldingASCII) { return ids[entry] }
            slot = (slot + 1) & mask
        }
    }

    /// Adds a key not in the table yet.
    mutating func insert(key: some Collection<UInt8>, id: Int64) {
        keyBytes.append(contentsOf: key)
        keyStarts.append(Int32(keyBytes.count))
        let hash = keyBytes.withUnsafeBufferPointer { all in
            Self.hash(UnsafeBufferPointer(rebasing: all[(all.count - key.count)...]), foldingASCII: false)
        }
        hashes.append(hash)
        ids.append(id)
        if 2 * ids.count > slots.count {
            slots = [Int32](repeating: -1, count: 2 * slots.count)
            for entry in ids.indices { place(entry) }
        } else {
            place(ids.count - 1)
        }
    }

    private mutating func place(_ entry: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hashes[entry]) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry)
    }

    private func matches(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>, foldingASCII: Bool) -> Bool {
        let start = Int(keyStarts[entry]), end = Int(keyStarts[entry + 1])
        guard end - start == bytes.count else { return false }
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
