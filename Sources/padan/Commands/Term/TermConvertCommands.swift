import ArgumentParser
import Foundation
import Terminology
import TextIO

/// `padan term import`: turns a glossary file into the TSV format of `Glossaries/`.
struct TermImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert a CSV or TBX glossary into Padan's TSV format (or another format).",
        discussion: """
            The input format is taken from the file's extension, the output format from -o's \
            extension (TSV on standard output without -o).

            Examples:
              padan term import termbase.tbx -o Glossaries/client.tsv
              padan term import terms.csv --lenient -o terms.tsv
            """
    )

    @Argument(help: "The glossary to convert (.tsv, .csv or .tbx).")
    var input: String

    @Option(name: .shortAndLong, help: "The file to write; its extension gives the format. Default: TSV on standard output.")
    var output: String?

    @Flag(help: "Convert the good entries of a file with bad rows, reporting the bad ones, instead of failing.")
    var lenient = false

    func run() async throws {
        try convert(from: [input], to: output, format: nil, lenient: lenient)
    }
}

/// `padan term export`: writes glossaries as TSV, CSV or TBX.
struct TermExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the glossaries (shipped or given) as one TSV, CSV, TBX or OmegaT glossary file.",
        discussion: """
            --format omegat writes OmegaT's glossary (tab-separated source, target and comment, \
            UTF-8, one line per Indonesian spelling): save it in the project's glossary/ folder \
            as a .txt file.

            Examples:
              padan term export -o padan-terms.tbx
              padan term export --glossary Glossaries/military.tsv --format csv
              padan term export --format omegat -o ~/omegat/berita/glossary/padan.txt
            """
    )

    @Option(name: .shortAndLong, help: "The file to write; its extension gives the format unless --format is given. Default: standard output.")
    var output: String?

    @Option(help: "The output format: tsv, csv, tbx or omegat.")
    var format: GlossaryFormat?

    @OptionGroup var glossary: GlossaryOptions

    func run() async throws {
        try glossary.load().write(to: output, format: try outputFormat(output, format))
    }
}

extension GlossaryFormat: ExpressibleByArgument {}

private func outputFormat(_ output: String?, _ format: GlossaryFormat?) throws -> GlossaryFormat {
    if let format { return format }
    guard let output, output != "-" else { return .tsv }
    guard let format = GlossaryFormat(path: output) else {
        throw ValidationError("cannot tell the format of \(output): name it .tsv, .csv or .tbx, or pass --format")
    }
    return format
}

private func convert(from inputs: [String], to output: String?, format: GlossaryFormat?, lenient: Bool) throws {
    let (glossary, diagnostics) = try Glossary.load(paths: inputs, lenient: lenient)
    var standardError = StandardError()
    for diagnostic in diagnostics { print("padan: \(diagnostic)", to: &standardError) }
    try glossary.write(to: output, format: try outputFormat(output, format))
}
