import ArgumentParser
import TMX

/// `padan tmx from-tsv IN -o OUT`
struct TMXFromTSVCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "from-tsv",
        abstract: "Turn a two-column spreadsheet (tab-separated) back into TMX 1.4b.",
        discussion: """
            Reads the notation to-tsv writes: a first row naming the two languages, then one \
            unit per row. Inline tags written as TMX markup come back as tags.

            Examples:
              padan tmx from-tsv memory.tsv -o memory.tmx
            """
    )

    @Argument(help: "The TSV file to read (- for standard input).")
    var input: String

    @Option(name: .shortAndLong, help: "The TMX file to write (- for standard output).")
    var output: String

    func run() async throws {
        _ = try TMXSpreadsheet.import(tsv: input, to: output, toolVersion: PadanVersion.current)
    }
}
