import Foundation

/// The word list that stops over-stemming: base words and lexicalised words (lower case) and
/// names that must never be stemmed (capitalised), read from `Resources/lexicon.txt`.
public struct IndonesianLexicon: Sendable {
    /// Lower-case base words and lexicalised words.
    public var words: Set<String>
    /// Names, case as written.
    public var names: Set<String>

    public init(words: Set<String> = [], names: Set<String> = []) {
        self.words = words
        self.names = names
    }

    /// Parses the lexicon format: words separated by white space, `#` to the end of a line is a
    /// comment, a capitalised word is a name.
    public init(parsing text: String) {
        var words = Set<String>(), names = Set<String>()
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            for word in line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }) {
                if word.first?.isUppercase == true { names.insert(String(word)) } else { words.insert(String(word)) }
            }
        }
        self.init(words: words, names: names)
    }

    /// The lexicon shipped in the Terminology module's resources.
    public static let builtIn: IndonesianLexicon = {
        guard let url = Bundle.module.url(forResource: "lexicon", withExtension: "txt", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return IndonesianLexicon() }
        return IndonesianLexicon(parsing: text)
    }()
}
