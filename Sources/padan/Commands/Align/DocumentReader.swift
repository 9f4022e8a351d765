import Foundation
import Segmentation
import TextIO

/// One article pair read and cut into sentences.
struct DocumentPair: Sendable {
    /// The article's name: the file name without `.id.txt` (or the whole name).
    var name: String
    /// Each side's sentences, paragraph by paragraph (for presplit input, blank lines separate paragraphs).
    var sourceParagraphs: [[String]]
    var targetParagraphs: [[String]]
    /// All sentences of each side, in order: what link indices count.
    var source: [String]
    var target: [String]

    init(name: String, sourceParagraphs: [[String]], targetParagraphs: [[String]]) {
        self.name = name
        self.sourceParagraphs = sourceParagraphs
        self.targetParagraphs = targetParagraphs
        source = sourceParagraphs.flatMap { $0 }
        target = targetParagraphs.flatMap { $0 }
    }
}

/// Reads an article pair (plain text, HTML or DOCX) and cuts it into paragraphs of sentences:
/// with the built-in (or SRX) rules, or one sentence a line (blank lines between paragraphs) for presplit input.
struct DocumentReader: Sendable {
    let presplit: Bool
    let input: ArticleInput
    private let indonesian: Segmenter
    private let english: Segmenter

    /// - Throws: `SRXError` when the SRX file cannot be read.
    init(presplit: Bool, srxPath: String?, input: ArticleInput) throws {
        self.presplit = presplit
        self.input = input
        func rules(_ language: Language) throws -> SegmentationRules {
            let builtIn = SegmentationRules.builtIn(language)
            guard let srxPath else { return builtIn }
            return try SegmentationRules.load(srxPath: srxPath, language: language).extending(builtIn)
        }
        indonesian = Segmenter(language: .indonesian, rules: try rules(.indonesian))
        english = Segmenter(language: .english, rules: try rules(.english))
    }

    /// Reads both sides.
    /// - Throws: `TextInputError` for a missing, binary or non-UTF-8 file; `AlignInputError`
    ///   when a side has no sentence.
    func read(sourcePath: String, targetPath: String) throws -> DocumentPair {
        let source = try sentences(path: sourcePath, segmenter: indonesian)
        let target = try sentences(path: targetPath, segmenter: english)
        return DocumentPair(name: Self.articleName(sourcePath), sourceParagraphs: source, targetParagraphs: target)
    }

    private func sentences(path: String, segmenter: Segmenter) throws -> [[String]] {
        let sentences: [[String]]
        if presplit {
            // One sentence a line; a blank line ends a paragraph.
            let lines = try TextInput.read(path: path).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(Self.trimmed)
            sentences = lines.split(whereSeparator: \.isEmpty).map(Array.init)
        } else {
            sentences = try input.paragraphs(path, segmenter: segmenter)
        }
        guard !sentences.isEmpty else {
            throw AlignInputError(category: .dataError,
                                  message: "\(path == "-" ? TextInput.standardInputName : path): error: no sentences to align (the file is empty or only white space)")
        }
        return sentences
    }

    /// `line` without leading and trailing spaces and tabs (Unicode space separators and U+0009,
    /// as Foundation's `.whitespaces`), trimmed scalar by scalar without a bridge to NSString.
    static func trimmed(_ line: Substring) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar == " " || (scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator)
        }
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(scalars[first...last])
    }

    /// `berita` for `dir/berita.id.txt`.
    static func articleName(_ path: String) -> String {
        var name = URL(fileURLWithPath: path).lastPathComponent
        for suffix in [".id.txt", ".txt", ".id.html", ".id.htm", ".id.docx", ".html", ".htm", ".docx"] where name.hasSuffix(suffix) {
            name.removeLast(suffix.count)
            break
        }
        return name
    }
}
