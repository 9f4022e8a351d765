import TextIO
import XMLStream

/// A TMX file that cannot be read or written, with the place where it went wrong.
///
///     do { let reader = try TMXReader(path: "memory.tmx") } catch {
///         print(error)   // "memory.tmx:12:7: error: <tuv> has no language; add xml:lang=\"…\""
///     }
public typealias TMXError = LocatedError<TMXErrorKind>

/// What went wrong with a TMX file.
public enum TMXErrorKind: FailureKind {
    /// The file does not exist or cannot be opened.
    case cannotOpen
    /// Not well-formed XML: truncated, damaged, or bytes that do not match the declared encoding.
    case malformed
    /// An entity declaration or reference, refused so that no local file is read and nothing expands without bound.
    case unsafe
    /// Well-formed XML that is not TMX (the root element is not `<tmx>`).
    case notTMX
    /// TMX that breaks a rule a reader cannot work around (a `tuv` without a language, an `ept` without its `bpt`, …).
    case invalid
    /// The output cannot be created or written.
    case cannotWrite
    /// XML past one of the parser's safety limits (nesting depth, the length of a text or a tag).
    case limitExceeded

    /// `.noInput` for a missing file, `.cannotCreate` for output, `.dataError` for a bad file.
    public var category: FailureCategory {
        switch self {
        case .cannotOpen: .noInput
        case .cannotWrite: .cannotCreate
        case .malformed, .unsafe, .notTMX, .invalid, .limitExceeded: .dataError
        }
    }
}

extension TMXError {
    /// The diagnostic `validate` prints for this error.
    public var diagnostic: Diagnostic { Diagnostic(.error, at: location, message) }
}

extension TMXError {
    /// Carries an XML-level failure over, keeping its place and message.
    init(_ error: XMLError) {
        let kind: Kind = switch error.kind {
        case .cannotOpen: .cannotOpen
        case .malformed: .malformed
        case .entityReference: .unsafe
        case .invalid: .invalid
        case .cannotWrite: .cannotWrite
        case .limitExceeded: .limitExceeded
        }
        self.init(kind, at: error.location, error.message)
    }
}
