import TextIO

/// A problem in an SRX file (or a rule), with the file and line where it is.
public struct SRXError: UserFacingError, Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// The file cannot be opened.
        case cannotOpen
        /// Not well-formed XML.
        case malformed
        /// Well-formed, but not SRX as the standard describes it (wrong root, bad attribute…).
        case invalid
        /// A `beforebreak` or `afterbreak` that is not a valid ICU regular expression.
        case invalidPattern
        /// No `languagemap` in the file applies to the language being segmented.
        case noRulesForLanguage
    }

    public var kind: Kind
    public var location: SourceLocation
    public var message: String

    public init(_ kind: Kind, at location: SourceLocation, _ message: String) {
        self.kind = kind
        self.location = location
        self.message = message
    }

    public var category: FailureCategory { kind == .cannotOpen ? .noInput : .dataError }

    /// `FILE:LINE: error: MESSAGE`.
    public var description: String { "\(location): error: \(message)" }
}
