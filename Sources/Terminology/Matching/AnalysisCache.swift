import Foundation

/// What the matcher needs of distinct words, shared by every `matches(in:)` call of one matcher,
/// so running text pays for morphology once per word type rather than once per word. Entries are
/// plain values: handing one to each occurrence of a word counts no references, which matters
/// when several cores read the same frequent words.
final class AnalysisCache: @unchecked Sendable {
    /// One analysed word, as the matcher uses it.
    struct Entry: Sendable {
        /// The word's keys that some term has (see `TermKeys`), as the matcher numbers them.
        var keys: WordKeys
        /// Whether the word carries derivational affixes (`WordAnalysis.isDerived`).
        var isDerived: Bool
        /// Whether the word is a hyphenated compound to be matched part by part.
        var isCompound: Bool
        /// Whether the word carries the clitic `-nya` (`kembalinya`, `senjatanya`).
        var carriesNya: Bool
    }

    /// The entries in shards, each behind its own lock, so that cores rarely wait for each other.
    private final class Shard: @unchecked Sendable {
        var entries: [String: Entry] = [:]
        let lock = NSLock()
    }

    private let shards = (0..<16).map { _ in Shard() }
    /// The most entries a shard keeps.
    private let shardCapacity: Int

    init(capacity: Int = 500_000) {
        shardCapacity = max(1, capacity / 8)
    }

    /// The shard of `word`, chosen from its length and last byte (no hashing).
    private func shard(for word: String) -> Shard {
        let utf8 = word.utf8
        return shards[(utf8.count &+ Int(utf8.last ?? 0) &* 7) & 15]
    }

    /// The cached entry for `word`, if any.
    func entry(for word: String) -> Entry? {
        let shard = shard(for: word)
        shard.lock.lock()
        defer { shard.lock.unlock() }
        return shard.entries[word]
    }

    /// Caches `entry` for `word` (emptying its shard first when that is full).
    func store(_ entry: Entry, for word: String) {
        let shard = shard(for: word)
        shard.lock.lock()
        defer { shard.lock.unlock() }
        if shard.entries.count >= shardCapacity { shard.entries.removeAll(keepingCapacity: true) }
        shard.entries[word] = entry
    }
}

/// The trie keys of one text word, inline so that reading them retains nothing. A word offers at
/// most three keys (its `#` form, its root, its `=` stem; see `TermKeys.textKeys`).
struct WordKeys: Sendable {
    private(set) var count = 0
    private var numbers: (Int32, Int32, Int32) = (0, 0, 0)
    private var roots: (Bool, Bool, Bool) = (false, false, false)

    /// Adds a key: its number, and whether it is a plain root (no `#` or `=`).
    mutating func append(number: Int, isRoot: Bool) {
        precondition(count < 3, "a text word has at most three keys")
        switch count {
        case 0: numbers.0 = Int32(number); roots.0 = isRoot
        case 1: numbers.1 = Int32(number); roots.1 = isRoot
        default: numbers.2 = Int32(number); roots.2 = isRoot
        }
        count += 1
    }

    /// The number of key `index`.
    func number(_ index: Int) -> Int {
        Int(index == 0 ? numbers.0 : index == 1 ? numbers.1 : numbers.2)
    }

    /// Whether key `index` is a plain root.
    func isRoot(_ index: Int) -> Bool {
        index == 0 ? roots.0 : index == 1 ? roots.1 : roots.2
    }
}
