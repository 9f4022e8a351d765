/// The duplicate keys of the units one import has stored, with their row ids, so that telling a
/// repeated unit from a new one needs no index lookup for what the import itself wrote (and no
/// index at all while an import fills an empty memory, `FreshImport`).
///
/// The keys are FNV hashes already, so they pick their own slots in an open-addressing table:
/// one probe, mostly, where a `Dictionary` would hash each key again (twice when adding).
///
///     var keys = ImportedKeys()
///     keys.add(key: 42, row: 7)
///     keys.rows(for: 42)   // [7]
struct ImportedKeys {
    /// 16 bytes: 2²¹ slots, 32 MB, hold a million keys.
    private struct Slot {
        var key: Int64 = 0
        /// The first row stored under the key; `Int64.min` in an empty slot, a row id SQLite never
        /// gives an inserted row (it takes the largest so far plus one, or a positive one at random).
        var row = Int64.min
        var isUsed: Bool { row != .min }
    }

    /// A power of two in count, at most half full.
    private var slots = [Slot](repeating: Slot(), count: 1024)
    private var count = 0
    /// Further rows under a key already held: segments whose keys collide without being equal.
    private var more: [Int64: [Int64]] = [:]

    mutating func add(key: Int64, row: Int64) {
        assert(row != .min, "Int64.min marks an empty slot")
        let slot = self.slot(of: key)
        if slots[slot].isUsed {
            more[key, default: []].append(row)
            return
        }
        slots[slot] = Slot(key: key, row: row)
        count += 1
        if 2 * count > slots.count { grow() }
    }

    /// The rows stored under `key`, in the order they were stored; empty for a key not seen.
    func rows(for key: Int64) -> [Int64] {
        let found = slots[slot(of: key)]
        guard found.isUsed else { return [] }
        return [found.row] + (more[key] ?? [])
    }

    /// The slot holding `key`, else the empty slot where it would go.
    private func slot(of key: Int64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: UInt64(bitPattern: key) ^ UInt64(bitPattern: key) >> 32) & mask
        while slots[slot].isUsed && slots[slot].key != key { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: 2 * old.count)
        for entry in old where entry.isUsed { slots[slot(of: entry.key)] = entry }
    }
}
