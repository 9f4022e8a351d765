import TextIO

/// A failure while reading or writing XML, with the place libxml2 reported.
public typealias XMLError = LocatedError<XMLErrorKind>

/// What went wrong with an XML file.
public enum XMLErrorKind: FailureKind {
    /// The file cannot be opened.
    case cannotOpen
    /// Not well-formed XML, a truncated file, or bytes that do not match the declared encoding.
    case malformed
    /// An entity declaration or reference, refused to keep XXE and entity expansion out.
    case entityReference
    /// A document that is not what the caller expected (wrong root, a missing attribute, …).
    case invalid
    /// An output file could not be written.
    case cannotWrite
    /// A document past one of the parser's safety limits (nesting depth, the length of a text,
    /// a tag or a name), which Padan keeps for XML it did not write.
    case limitExceeded

    public var category: FailureCategory {
        switch self {
        case .cannotOpen: .noInput
        case .malformed, .entityReference, .invalid, .limitExceeded: .dataError
        case .cannotWrite: .cannotCreate
        }
    }
}
