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
/// On Linux the temporary file has no name until `commit()` (`O_TMPFILE`), so even a process
/// killed with SIGKILL leaves nothing behind; where the file system cannot do that, it is a
/// hidden `.NAME.padan-XXXXXX` file.
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
        self.path = path
        if let descriptor = Self.openNameless(in: directory) {
            fchmod(descriptor, 0o644)
            self.fileDescriptor = descriptor
            self.temporaryPath = nil // named by commit()
            return
        }
        let template = Self.temporaryTemplate(for: path)
        var templateBytes = Array(template.utf8CString)
        let descriptor = templateBytes.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw OutputError(path: path, message: "cannot create a file here (\(String(cString: strerror(errno)))); check that the directory exists and is writable")
        }
        fchmod(descriptor, 0o644)
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
        guard let path else { return }
        if fsync(fileDescriptor) != 0 && errno != EINVAL {
            throw OutputError(path: path, message: "cannot make the file durable (\(String(cString: strerror(errno)))); nothing was written")
        }
        let temporaryPath: String
        if let named = self.temporaryPath { temporaryPath = named } else { temporaryPath = try nameNamelessFile(for: path) }
        close(fileDescriptor)
        committed = true
        if rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw OutputError(path: path, message: "cannot move the finished file into place (\(reason))")
        }
    }

    deinit {
        guard path != nil, !committed else { return }
        close(fileDescriptor)
        if let temporaryPath { unlink(temporaryPath) }
    }

    /// `.NAME.padan-XXXXXX` beside `path`, for `mkstemp`.
    private static func temporaryTemplate(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".padan-XXXXXX"
    }

    /// A file without a name in `directory` (Linux `O_TMPFILE`), or `nil` where that is not possible.
    private static func openNameless(in directory: String) -> Int32? {
        #if os(Linux)
        let nameless = Int32(0o20_000_000) | O_DIRECTORY // __O_TMPFILE; Swift does not import O_TMPFILE
        let descriptor = open(directory, nameless | O_WRONLY | O_CLOEXEC, 0o600)
        return descriptor >= 0 ? descriptor : nil
        #else
        return nil
        #endif
    }

    /// Gives the nameless file a hidden name beside `path` (to be renamed over it at once).
    private func nameNamelessFile(for path: String) throws(OutputError) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        for _ in 0..<8 {
            // linkat never replaces a file: EEXIST means another writer holds the name; try another.
            let name = String(Self.temporaryTemplate(for: path).dropLast(6)) + String((0..<6).map { _ in letters.randomElement()! })
            if linkat(AT_FDCWD, "/proc/self/fd/\(fileDescriptor)", AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0 { return name }
            if errno != EEXIST {
                throw OutputError(path: path, message: "cannot name the finished file (\(String(cString: strerror(errno)))); nothing was written")
            }
        }
        throw OutputError(path: path, message: "cannot find a free temporary name beside the file; nothing was written")
    }
}
