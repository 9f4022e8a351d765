import TMX
import TextIO

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

    /// Pairs line by line: line n of `source` with line n of `target` (blank pairs skipped; LF or
    /// CR LF line ends).
    /// - Throws: `GlossaryError` when the two have different numbers of lines.
    public static func pairs(source: String, sourceName: String, target: String, targetName: String) throws(GlossaryError) -> [AlignedPair] {
        // CR LF is one `Character`, not a "\n": split on both.
        let isLineBreak: (Character) -> Bool = { $0 == "\n" || $0 == "\r\n" }
        let sourceLines = source.split(omittingEmptySubsequences: false, whereSeparator: isLineBreak)
        let targetLines = target.split(omittingEmptySubsequences: false, whereSeparator: isLineBreak)
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

    /// The Indonesian–English pairs of a TMX file, read with `TMXReader`: in each `tu`, the plain
    /// text (inline tags dropped) of the `id` variant (or `in`, the withdrawn code) and of the `en`
    /// variant, located at the unit's line. Units without both languages are skipped.
    /// - Throws: `GlossaryError` when the file cannot be opened or read as TMX, at the place it fails.
    public static func pairs(tmxPath path: String) throws(GlossaryError) -> [AlignedPair] {
        var pairs: [AlignedPair] = []
        do {
            let reader = try TMXReader(path: path)
            while let unit = try reader.next() {
                guard let indonesian = unit.variant(for: "id"),
                      let english = unit.variant(for: "en") else { continue }
                pairs.append(AlignedPair(source: indonesian.segment.plainText, target: english.segment.plainText,
                                         location: reader.unitLocation))
            }
        } catch {
            throw GlossaryError([Diagnostic(.error, at: error.location, error.message)], category: error.category)
        }
        return pairs
    }
}
