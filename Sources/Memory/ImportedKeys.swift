/// The duplicate keys of the units one import has stored, with their row ids, so that telling a
/// repeated unit from a new one needs no index lookup for what the import itself wrote (and no
/// index at all while an import fills an empty memory, `FreshImport`).
///
///     var keys = ImportedKeys()
///     keys.add(key: 42, row: 7)
///     keys.rows(for: 42)   // [7]
struct ImportedKeys {
    /// The first row stored under each key.
    private var first: [Int64: Int64] = [:]
    /// Further rows under a key already held: segments whose keys collide without being equal.
    private var more: [Int64: [Int64]] = [:]

    init(expectedCount: Int = 0) {
        first.reserveCapacity(expectedCount)
    }

    mutating func add(key: Int64, row: Int64) {
        if first[key] == nil {
            first[key] = row
        } else {
            more[key, default: []].append(row)
        }
    }

    /// The rows stored under `key`, in the order they were stored; empty for a key not seen.
    func rows(for key: Int64) -> [Int64] {
        guard let row = first[key] else { return [] }
        return [row] + (more[key] ?? [])
    }
}
