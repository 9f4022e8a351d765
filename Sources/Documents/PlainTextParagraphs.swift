import TextIO

/// Cuts plain text into paragraphs at blank lines (lines of only white space), with the line
/// each starts on.
enum PlainTextParagraphs {
    static func paragraphs(of text: String, fileName: String) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var lines: [Substring] = []
        var firstLine = 1
        var lineNumber = 0
        func flush() {
            if !lines.isEmpty {
                paragraphs.append(Paragraph(text: lines.joined(separator: "\n"), role: .body,
                                            location: SourceLocation(file: fileName, line: firstLine)))
            }
            lines.removeAll()
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy(\.isWhitespace) {
                flush()
            } else {
                if lines.isEmpty { firstLine = lineNumber }
                lines.append(line.last == "\r" ? line.dropLast() : line)
            }
        }
        flush()
        return paragraphs
    }
}
