/// The plain link format of Padan's gold files and `padan align --format links`: one link a
/// line, `I<TAB>E`, where I and E are comma-separated 0-based sentence indices and either side
/// may be empty (an unmatched sentence).
///
///     0,1	0
///     2	1
///     	2
public enum LinksFormat {
    /// A line that is not a link.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var fileName: String
        /// 1-based line.
        public var line: Int
        public var message: String
        public var description: String { "\(fileName):\(line): error: \(message)" }
    }

    /// One line for `link` (without the newline).
    public static func line(for link: AlignmentLink) -> String {
        link.source.map(String.init).joined(separator: ",") + "\t" + link.target.map(String.init).joined(separator: ",")
    }

    /// Parses links; confidence is 1 for each. Blank lines are skipped.
    /// - Throws: `ParseError` for a line without a tab, a bad index, or indices that are not consecutive.
    public static func parse(_ text: String, fileName: String) throws(ParseError) -> [AlignmentLink] {
        var links: [AlignmentLink] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy(\.isWhitespace) {
            let sides = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard sides.count == 2 else {
                throw ParseError(fileName: fileName, line: offset + 1, message: "expected `SOURCE<TAB>TARGET` with one tab")
            }
            let source = try range(sides[0], fileName: fileName, line: offset + 1)
            let target = try range(sides[1], fileName: fileName, line: offset + 1)
            guard !(source.isEmpty && target.isEmpty) else {
                throw ParseError(fileName: fileName, line: offset + 1, message: "both sides are empty")
            }
            links.append(AlignmentLink(source: source, target: target, confidence: 1))
        }
        return links
    }

    private static func range(_ side: Substring, fileName: String, line: Int) throws(ParseError) -> Range<Int> {
        let text = side.trimming([" ", "\r"])
        guard !text.isEmpty else { return 0..<0 }
        var indices: [Int] = []
        for piece in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let index = Int(piece.trimming([" "])), index >= 0 else {
                throw ParseError(fileName: fileName, line: line, message: "`\(piece)` is not a sentence index (0-based)")
            }
            indices.append(index)
        }
        guard zip(indices, indices.dropFirst()).allSatisfy({ $0 + 1 == $1 }) else {
            throw ParseError(fileName: fileName, line: line, message: "indices \(text) are not consecutive")
        }
        return indices[0]..<indices.last! + 1
    }
}

private extension Substring {
    func trimming(_ set: Set<Character>) -> Substring {
        var result = self
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return result
    }
}
