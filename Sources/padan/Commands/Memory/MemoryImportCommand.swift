import ArgumentParser
import Documents
import Foundation
import Memory
import TMX

/// `padan memory import FILE.tmx…`
struct MemoryImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the units of TMX or XLIFF files to the memory.",
        discussion: """
            Each file is imported in one transaction: a file that turns out to be \
            broken leaves the memory exactly as it was before that file, and the error \
            says where it broke (files before it stay imported). Units the memory \
            already holds (same languages, same source and target segments) are \
            dropped; everything else in a unit (attributes, props, notes, inline tags) \
            is kept for export, and so is the file's header (attributes, props, notes, \
            user-defined encodings) when the file adds units: `padan memory export` \
            carries it.

            XLIFF 1.2 and 2.0 files (.xlf, .xliff, .sdlxliff, .mqxliff, or any file whose root is \
            <xliff>) from OmegaT, Trados, memoQ, Phrase or `padan suggest --xliff` give one unit \
            per translated segment, with its inline codes, notes and state; segments without a \
            translation yet are skipped and counted.

            Examples:
              padan memory import antara-2018.tmx
              padan memory import berita.xlf             # translated in a CAT tool
              padan memory import *.tmx --origin "Antara archive" --memory team.sqlite
              padan memory import omegat-project.tmx --langs id-ID,en-GB --quiet
            """
    )

    @Argument(help: "The TMX or XLIFF files to import.")
    var files: [String]

    @Option(help: "The origin stored with each unit (default: the file's name).")
    var origin: String?

    @Option(help: "The source and target languages of the units to import, comma-separated.")
    var langs = LanguagePair(argument: "id,en")!

    @Flag(help: "Show no progress and no warnings on standard error.")
    var quiet = false

    @OptionGroup var memory: MemoryLocation

    func run() async throws {
        let store = try memory.open()
        var standardError = StandardError()
        for file in files {
            if XLIFFReader.looksLikeXLIFF(path: file) {
                try importXLIFF(file, into: store)
                continue
            }
            let reader = try TMXReader(path: file)
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? nil
            let progress = Progress(label: "importing \(file)", total: size, quiet: quiet)
            // The reader runs on the import's reading thread: only that thread asks it how far it is.
            let bytesRead = SharedCount()
            let summary = try store.importUnits(
                from: {
                    let unit = try reader.next()
                    bytesRead.value = reader.bytesRead
                    return unit
                },
                origin: origin ?? URL(fileURLWithPath: file).lastPathComponent, header: reader.header,
                sourceLanguage: langs.source, targetLanguage: langs.target, exclusive: true,
                progress: { progress.update(bytesRead.value, detail: "\($0.added) units added") })
            progress.finish()
            if !quiet {
                for warning in reader.warnings { print(warning, to: &standardError) }
            }
            var line = "\(file): \(summary.added) units added"
            if summary.duplicates > 0 { line += ", \(summary.duplicates) duplicates dropped" }
            if summary.otherPairs > 0 {
                line += " (\(summary.otherPairs) not \(langs.source) → \(langs.target): kept for export, not used for lookups)"
            }
            if summary.missingLanguage > 0 { line += ", \(summary.missingLanguage) without any language skipped" }
            print(line)
        }
    }
}
