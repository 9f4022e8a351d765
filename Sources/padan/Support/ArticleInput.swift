import ArgumentParser
import Documents
import Segmentation

/// `--input-format`, shared by the commands that read articles (`align`, `suggest`, `term find`,
/// `segment`), and the one way they read them: plain text, HTML or DOCX into paragraphs.
struct ArticleInput: ParsableArguments {
    @Option(name: .customLong("input-format"),
            help: "How to read the article: text, html or docx (default: by extension; .html/.htm, .docx, else text).")
    var format: DocumentFormat?

    /// Reads `path` (`-` for standard input) in the given format or the one its name says.
    /// - Throws: `DocumentError`, `TextInputError` or `XMLError`, each with its exit status.
    func read(_ path: String) throws -> Document {
        try Documents.DocumentReader.read(path: path, format: format)
    }

    /// The text of `path` as one string, as `read(_:).text` gives it but without the paragraphs.
    func text(_ path: String) throws -> String {
        try Documents.DocumentReader.text(path: path, format: format)
    }

    /// The paragraphs of `path` as sentences, for the aligner.
    func paragraphs(_ path: String, segmenter: Segmenter) throws -> [[String]] {
        try read(path).sentences(with: segmenter).map { $0.map(\.text) }
    }
}

extension DocumentFormat: ExpressibleByArgument {}
