import Documents
import Foundation
import Memory

extension MemoryImportCommand {
    /// Imports the translated segments of an XLIFF 1.2 or 2.0 file, in one transaction, and
    /// prints what it did (with the untranslated segments it skipped).
    func importXLIFF(_ file: String, into store: TranslationMemory) throws {
        let reader = try XLIFFReader(path: file)
        let progress = Progress(label: "importing \(file)", total: nil, quiet: quiet)
        let summary = try store.importUnits(
            from: { try reader.next() },
            origin: origin ?? URL(fileURLWithPath: file).lastPathComponent, header: nil,
            sourceLanguage: langs.source, targetLanguage: langs.target, exclusive: true,
            progress: { progress.update($0.read, detail: "\($0.added) units added") })
        progress.finish()
        var line = "\(file): \(summary.added) units added (XLIFF \(reader.version))"
        if summary.duplicates > 0 { line += ", \(summary.duplicates) duplicates dropped" }
        if reader.untranslated > 0 { line += ", \(reader.untranslated) untranslated segment\(reader.untranslated == 1 ? "" : "s") skipped" }
        if summary.missingLanguage > 0 { line += ", \(summary.missingLanguage) without both \(langs.source) and \(langs.target) skipped" }
        print(line)
    }
}
