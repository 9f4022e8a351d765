/// Lets one import into the memory run at a time; the others wait their turn, in order.
actor ImportQueue {
    private var running = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Runs `work` once every import before it has finished.
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        if running {
            await withCheckedContinuation { waiting.append($0) }
        }
        running = true
        defer {
            if waiting.isEmpty { running = false } else { waiting.removeFirst().resume() }
        }
        return try await offload(work)
    }
}
