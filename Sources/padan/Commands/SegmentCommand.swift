import ArgumentParser
import Documents
import Foundation
import Segmentation
import TextIO

/// `padan segment`: shows how Padan (or an SRX file) cuts a text into sentences.
struct SegmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split a text into sentences, one per line.",
        discussion: """
            Prints one sentence per line, with a blank line between paragraphs (blank lines in \
            the input end a paragraph). Any other line break ends a sentence too (a headline, a \
            dateline, a list item) unless a lower-case word follows a word or comma: text wrapped \
            at a fixed width is joined. Use it to check how an article will be cut before \
            aligning it, or to try an SRX file.

            HTML pages and DOCX files are read as their article's paragraphs (by extension, or \
            --input-format): headings, paragraphs, list items, quotations and footnotes; menus and \
            other site chrome are left out. Offsets then count in that text, paragraphs joined by \
            blank lines.

            The language comes from --lang, or else from the file name (NAME.id.txt, NAME.en.txt).

            The rules of an SRX 2.0 file given with --srx come first and the built-in rules \
            still apply where they say nothing; a general break rule in the file therefore \
            overrides the built-in exceptions (Prof., U.S., Tbk.) at the same place. Add \
            --srx-only to use the file's rules alone.

            Examples:
              padan segment berita.id.txt
              padan segment berita.id.html
              padan segment --lang en --json story.txt
              cat berita.txt | padan segment --lang id -
              padan segment --lang id --srx house.srx berita.txt
            """
    )

    @Argument(help: "The text file to split, or - for standard input.")
    var file: String

    @Option(name: .long, help: "The text's language: id or en (BCP 47 tags such as id-ID are accepted).")
    var lang: String?

    @Option(name: .long, help: "An SRX 2.0 rules file whose rules take priority over the built-in ones.")
    var srx: String?

    @Flag(name: .long, help: "Use only the rules of the --srx file, without the built-in rules.")
    var srxOnly = false

    @Flag(name: .long, help: "Print the sentences as JSON, with their character offsets and paragraphs.")
    var json = false

    @OptionGroup var input: ArticleInput

    func validate() throws {
        if srxOnly && srx == nil { throw ValidationError("--srx-only needs an SRX file: add --srx FILE.") }
        if let lang, Language(tag: lang) == nil {
            throw ValidationError("unknown language '\(lang)': use id (Indonesian) or en (English).")
        }
    }

    func run() async throws {
        let language = try resolvedLanguage()
        var rules = SegmentationRules.builtIn(language)
        if let srx {
            let loaded = try SegmentationRules.load(srxPath: srx, language: language)
            rules = srxOnly ? loaded : loaded.extending(rules)
        }
        let text = try input.text(file)
        let sentences = Segmenter(language: language, rules: rules).sentences(in: text)
        if json {
            try JSONOutput.print(SegmentationResult(language: language.rawValue, sentences: sentences))
        } else {
            FileHandle.standardOutput.write(Data(Self.plainText(sentences).utf8))
        }
    }

    /// The language named by --lang, or the one in the file name.
    private func resolvedLanguage() throws -> Language {
        if let lang, let language = Language(tag: lang) { return language }
        let parts = URL(fileURLWithPath: file).lastPathComponent.split(separator: ".").dropFirst().dropLast()
        if let tag = parts.last, let language = Language(tag: String(tag)) { return language }
        throw ValidationError("cannot tell the language of '\(file)': add --lang id or --lang en, or name the file NAME.id.txt / NAME.en.txt.")
    }

    /// One sentence per line, a blank line between paragraphs.
    static func plainText(_ sentences: [Sentence]) -> String {
        var output = ""
        var paragraph = sentences.first?.paragraph ?? 0
        for sentence in sentences {
            if sentence.paragraph != paragraph {
                output += "\n"
                paragraph = sentence.paragraph
            }
            output += sentence.text.replacingOccurrences(of: "\n", with: " ") + "\n"
        }
        return output
    }
}

/// The `--json` shape of `padan segment`.
private struct SegmentationResult: Encodable {
    var language: String
    var sentences: [Sentence]
}
