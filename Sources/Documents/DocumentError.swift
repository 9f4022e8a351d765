import TextIO

/// Why an article could not be read: the file is not what its name or `--input-format` says,
/// holds no article text, or is over a safety bound.
public typealias DocumentError = LocatedError<DocumentErrorKind>

/// What is wrong with an article file.
public enum DocumentErrorKind: FailureKind {
    /// The file cannot be opened (66).
    case cannotOpen
    /// The bytes are another format than the one asked for (a zip read as text, text read as DOCX, …).
    case wrongFormat
    /// A DOCX whose zip is damaged, or lacks `word/document.xml`.
    case damagedDocument
    /// Over a bound: file size, an entry's uncompressed size or compression ratio (zip bomb).
    case limitExceeded
    /// An HTML page or document with no article text in it (a menu, a login page, an empty file).
    case noArticleText

    public var category: FailureCategory { self == .cannotOpen ? .noInput : .dataError }
}
