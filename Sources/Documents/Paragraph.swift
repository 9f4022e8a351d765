import TextIO

/// One block of an article's text: a paragraph, a heading, a list item, a quotation or a
/// footnote, with where it came from.
///
///     Paragraph(text: "Harga beras naik.", role: .body, location: SourceLocation(file: "a.html", line: 12))
public struct Paragraph: Hashable, Sendable, Codable {
    /// What kind of block the text was in.
    public enum Role: Hashable, Sendable, Codable {
        case body
        /// `h1`–`h6`, or a Word heading style (1 = the title level).
        case heading(level: Int)
        case listItem
        case quotation
        /// A DOCX footnote, with its number as Word stores it (`w:id`).
        case footnote(id: String)
    }

    /// The block's text, white space runs collapsed to one space (a `<br>` or Word line break
    /// kept as a line break).
    public var text: String
    public var role: Role
    /// The file and, where the format has lines, the line the block starts on.
    public var location: SourceLocation

    public init(text: String, role: Role, location: SourceLocation) {
        self.text = text
        self.role = role
        self.location = location
    }

    /// `text` with runs of spaces, tabs and line breaks as one space, line breaks from `<br>`
    /// (passed as U+2028) kept as `\n`, trimmed.
    static func collapsingWhiteSpace(_ raw: String) -> String {
        var result = ""
        var pendingSpace = false, pendingBreak = false
        for scalar in raw.unicodeScalars {
            if scalar == "\u{2028}" {
                pendingBreak = true
            } else if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{A0}"
                        || scalar.properties.generalCategory == .spaceSeparator {
                pendingSpace = true
            } else {
                if !result.isEmpty {
                    if pendingBreak { result += "\n" } else if pendingSpace { result += " " }
                }
                pendingSpace = false
                pendingBreak = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
