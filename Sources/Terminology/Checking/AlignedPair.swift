import TextIO
import XMLStream

/// An Indonesian segment and its English translation, with where the pair was read from.
public struct AlignedPair: Hashable, Sendable {
    public var source: String
    public var target: String
    public var location: SourceLocation

    public init(source: String, target: String, location: SourceLocation) {
        self.source = source
        self.target = target
        self.location = location
    }

    /// Pairs line by line: line n of `source` with line n of `target` (blank pairs skipped).
    /// - Throws: `GlossaryError` when the two have different numbers of lines.
    public static func pairs(source: String, sourceName: String, target: String, targetName: String) throws(GlossaryError) -> [AlignedPair] {
        let sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let targetLines = target.split(separator: "\n", omittingEmptySubsequences: false)
        let trim: (Substring) -> Substring = { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        let sourceCount = sourceLines.last?.isEmpty == true ? sourceLines.count - 1 : sourceLines.count
        let targetCount = targetLines.last?.isEmpty == true ? targetLines.count - 1 : targetLines.count
        guard sourceCount == targetCount else {
            throw GlossaryError([Diagnostic(.error, at: SourceLocation(file: targetName),
                                            "\(sourceName) has \(sourceCount) lines but \(targetName) has \(targetCount)",
                                            hint: "give one sentence a line in both files, aligned, or a TMX file")])
        }
        return (0..<sourceCount).compactMap { index in
            let pair = AlignedPair(source: String(trim(sourceLines[index])), target: String(trim(targetLines[index])),
                                   location: SourceLocation(file: sourceName, line: index + 1))
            return pair.source.allSatisfy(\.isWhitespace) ? nil : pair
        }
    }

    /// The Indonesian–English pairs of a TMX file: in each `tu`, the `seg` text of the `tuv` whose
    /// language is `id…` and of the one whose language is `en…` (inline tags dropped).
    /// - Throws: `GlossaryError` when the file cannot be read as XML.
    public static func pairs(tmxPath path: String) throws(GlossaryError) -> [AlignedPair] {
        var pairs: [AlignedPair] = []
        do {
            let reader = try XMLPullReader(path: path)
            var language = "", source: String?, target: String?, line = 0
            while let event = try reader.next() {
                guard case .start(let tag) = event else { continue }
                switch tag.name {
                case "tu":
                    source = nil; target = nil; line = reader.line
                case "tuv":
                    language = (tag[attribute: "xml:lang"] ?? tag[attribute: "lang"] ?? "").lowercased()
                case "seg":
                    let text = try reader.readText()
                    if language.hasPrefix("id") || language.hasPrefix("in") { source = text }
                    else if language.hasPrefix("en") { target = text }
                    if let source, let target {
                        pairs.append(AlignedPair(source: source, target: target, location: SourceLocation(file: path, line: line)))
                        language = ""
                    }
                default: break
                }
            }
        } catch {
            throw GlossaryError([Diagnostic(.error, at: error.location, error.message)], category: error.category)
        }
        return pairs
    }
}
