import Foundation
import GRDB
import Lexicon

/// An import's `WordCountUpdate` with the training (analysing the sampled units' words and
/// Model 1's rounds) on a thread of its own: the importing thread only decides which units are
/// in the sample and hands their texts over, so that the counts take the core the reading
/// thread leaves idle rather than the writer's. The blocks are trained one after another in
/// import order, so the counts are those `WordCountUpdate` gives on one thread.
///
///     let counts = BackgroundWordCounts(sourceLanguage: "id", targetLanguage: "en")
///     counts.add(sourceText: "Presiden tiba.", targetText: "The president arrived.")
///     try counts.finish(in: db)   // waits for the training, then writes the table
final class BackgroundWordCounts: @unchecked Sendable {
    /// Sampled units handed over at a time.
    private static let chunkSize = 256

    /// Used on the importing thread only: which units are in the sample.
    private var sampler: WordCountUpdate
    /// Used on `queue` only: the training.
    private var trainer: WordCountUpdate
    private let queue = DispatchQueue(label: "padan.import.word-counts")
    private var chunk: [(source: String, target: String)] = []
    private let stop = NSLock()
    private var stopped = false

    init(sourceLanguage: String, targetLanguage: String) {
        sampler = WordCountUpdate(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        trainer = sampler
    }

    /// Takes in one stored unit's plain texts (importing thread).
    func add(sourceText: String, targetText: String) {
        guard sampler.takesNext() else { return }
        chunk.append((sourceText, targetText))
        if chunk.count == Self.chunkSize { handOver() }
    }

    /// Waits for the training and adds the counts to the table, in the caller's transaction.
    func finish(in db: Database) throws {
        handOver()
        let counts = queue.sync {
            trainer.trainBlock()
            return trainer.counts
        }
        try WordTranslationTable.add(counts, in: db)
    }

    /// Drops the training still queued (the import failed).
    func cancel() {
        stop.withLock { stopped = true }
    }

    private func handOver() {
        guard !chunk.isEmpty else { return }
        let texts = chunk
        chunk = []
        queue.async { [self] in
            guard !stop.withLock({ stopped }) else { return }
            for pair in texts { trainer.train(sourceText: pair.source, targetText: pair.target) }
        }
    }
}
