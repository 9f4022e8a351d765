import Foundation

/// The bytes libFuzzer hands a target, with the helpers every target needs.
public struct FuzzInput {
    /// The input as given.
    public let bytes: [UInt8]

    /// Copies `count` bytes at `start` (libFuzzer passes a null pointer for the empty input).
    public init(_ start: UnsafePointer<UInt8>?, _ count: Int) {
        bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    }

    /// The input read as UTF-8, invalid sequences replaced (so every input is some text).
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The input cut at each `separator` byte into texts (at most `limit` pieces).
    public func pieces(separatedBy separator: UInt8, limit: Int = 64) -> [String] {
        bytes.split(separator: separator, maxSplits: limit - 1, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// Writes the input to a scratch file with `suffix` (the readers take paths) and returns its path.
    public func scratchFile(suffix: String) -> String {
        let path = ScratchDirectory.shared.path(suffix)
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }
}

/// One private directory per fuzzing process for the files the readers and writers need.
public final class ScratchDirectory: Sendable {
    /// The process's scratch directory, made on first use under `$TMPDIR` (or `/tmp`).
    public static let shared = ScratchDirectory()

    /// The directory's path.
    public let root: String

    private init() {
        let base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        root = "\(base)/padan-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    /// A path in the directory ending in `suffix`; the same suffix gives the same path, so each
    /// run overwrites the last one's file.
    public func path(_ suffix: String) -> String { "\(root)/input\(suffix)" }
}

/// Stops the run with a message when a property the target checks does not hold; libFuzzer
/// then keeps the input as a crash file.
public func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
                    file: StaticString = #fileID, line: UInt = #line) {
    if !condition() {
        FileHandle.standardError.write(Data("PROPERTY BROKEN (\(file):\(line)): \(message())\n".utf8))
        abort()
    }
}

extension FuzzInput {
    /// The bytes of the file at `path`, or `nil` when it cannot be read.
    public static func file(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map(Array.init)
    }
}
