import Dispatch

/// Runs blocking work (SQLite, file reading) on a Dispatch thread, so that it never holds one of
/// the few threads that serve every request.
func offload<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
    }
}
