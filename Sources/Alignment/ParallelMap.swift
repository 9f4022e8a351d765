import Dispatch
import Foundation

/// `(0..<count).map(transform)` on every core, in contiguous runs of indices, the results in
/// index order; on one core, or for few items, in the calling thread.
///
///     let lengths = ParallelMap.map(sentences.count) { sentences[$0].count }
enum ParallelMap {
    /// The fewest items worth handing to another core.
    static let minimumRun = 64

    static func map<Result: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
        let runs = min(cores * 4, count / minimumRun)
        guard runs > 1 else { return (0..<count).map(transform) }
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            let output = SharedOutput(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: runs) { run in
                for index in count * run / runs..<count * (run + 1) / runs {
                    (output.base + index).initialize(to: transform(index))
                }
            }
            initialized = count
        }
    }

    /// The cores of this machine, read once.
    private static let cores = ProcessInfo.processInfo.activeProcessorCount

    /// The result buffer, written at disjoint indices by each run.
    private struct SharedOutput<Element>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Element>
    }
}
