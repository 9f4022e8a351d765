import TextIO
import XMLStream

/// A segment written on one line for spreadsheets, and read back: text as it is, inline
/// elements as their TMX markup, so nothing is lost.
///
///     SegmentNotation.string(from: segment)
///     // Panglima <bpt i="1">&lt;b&gt;</bpt>TNI<ept i="1">&lt;/b&gt;</ept> tiba.
///
/// In text, `&` and `<` are written `&amp;` and `&lt;` (so a tag cannot be confused with text);
/// a backslash, tab, line feed and carriage return are written `\\`, `\t`, `\n` and `\r`, so a
/// segment always fits one tab-separated cell.
public enum SegmentNotation {
    /// The one-line notation of `segment`.
    public static func string(from segment: Segment) -> String {
        var markup = ""
        write(segment.content, to: &markup)
        var result = ""
        result.reserveCapacity(markup.utf8.count)
        for character in markup.unicodeScalars {
            switch character {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// Reads the notation back.
    /// - Parameter location: where the cell is, for error messages.
    /// - Throws: `TMXError` (`.malformed` or `.invalid`) naming `location` when the markup is not
    ///   well-formed or breaks the TMX rules for segments.
    public static func segment(from notation: String, at location: SourceLocation) throws(TMXError) -> Segment {
        var markup = "<seg>"
        var escaped = false
        for character in notation.unicodeScalars {
            if escaped {
                switch character {
                case "t": markup += "\t"
                case "n": markup += "\n"
                case "r": markup += "\r"
                default: markup.unicodeScalars.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                markup.unicodeScalars.append(character)
            }
        }
        if escaped { markup += "\\" }
        markup += "</seg>"
        do {
            let xml = try XMLPullReader(bytes: Array(markup.utf8), fileName: location.file)
            let parser = TMXParser(xml: xml, collectsFatalProblems: false)
            _ = try parser.event()
            var builder = TMXUnitBuilder()
            let usable = try parser.segment(into: &builder)
            if let problem = parser.diagnostics.first(where: { $0.severity == .error }) {
                throw TMXError(.invalid, at: location, problem.message + (problem.hint.map { "; \($0)" } ?? ""))
            }
            return usable ? builder.segment : Segment([])
        } catch let error as TMXError {
            throw TMXError(error.kind, at: location, error.message)
        } catch {
            throw TMXError(.malformed, at: location, "\(error)")
        }
    }

    private static func write(_ content: [InlineContent], to markup: inout String) {
        for item in content {
            switch item {
            case .text(let text):
                escape(text, quotes: false, to: &markup)
            case .tag(let tag):
                markup += "<" + tag.kind.rawValue
                for attribute in tag.attributes {
                    markup += " \(attribute.name)=\""
                    escape(attribute.value, quotes: true, to: &markup)
                    markup += "\""
                }
                if tag.content.isEmpty {
                    markup += "/>"
                } else {
                    markup += ">"
                    write(tag.content, to: &markup)
                    markup += "</\(tag.kind.rawValue)>"
                }
            }
        }
    }

    private static func escape(_ text: String, quotes: Bool, to markup: inout String) {
        for character in text.unicodeScalars {
            switch character {
            case "&": markup += "&amp;"
            case "<": markup += "&lt;"
            case "\"" where quotes: markup += "&quot;"
            default: markup.unicodeScalars.append(character)
            }
        }
    }
}
