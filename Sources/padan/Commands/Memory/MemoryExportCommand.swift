import ArgumentParser
import Foundation
import Memory
import TMX

/// `padan memory export -o FILE.tmx`
struct MemoryExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the memory's units to a TMX file, as they were imported.",
        discussion: """
            The file appears only when it is complete. Units keep every attribute, \
            prop, note and inline tag they came in with. The header is Padan's; it \
            carries the notes, props and user-defined encodings (ude) of the headers \
            of the imported files whose units are exported, in import order, each one \
            once, and each file's own header attributes as JSON in a \
            <prop type="x-padan-import-header">.

            Examples:
              padan memory export -o all.tmx
              padan memory export -o recent.tmx --since 2024-01-01
              padan memory export -o antara.tmx --origin antara-2018.tmx --langs id,en
            """
    )

    @Option(name: .shortAndLong, help: "The TMX file to write (- for standard output).")
    var output: String

    @Option(help: "Only units created on or after this date (YYYY-MM-DD).")
    var since: String?

    @Option(help: "Only units from this origin (as `padan memory stats` lists them).")
    var origin: String?

    @Option(help: "Only units with these source and target languages, comma-separated.")
    var langs: LanguagePair?

    @OptionGroup var memory: MemoryLocation

    func validate() throws {
        if let since, Self.parseDate(since) == nil {
            throw ValidationError("--since needs a date like 2024-01-31, not '\(since)'.")
        }
    }

    func run() async throws {
        let store = try memory.openForReading()
        let filter = ExportFilter(since: since.flatMap(Self.parseDate), origin: origin,
                                  sourceLanguage: langs?.source, targetLanguage: langs?.target)
        let header = TMXHeader.padan(sourceLanguage: langs?.source ?? "id", toolVersion: PadanVersion.current)
        let count = try store.exportTMX(path: output, header: header, filter: filter)
        if output != "-" { print("\(output): \(count) units exported") }
    }

    /// `YYYY-MM-DD` (UTC midnight) or a full ISO 8601 date and time.
    static func parseDate(_ text: String) -> Date? {
        if let date = try? Date(text + "T00:00:00Z", strategy: .iso8601) { return date }
        return try? Date(text, strategy: .iso8601)
    }
}
