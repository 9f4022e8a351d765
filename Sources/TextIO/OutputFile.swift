import Foundation

/// Failure to create or finish an output file.
public struct OutputError: UserFacingError, Hashable, Sendable {
    public var path: String
    public var message: String
    public var category: FailureCategory { .cannotCreate }
    public var description: String { "\(path): error: \(message)" }
}

/// A destination that never leaves a partial file behind.
///
/// For a path, bytes go to a hidden temporary file in the same directory, which `commit()` renames
/// over the destination; if the work fails or `commit()` is never called, the temporary file is
/// removed and the destination is untouched. `-` (or `nil`) means standard output.
///
///     let out = try OutputFile(path: "corpus.tmx")
///     try out.write("<tmx version=\"1.4\">…")
///     try out.commit()
public final class OutputFile {
    /// The destination's path, or `nil` for standard output.
    public let path: String?
    /// The open file descriptor that bytes go to (a temporary file, or 1).
    public let fileDescriptor: Int32
    private let temporaryPath: String?
    private var committed = false
    private var buffer: [UInt8] = []

    /// Opens a temporary file next to `path`, or standard output for `nil` or `-`.
    /// - Throws: `OutputError` when the directory is missing or not writable.
    public init(path: String?) throws(OutputError) {
        guard let path, path != "-" else {
            self.path = nil
            self.temporaryPath = nil
            self.fileDescriptor = 1
            return
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let template = directory + "/." + url.lastPathComponent + ".padan-XXXXXX"
        var templateBytes = Array(template.utf8CString)
        let descriptor = templateBytes.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw OutputError(path: path, message: "cannot create a file here (\(String(cString: strerror(errno)))); check that the directory exists and is writable")
        }
        fchmod(descriptor, 0o644)
        self.path = path
        self.fileDescriptor = descriptor
        self.temporaryPath = String(decoding: templateBytes.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Appends text (UTF-8), buffered.
    public func write(_ text: String) throws(OutputError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Appends raw bytes, buffered.
    public func write(bytes: some Sequence<UInt8>) throws(OutputError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes buffered bytes to the descriptor.
    public func flush() throws(OutputError) {
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { Foundation.write(fileDescriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputError(path: path ?? "<stdout>", message: "write failed (\(String(cString: strerror(errno))))")
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, and for a file makes it durable and moves it into place.
    /// - Throws: `OutputError` when writing or renaming fails; the destination is then untouched.
    public func commit() throws(OutputError) {
        try flush()
        guard let path, let temporaryPath else { return }
        fsync(fileDescriptor)
        close(fileDescriptor)
        committed = true
        if rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw OutputError(path: path, message: "cannot move the finished file into place (\(reason))")
        }
    }

    deinit {
        if let temporaryPath, !committed {
            close(fileDescriptor)
            unlink(temporaryPath)
        }
    }
}
