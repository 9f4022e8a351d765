/// The kinds of failure one reader or writer can report; each kind decides the exit status.
public protocol FailureKind: Hashable, Sendable {
    /// The class of failure, which fixes the command's exit status.
    var category: FailureCategory { get }
}

/// A failure at a place in a user's file: its kind, where it is, and a message that says what is
/// wrong and what to do. Each reader names its own kinds (`TMXError` is `LocatedError<TMXErrorKind>`).
///
///     LocatedError(XMLErrorKind.malformed, at: SourceLocation(file: "a.xml", line: 3, column: 9),
///                  "the file ends inside <tu>").description
///     // "a.xml:3:9: error: the file ends inside <tu>"
public struct LocatedError<Kind: FailureKind>: UserFacingError, Hashable, Sendable {
    public var kind: Kind
    public var location: SourceLocation
    public var message: String

    public init(_ kind: Kind, at location: SourceLocation, _ message: String) {
        self.kind = kind
        self.location = location
        self.message = message
    }

    public var category: FailureCategory { kind.category }

    /// `FILE[:LINE[:COLUMN]]: error: MESSAGE`, the form compilers and editors jump to.
    public var description: String { "\(location): error: \(message)" }
}
