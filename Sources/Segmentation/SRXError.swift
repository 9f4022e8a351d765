import TextIO

/// A problem in an SRX file (or a rule), with the file and line where it is.
public typealias SRXError = LocatedError<SRXErrorKind>

/// What is wrong with an SRX file or rule.
public enum SRXErrorKind: FailureKind {
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

    public var category: FailureCategory { self == .cannotOpen ? .noInput : .dataError }
}
