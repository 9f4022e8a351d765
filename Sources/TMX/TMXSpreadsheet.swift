import TextIO

/// What a TSV export or import did.
public struct TMXSpreadsheetSummary: Hashable, Sendable, Codable {
    /// The two languages, as in the TSV header row.
    public var languages: [String] = []
    public var rows = 0
    /// Units skipped on export because they lack one of the two languages.
    public var skippedUnits = 0
}

/// A two-column tab-separated view of a memory and back, because translators fix memories in
/// spreadsheets. The first row names the languages (`id<TAB>en`); each further row is one unit,
/// its segments in `SegmentNotation` (inline tags kept as TMX markup, reversible).
///
///     try TMXSpreadsheet.export(tmx: "memory.tmx", to: "memory.tsv", languages: ["id", "en"])
///     try TMXSpreadsheet.import(tsv: "memory.tsv", to: "fixed.tmx", toolVersion: "0.1.0")
public enum TMXSpreadsheet {
    /// Writes `tmx` as TSV to `output` (`nil` or "-" for stdout).
    /// - Parameter languages: the two columns; by default the header's `srclang` and the first
    ///   other language of the first unit.
    /// - Throws: `TMXError` from reading, `.invalid` when no language pair can be found or
    ///   `languages` is not two different languages, `.cannotWrite` when the output cannot be written.
    public static func export(tmx path: String, to output: String?, languages: [String]? = nil) throws(TMXError) -> TMXSpreadsheetSummary {
        if let languages, languages.count != 2 || LanguageTag.sameLanguage(languages[0], languages[1]) {
            throw TMXError(.invalid, at: SourceLocation(file: path),
                           "the two columns must be two different languages, source first, e.g. id,en (given: \(languages.joined(separator: ",")))")
        }
        let reader = try TMXReader(path: path)
        let file: OutputFile
        do { file = try OutputFile(path: output) } catch { throw TMXError(.cannotWrite, at: SourceLocation(file: error.path), error.message) }
        var summary = TMXSpreadsheetSummary()
        var pair = languages
        do {
            while let unit = try reader.next() {
                if pair == nil { pair = defaultPair(header: reader.header, first: unit) }
                guard let pair else { continue }
                if summary.languages.isEmpty {
                    summary.languages = pair
                    try file.write(pair.joined(separator: "\t") + "\n")
                }
                guard let source = unit.variant(for: pair[0]), let target = unit.variant(for: pair[1]) else {
                    summary.skippedUnits += 1
                    continue
                }
                try file.write(SegmentNotation.string(from: source.segment) + "\t" + SegmentNotation.string(from: target.segment) + "\n")
                summary.rows += 1
            }
            if summary.languages.isEmpty, let pair {
                summary.languages = pair
                try file.write(pair.joined(separator: "\t") + "\n")
            }
            try file.commit()
        } catch let error as OutputError {
            throw TMXError(.cannotWrite, at: SourceLocation(file: error.path), error.message)
        } catch let error as TMXError {
            throw error
        } catch {
            throw TMXError(.cannotWrite, at: SourceLocation(file: output ?? "<stdout>"), "\(error)")
        }
        if summary.languages.isEmpty {
            throw TMXError(.invalid, at: SourceLocation(file: path), "no units to export; pass --langs to name the two languages")
        }
        return summary
    }

    /// Reads a TSV written by `export` (or edited in a spreadsheet) and writes TMX 1.4b.
    /// - Throws: `TMXError`: `.cannotOpen` for a missing file, `.invalid` naming the line for a
    ///   row without two columns, a header row that does not name two different languages (`id`
    ///   and `id-ID` are one language: a unit's columns could not be told apart), or a cell whose
    ///   markup is broken; `.cannotWrite` when the output cannot be written.
    public static func `import`(tsv path: String, to output: String?, toolVersion: String) throws(TMXError) -> TMXSpreadsheetSummary {
        let text: String
        do { text = try TextInput.read(path: path) } catch {
            throw TMXError(error.kind == .cannotOpen ? .cannotOpen : .malformed, at: error.location, error.message)
        }
        let name = path == "-" ? TextInput.standardInputName : path
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let headerLine = lines.first else {
            throw TMXError(.invalid, at: SourceLocation(file: name, line: 1), "the file is empty; the first row names the two languages, e.g. id<TAB>en")
        }
        let languages = headerLine.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard languages.count == 2, languages.allSatisfy({ !$0.isEmpty && !$0.contains(" ") }) else {
            throw TMXError(.invalid, at: SourceLocation(file: name, line: 1),
                           "the first row must name the two languages, e.g. id<TAB>en (found \(languages.count) column\(languages.count == 1 ? "" : "s"))")
        }
        if LanguageTag.sameLanguage(languages[0], languages[1]) {
            throw TMXError(.invalid, at: SourceLocation(file: name, line: 1),
                           "the first row names one language twice (\(languages[0]), \(languages[1])); name the source and the target language, e.g. id<TAB>en")
        }
        let writer = try TMXWriter(path: output, header: .padan(sourceLanguage: languages[0], toolVersion: toolVersion))
        var summary = TMXSpreadsheetSummary(languages: languages)
        for (offset, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cells.count == 2 else {
                throw TMXError(.invalid, at: SourceLocation(file: name, line: offset + 1),
                               "row has \(cells.count) column\(cells.count == 1 ? "" : "s"), expected 2 (\(languages[0]), \(languages[1])); a tab inside a segment is written \\t")
            }
            let variants = try zip(languages, cells).map { pair throws(TMXError) in
                let segment = try SegmentNotation.segment(from: String(pair.1), at: SourceLocation(file: name, line: offset + 1))
                return TranslationVariant(language: pair.0, segment: segment)
            }
            try writer.write(TranslationUnit(variants: variants))
            summary.rows += 1
        }
        try writer.finish()
        return summary
    }

    private static func defaultPair(header: TMXHeader, first unit: TranslationUnit) -> [String]? {
        let languages = unit.variants.compactMap(\.language)
        let source = header.sourceLanguage.flatMap { $0 == "*all*" ? nil : $0 }
            .flatMap { source in languages.first { LanguageTag.sameLanguage($0, source) } } ?? languages.first
        guard let source, let target = languages.first(where: { !LanguageTag.sameLanguage($0, source) }) else { return nil }
        return [source, target]
    }
}
