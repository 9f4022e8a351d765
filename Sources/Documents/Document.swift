import Segmentation
import TextIO

/// An article read from a file: its paragraphs, and the text the sentence splitter sees.
///
///     let document = try DocumentReader.read(path: "berita.id.docx")
///     let paragraphs = document.sentences(with: Segmenter(language: .indonesian))
public struct Document: Hashable, Sendable {
    /// The path as the user named it, or `<stdin>`.
    public var name: String
    public var format: DocumentFormat
    /// The blocks in reading order (a DOCX's footnotes after its body).
    public var paragraphs: [Paragraph]
    /// The text for the sentence splitter and term matcher: a plain-text file as it is; for HTML
    /// and DOCX the paragraphs joined by blank lines, so a paragraph end is a sentence end and
    /// character offsets count in this text.
    public var text: String

    public init(name: String, format: DocumentFormat, paragraphs: [Paragraph], text: String? = nil) {
        self.name = name
        self.format = format
        self.paragraphs = paragraphs
        self.text = text ?? paragraphs.map(\.text).joined(separator: "\n\n")
    }

    /// The sentences of each paragraph, in order: a paragraph boundary is always a sentence
    /// boundary. Paragraphs the splitter finds no sentence in are left out.
    public func sentences(with segmenter: Segmenter) -> [[Sentence]] {
        paragraphs.map { segmenter.sentences(in: $0.text) }.filter { !$0.isEmpty }
    }
}
