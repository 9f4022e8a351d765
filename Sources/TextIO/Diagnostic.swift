/// Where something is in an input the user gave us: a file, and where known a line and column.
///
///     SourceLocation(file: "corpus.tmx", line: 12, column: 7).description  // "corpus.tmx:12:7"
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file's path as the user named it, or `<stdin>`.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `FILE`, `FILE:LINE` or `FILE:LINE:COLUMN`, the form compilers and editors jump to.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let line = line, line > 0, let column { text += ":\(column)" }
        return text
    }
}

/// The class of a failure, which fixes the command's exit status (BSD `sysexits.h`).
public enum FailureCategory: Sendable, Hashable {
    /// Wrong arguments or options (64, EX_USAGE).
    case usage
    /// An input file is malformed (65, EX_DATAERR).
    case dataError
    /// An input file does not exist or cannot be read (66, EX_NOINPUT).
    case noInput
    /// An internal error (70, EX_SOFTWARE).
    case software
    /// An output file cannot be created (73, EX_CANTCREAT).
    case cannotCreate
    /// Reading or writing failed half-way (74, EX_IOERR).
    case ioError
    /// Something is busy for now (another process holds a lock); the same command may succeed
    /// later (75, EX_TEMPFAIL).
    case temporaryFailure

    /// The process exit status for this category.
    public var exitStatus: Int32 {
        switch self {
        case .usage: 64
        case .dataError: 65
        case .noInput: 66
        case .software: 70
        case .cannotCreate: 73
        case .ioError: 74
        case .temporaryFailure: 75
        }
    }
}

/// An error meant for the person at the keyboard: what is wrong, where, and what to do.
///
/// Every library error that can reach the command line conforms, so the CLI turns any of them
/// into one message on stderr and a distinct exit status without knowing the library.
public protocol UserFacingError: Error, CustomStringConvertible {
    /// Decides the exit status.
    var category: FailureCategory { get }
}

/// A problem found in a user's input, with its place and an optional hint on how to fix it.
///
///     Diagnostic(.error, at: SourceLocation(file: "a.tsv", line: 3), "missing English term",
///                hint: "fill the `english` column").description
///     // "a.tsv:3: error: missing English term (fill the `english` column)"
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable, Codable {
        case error, warning, note
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// What the user can do about it, when there is something to say.
    public var hint: String?

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let hint { text += " (\(hint))" }
        return text
    }
}
