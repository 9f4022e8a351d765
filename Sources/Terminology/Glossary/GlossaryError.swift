import TextIO

/// A glossary that cannot be loaded or written: every problem found, each with its file and line.
public struct GlossaryError: UserFacingError, Hashable, Sendable {
    /// The problems, in file order (errors first shown as they were found).
    public var diagnostics: [Diagnostic]
    /// `.noInput` for a missing file, `.cannotCreate` for an unwritable output, else `.dataError`.
    public var category: FailureCategory

    public init(_ diagnostics: [Diagnostic], category: FailureCategory = .dataError) {
        self.diagnostics = diagnostics
        self.category = category
    }

    /// One problem per line; the last line says how to load the rest anyway when that is possible.
    public var description: String {
        var lines = diagnostics.map(\.description)
        if category == .dataError, diagnostics.count > 1 {
            lines.append("\(diagnostics.filter { $0.severity == .error }.count) problems; fix them, or pass --lenient to load the other entries")
        } else if category == .dataError {
            lines.append("fix the entry, or pass --lenient to load the other entries")
        }
        return lines.joined(separator: "\n")
    }
}
