import TextIO

/// Why a translation memory could not be opened, read or written.
///
///     do { _ = try TranslationMemory(path: "notes.txt") }
///     catch { print(error) }   // "notes.txt: error: not a translation memory (…)"
public struct MemoryError: UserFacingError, Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// The file exists but is not an SQLite database.
        case notAMemory
        /// The file was written by a newer Padan whose schema this version does not know.
        case newerSchema
        /// There is no memory at the path, and the command only reads.
        case missing
        /// The file or its directory cannot be created or opened.
        case cannotOpen
        /// A database operation failed (disk full, corrupt).
        case storage
        /// The caller asked for something that cannot be done (bad filter, bad language).
        case invalidRequest
        /// Another process holds the memory's lock past the wait (an import into an empty memory
        /// holds it to its end); the same command may succeed later.
        case busy
    }

    public var kind: Kind
    /// The memory file's path.
    public var path: String
    public var message: String

    public init(_ kind: Kind, path: String, _ message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    public var category: FailureCategory {
        switch kind {
        case .notAMemory, .newerSchema: .dataError
        case .missing: .noInput
        case .cannotOpen: .cannotCreate
        case .storage: .ioError
        case .invalidRequest: .usage
        case .busy: .temporaryFailure
        }
    }

    public var description: String { "\(path): error: \(message)" }
}
