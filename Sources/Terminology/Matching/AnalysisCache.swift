import Foundation

/// Analyses of distinct words, shared by every `matches(in:)` call of one matcher, so running
/// text pays for morphology once per word type rather than once per word.
final class AnalysisCache: @unchecked Sendable {
    /// A class, so that handing an analysis to each occurrence of a word copies one reference.
    final class Entry: Sendable {
        let analysis: WordAnalysis
        let keys: [String]

        init(analysis: WordAnalysis, keys: [String]) {
            self.analysis = analysis
            self.keys = keys
        }
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
