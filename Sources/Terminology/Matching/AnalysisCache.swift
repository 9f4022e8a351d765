import Foundation

/// Analyses of distinct words, shared by every `matches(in:)` call of one matcher, so running
/// text pays for morphology once per word type rather than once per word.
final class AnalysisCache: @unchecked Sendable {
    /// A class, so that handing an analysis to each occurrence of a word copies one reference.
    final class Entry: Sendable {
        let analysis: WordAnalysis
        /// The word's keys that some term has (see `TermKeys`), as the matcher numbers them.
        let keys: [Key]

        init(analysis: WordAnalysis, keys: [Key]) {
            self.analysis = analysis
            self.keys = keys
        }
    }

    /// A key of the matcher's trie: its number, and whether it is a plain root (no `#` or `=`).
    struct Key: Sendable {
        let number: Int
        let isRoot: Bool
    }

    private var entries: [String: Entry] = [:]
    private let lock = NSLock()
    private let capacity: Int

    init(capacity: Int = 500_000) {
        self.capacity = capacity
    }

    /// The cached entry for `word`, computing it with `make` on a miss.
    func entry(for word: String, make: (String) -> Entry) -> Entry {
        lock.lock()
        if let entry = entries[word] {
            lock.unlock()
            return entry
        }
        lock.unlock()
        let entry = make(word)
        lock.lock()
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[word] = entry
        lock.unlock()
        return entry
    }
}
