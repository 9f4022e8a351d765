import TextIO

/// What `TMXValidator` found in one file.
public struct TMXValidationReport: Hashable, Sendable, Codable {
    /// The file as named in the diagnostics.
    public var file: String
    /// Problems in file order: errors break TMX 1.4b, warnings are deviations real exports have.
    public var diagnostics: [Diagnostic]
    /// All errors found, including any beyond the kept diagnostics.
    public var errorCount: Int
    /// All warnings found, including any beyond the kept diagnostics.
    public var warningCount: Int
    /// Translation units read.
    public var unitCount: Int

    /// `true` when there is no error (warnings allowed).
    public var isValid: Bool { errorCount == 0 }
}

/// Checks a TMX file against the TMX 1.4b DTD and the rules of the specification's text, and
/// reports every problem rather than stopping at the first.
///
///     let report = try TMXValidator.validate(path: "export.tmx")
///     for problem in report.diagnostics { print(problem) }   // "export.tmx:42: error: <tuv> has no language …"
///     report.isValid
///
/// Checked: well-formedness (libxml2's message with line and column; reading stops there), the
/// root, the attribute lists and required attributes of each element, the order of `note`/`prop`
/// before `tuv`/`seg`, `bpt`/`ept` pairing through `i` within a segment or `sub`, `it pos`,
/// which inline elements may nest where, dates in `YYYYMMDDThhmmssZ`, `segtype` values, a variant
/// in the source language of each unit (unless `srclang="*all*"`). Warnings cover deviations
/// Padan reads anyway: no `version`, no header, TMX 1.1–1.3 `lang`, `prop` without `type`, `ut`.
public enum TMXValidator {
    /// Validates `path`.
    /// - Parameters:
    ///   - path: the TMX file ("-" for standard input).
    ///   - fileName: the name used in messages; defaults to `path`.
    ///   - progress: called after each unit with the bytes read so far.
    /// - Returns: the report; a file that is not XML or not TMX gives a report with that error.
    /// - Throws: `TMXError` (`.cannotOpen`) only when the file cannot be opened.
    public static func validate(path: String, fileName: String? = nil,
                                progress: ((Int) -> Void)? = nil) throws(TMXError) -> TMXValidationReport {
        let name = fileName ?? (path == "-" ? TextInput.standardInputName : path)
        var report = TMXValidationReport(file: name, diagnostics: [], errorCount: 0, warningCount: 0, unitCount: 0)
        let reader: TMXReader
        do {
            reader = try TMXReader(path: path, fileName: name, collectingProblems: true)
        } catch {
            if error.kind == .cannotOpen { throw error }
            report.diagnostics = [error.diagnostic]
            report.errorCount = 1
            return report
        }
        var ending: TMXError?
        var sourceProblems: [Diagnostic] = []
        let source = reader.header.sourceLanguage
        do {
            while let unit = try reader.next() {
                report.unitCount += 1
                progress?(reader.bytesRead)
                let unitSource = unit.attributes[named: "srclang"] ?? source
                if let unitSource, unitSource != "*all*", !unit.variants.isEmpty, unit.variant(for: unitSource) == nil,
                   sourceProblems.count < 1_000 {
                    sourceProblems.append(Diagnostic(.warning, at: reader.unitLocation,
                                                     "unit has no variant in the source language \(unitSource)",
                                                     hint: "add a <tuv xml:lang=\"\(unitSource)\">, or set srclang=\"*all*\""))
                }
            }
        } catch {
            ending = error
        }
        report.diagnostics = reader.warnings + sourceProblems
        report.diagnostics.sort { ($0.location.line ?? 0) < ($1.location.line ?? 0) }
        report.errorCount = reader.errorCount
        report.warningCount = reader.warningCount + sourceProblems.count
        if let ending {
            report.diagnostics.append(ending.diagnostic)
            report.errorCount += 1
        }
        return report
    }
}
