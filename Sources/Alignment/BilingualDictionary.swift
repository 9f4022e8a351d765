/// A bilingual word list: Indonesian words or phrases with English equivalents, used by the
/// aligner as extra evidence that two sentences translate each other.
///
/// The file format is tab-separated, one pair a line, Indonesian first; blank lines and lines
/// starting with `#` are skipped, and a first line `id<TAB>en` is taken as a header:
///
///     presiden	president
///     rudal balistik	ballistic missile
///
///     let dictionary = try BilingualDictionary(parsing: text, fileName: "id-en.tsv")
public struct BilingualDictionary: Sendable, Hashable {
    /// The pairs, both sides lower-cased and split into words.
    public private(set) var pairs: [Pair]

    /// One entry of the list.
    public struct Pair: Sendable, Hashable {
        /// The Indonesian words.
        public var source: [String]
        /// The English words.
        public var target: [String]
    }

    /// A line of the file that is not a pair.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var fileName: String
        /// 1-based line.
        public var line: Int
        public var message: String
        public var description: String { "\(fileName):\(line): error: \(message)" }
    }

    /// Builds a dictionary from term pairs supplied in code (glossary pairs, for instance).
    public init(pairs: [(source: String, target: String)]) {
        self.pairs = pairs.compactMap { pair in
            let source = Self.words(pair.source), target = Self.words(pair.target)
            return source.isEmpty || target.isEmpty ? nil : Pair(source: source, target: target)
        }
    }

    /// Parses the tab-separated format described above.
    /// - Throws: `ParseError` naming the line when a line has no tab or an empty side.
    public init(parsing text: String, fileName: String) throws(ParseError) {
        var pairs: [(String, String)] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 2 else {
                throw ParseError(fileName: fileName, line: offset + 1,
                                 message: "no tab: expected `Indonesian<TAB>English`")
            }
            if offset == 0, columns[0].lowercased() == "id", columns[1].lowercased() == "en" { continue }
            let source = String(columns[0]), target = String(columns[1])
            guard !Self.words(source).isEmpty, !Self.words(target).isEmpty else {
                throw ParseError(fileName: fileName, line: offset + 1,
                                 message: "an empty side: both the Indonesian and the English column need a word")
            }
            pairs.append((source, target))
        }
        self.init(pairs: pairs)
    }

    private static func words(_ text: String) -> [String] {
        SentenceTokenizer.tokenize(text).tokens.map(\.lowercased)
    }
}
