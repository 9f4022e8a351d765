import ArgumentParser
import TMX

/// `padan tmx to-tsv IN`
struct TMXToTSVCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "to-tsv",
        abstract: "Write a TMX file as a two-column spreadsheet (tab-separated).",
        discussion: """
            The first row names the languages. Inline tags stay as TMX markup (e.g. \
            <bpt i="1">&lt;b&gt;</bpt>), & and < in text are written &amp; and &lt;, and a \
            tab or line break inside a segment is written \\t or \\n, so from-tsv gives the \
            same segments back.

            Examples:
              padan tmx to-tsv memory.tmx -o memory.tsv
              padan tmx to-tsv memory.tmx --langs id,en > memory.tsv
            """
    )

    @Argument(help: "The TMX file to read (- for standard input).")
    var input: String

    @Option(name: .shortAndLong, help: "The TSV file to write (standard output when omitted).")
    var output: String?

    @Option(help: "The two languages, source first (default: the header's srclang and the first other language).")
    var langs: LanguagePair?

    func run() async throws {
        _ = try TMXSpreadsheet.export(tmx: input, to: output, languages: langs.map { [$0.source, $0.target] })
    }
}
