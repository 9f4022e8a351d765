import ArgumentParser
import Documents
import Foundation
import Memory
import Suggestion
import Terminology
import TextIO

/// `padan suggest`: per-sentence memory matches, glossary terms and warnings for new copy.
struct SuggestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Suggest translations for new Indonesian wire copy from the memory and the glossary.",
        discussion: """
            The article (plain text, HTML or DOCX, by extension or --input-format) is split \
            into paragraphs and sentences (--xliff keeps each paragraph as a group). For each \
            sentence Padan shows the best memory matches (score, Indonesian, English, origin and \
            date), the glossary terms found with their preferred English, and warnings: a match \
            whose English lacks a term's preferred rendering or uses a forbidden one; a term or \
            sentence the memory translates in more than one way (with counts); numbers, names or \
            dates that differ from the match. Without a memory yet (none at $PADAN_HOME or the \
            default place), it gives the glossary terms alone and says on standard error how to \
            make one.

            Examples:
              padan suggest berita.id.txt
              padan suggest berita.id.txt --xliff berita.xlf      # open it in a CAT tool
              padan suggest laporan.docx --xliff laporan.xlf
              pbpaste | padan suggest - --json
              padan suggest berita.id.txt --memory desk.sqlite --threshold 60
            """
    )

    @Argument(help: "The Indonesian article (text, HTML or DOCX); - or nothing reads standard input.")
    var article: String = "-"

    @Option(help: "The lowest match score shown, from 1 to 100.")
    var threshold: Double = 70

    @Option(help: "The most memory matches shown per sentence.")
    var limit = 3

    @Option(help: ArgumentHelp("Also write the article with the suggestions as an XLIFF 1.2 file (matches as alt-trans).", valueName: "file"))
    var xliff: String?

    @Flag(help: "Print the suggestions as JSON instead of text.")
    var json = false

    @OptionGroup var memory: MemoryLocation
    @OptionGroup var glossary: GlossaryOptions
    @OptionGroup var input: ArticleInput

    func validate() throws {
        guard (1...100).contains(threshold) else { throw ValidationError("--threshold must be between 1 and 100.") }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1.") }
    }

    func run() async throws {
        let text = try input.text(article)
        let suggester = Suggester(memory: try openMemory(), glossary: try glossary.load())
        let result = try suggester.suggest(article: text, options: .init(limit: limit, threshold: threshold))
        if let xliff {
            let original = article == "-" ? "stdin.txt" : URL(fileURLWithPath: article).lastPathComponent
            try XLIFFWriter.write(result, original: original, to: xliff, toolVersion: PadanVersion.current)
        }
        if json { return try JSONOutput.print(result) }
        FileHandle.standardOutput.write(Data(SuggestionReport(result, style: .forStandardOutput).text.utf8))
    }

    /// The memory, or `nil` with a note on standard error when the default one does not exist
    /// yet; a memory named with `--memory` must exist (a typo must not pass for an empty memory).
    private func openMemory() throws -> TranslationMemory? {
        guard memory.path == nil, !FileManager.default.fileExists(atPath: memory.resolvedPath) else {
            return try memory.openForReading()
        }
        var standardError = StandardError()
        print("padan: no translation memory at \(memory.resolvedPath), so glossary terms only; "
              + "make one with padan memory import FILE.tmx or padan align --into-memory", to: &standardError)
        return nil
    }
}
