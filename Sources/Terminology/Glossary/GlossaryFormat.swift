/// The glossary file formats Padan reads and writes, chosen by file extension.
public enum GlossaryFormat: String, Sendable, CaseIterable, Codable {
    case tsv, csv, tbx
    /// OmegaT's tab-separated source, target, comment (write only; never chosen by extension,
    /// since a `.txt` glossary is Padan's TSV).
    case omegat

    /// The format a path's extension names (`.tsv`, `.tab`, `.txt` → TSV), or `nil`.
    ///
    ///     GlossaryFormat(path: "terms.tbx")  // .tbx
    public init?(path: String) {
        let name = path.lowercased()
        if name.hasSuffix(".tsv") || name.hasSuffix(".tab") || name.hasSuffix(".txt") { self = .tsv }
        else if name.hasSuffix(".csv") { self = .csv }
        else if name.hasSuffix(".tbx") || name.hasSuffix(".xml") { self = .tbx }
        else { return nil }
    }
}
