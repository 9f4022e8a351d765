import ArgumentParser
import TMX

/// `padan tmx convert IN -o OUT`
struct TMXConvertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Rewrite a TMX file as TMX 1.4b in UTF-8, optionally keeping one language pair.",
        discussion: """
            Reads TMX 1.1–1.4b in any encoding; renames TMX 1.1 lang= to xml:lang, drops \
            attributes TMX 1.4b does not declare, fills in required header attributes and keeps \
            everything else (props, notes, inline tags, dates). The output is written to a \
            temporary file and renamed, so a failed run leaves nothing behind.

            Examples:
              padan tmx convert trados-export.tmx -o memory.tmx
              padan tmx convert big.tmx -o id-en.tmx --langs id,en --dedupe
            """
    )

    @Argument(help: "The TMX file to read (- for standard input).")
    var input: String

    @Option(name: .shortAndLong, help: "The TMX file to write (- for standard output).")
    var output: String

    @Option(help: "Keep only units that have these languages, and only those variants (comma-separated, e.g. id,en).")
    var langs: String?

    @Flag(help: "Drop units whose languages and segments repeat an earlier unit.")
    var dedupe = false

    @OptionGroup var progressOptions: ProgressOptions

    func run() async throws {
        let languages = langs.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        if let languages, languages.isEmpty { throw ValidationError("--langs needs at least one language, e.g. --langs id,en.") }
        let progress = progressOptions.progress(reading: input, label: "converting \(input)")
        let summary = try TMXConverter.convert(
            input: input, output: output,
            options: .init(toolVersion: PadanVersion.current, languages: languages, deduplicate: dedupe)
        ) { progress?.update($0) }
        progress?.finish()
        var standardError = StandardError()
        if !progressOptions.quiet {
            // What was read anyway, repairs included (an <ept> before its <bpt>, a <span>, &Uuml;).
            for warning in summary.warnings { print(warning, to: &standardError) }
            var line = "padan: wrote \(summary.unitsWritten) of \(summary.unitsRead) units"
            if summary.unitsWithoutLanguages > 0 { line += "; \(summary.unitsWithoutLanguages) without \(languages?.joined(separator: "+") ?? "")" }
            if summary.duplicateUnits > 0 { line += "; \(summary.duplicateUnits) duplicates dropped" }
            if summary.droppedAttributes > 0 { line += "; \(summary.droppedAttributes) attributes outside TMX 1.4b dropped" }
            print(line, to: &standardError)
        }
    }
}
