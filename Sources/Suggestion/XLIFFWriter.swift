import TextIO
import XMLStream

/// Writes an article's sentences as an XLIFF 1.2 file with Padan's suggestions as `alt-trans`,
/// so a translator opens it in a CAT tool and starts from the memory's matches.
///
///     try XLIFFWriter.write(suggestions, original: "berita.id.txt", to: "berita.xlf", toolVersion: "0.1.0")
///
/// Each paragraph becomes a `group` (`restype="x-paragraph"`, `id="p1"`, …) and each of its
/// sentences a `trans-unit` in it; an exact (100 %) match becomes its `target` with
/// `state="needs-review-translation"` and `state-qualifier="exact-match"`; every match becomes an
/// `alt-trans` with `match-quality` and `origin`; glossary terms and warnings become `note`s.
public enum XLIFFWriter {
    /// The XLIFF 1.2 namespace.
    public static let namespace = "urn:oasis:names:tc:xliff:document:1.2"

    /// The `restype` of the `group` holding one paragraph's sentences (XLIFF 1.2 allows `x-` values).
    public static let paragraphType = "x-paragraph"

    /// Writes `article` to `path` (temporary file, then rename).
    /// - Throws: `XMLError` when the file cannot be written.
    public static func write(_ article: ArticleSuggestions, original: String, to path: String,
                             toolVersion: String) throws(XMLError) {
        let writer = try XMLStreamWriter(path: path)
        try writer.startDocument()
        try writer.startElement("xliff")
        try writer.attribute("version", "1.2")
        try writer.attribute("xmlns", namespace)
        try writer.text("\n")
        try writer.startElement("file")
        try writer.attribute("original", original)
        try writer.attribute("source-language", article.sourceLanguage)
        try writer.attribute("target-language", article.targetLanguage)
        try writer.attribute("datatype", "plaintext")
        try writer.attribute("tool-id", "padan")
        try writer.text("\n")
        try writer.startElement("header")
        try writer.startElement("tool")
        try writer.attribute("tool-id", "padan")
        try writer.attribute("tool-name", "Padan")
        try writer.attribute("tool-version", toolVersion)
        try writer.endElement()
        try writer.endElement()
        try writer.text("\n")
        try writer.startElement("body")
        var paragraph: Int?
        for sentence in article.sentences {
            if sentence.paragraph != paragraph {
                if paragraph != nil { try writer.endElement() }
                paragraph = sentence.paragraph
                try writer.text("\n")
                try writer.startElement("group")
                try writer.attribute("id", "p\(sentence.paragraph + 1)")
                try writer.attribute("restype", paragraphType)
            }
            try writer.text("\n")
            try write(sentence, article: article, with: writer)
        }
        if paragraph != nil { try writer.endElement() }
        try writer.text("\n")
        try writer.endElement()
        try writer.text("\n")
        try writer.endElement()
        try writer.text("\n")
        try writer.endElement()
        try writer.text("\n")
        try writer.finish()
    }

    private static func write(_ sentence: SentenceSuggestion, article: ArticleSuggestions,
                              with writer: XMLStreamWriter) throws(XMLError) {
        try writer.startElement("trans-unit")
        try writer.attribute("id", String(sentence.index + 1))
        try writer.attribute("xml:space", "preserve")
        try element("source", sentence.text, with: writer)
        if let exact = sentence.matches.first(where: { $0.score >= 100 }) {
            try writer.startElement("target")
            try writer.attribute("state", "needs-review-translation")
            try writer.attribute("state-qualifier", "exact-match")
            try writer.text(exact.target)
            try writer.endElement()
        }
        for match in sentence.matches {
            try writer.startElement("alt-trans")
            try writer.attribute("match-quality", String(Int(match.score.rounded(.down))))
            if let origin = match.origin { try writer.attribute("origin", origin) }
            try writer.attribute("tool-id", "padan")
            try element("source", match.source, language: article.sourceLanguage, with: writer)
            try element("target", match.adaptedTarget ?? match.target, language: article.targetLanguage, with: writer)
            try writer.endElement()
        }
        for term in sentence.terms {
            try note("Term: \(term.matchedText) → \(term.english)" + (term.note.map { " (\($0))" } ?? ""), priority: 3, with: writer)
        }
        for composed in sentence.composed {
            try note("Composed (no glossary entry): \(composed.matchedText) → \(composed.english)", priority: 5, with: writer)
        }
        for warning in sentence.warnings {
            try note("Warning: \(warning.message)", priority: 1, with: writer)
        }
        try writer.endElement()
    }

    private static func element(_ name: String, _ text: String, language: String? = nil,
                                with writer: XMLStreamWriter) throws(XMLError) {
        try writer.startElement(name)
        if let language { try writer.attribute("xml:lang", language) }
        try writer.text(text)
        try writer.endElement()
    }

    private static func note(_ text: String, priority: Int, with writer: XMLStreamWriter) throws(XMLError) {
        try writer.startElement("note")
        try writer.attribute("from", "padan")
        try writer.attribute("priority", String(priority))
        try writer.text(text)
        try writer.endElement()
    }
}
