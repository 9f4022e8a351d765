import Foundation

/// A number one thread sets and another reads, behind a lock: how far a reader running on the
/// import's reading thread has got, for the progress line the writing thread prints.
///
///     let bytes = SharedCount()
///     bytes.value = reader.bytesRead      // on the reading thread
///     progress.update(bytes.value)        // on the writing thread
final class SharedCount: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = 0

    var value: Int {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
