import Foundation
import TextIO

/// The word list that stops over-stemming: base words and lexicalised words (lower case),
/// function words, and names that must never be stemmed (capitalised), read from the `Resources`
/// word lists.
public struct IndonesianLexicon: Sendable {
    /// Lower-case base words and lexicalised words, function words included.
    public var words: Set<String>
    /// Names, case as written.
    public var names: Set<String>
    /// Function words (conjunctions, prepositions, particles, pronouns, question words), also in
    /// `words`: the analyser makes one of them the root of a derived form only when no content word
    /// can be the root (`memakai` is `pakai`, not `maka` + `-i`).
    public var functionWords: Set<String>

    public init(words: Set<String> = [], names: Set<String> = [], functionWords: Set<String> = []) {
        self.words = words.union(functionWords)
        self.names = names
        self.functionWords = functionWords
    }

    /// Parses the lexicon format: words separated by white space, `#` to the end of a line is a
    /// comment, a capitalised word is a name.
    ///
    /// ASCII text (the shipped lists) is cut on its bytes, where line feed, vertical tab, form
    /// feed and carriage return are its line breaks and A–Z its capitals; other text by `Character`.
    public init(parsing text: String) {
        var words = Set<String>(), names = Set<String>()
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for line in text.utf8.split(whereSeparator: { (0x0A...0x0D).contains($0) }) where line.first != UInt8(ascii: "#") {
                for word in line.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
                    let isName = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(word[word.startIndex])
                    if isName { names.insert(String(decoding: word, as: UTF8.self)) } else { words.insert(String(decoding: word, as: UTF8.self)) }
                }
            }
        } else {
            for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
                for word in line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }) {
                    if word.first?.isUppercase == true { names.insert(String(word)) } else { words.insert(String(word)) }
                }
            }
        }
        self.init(words: words, names: names)
    }

    /// The resource files the built-in lexicon is read from, one kind of word each: function words,
    /// lexicalised forms (and adverbs that are roots too), roots, loanwords and acronym-words, names.
    static let builtInParts = ["function", "lexicon", "roots", "loans", "names"]

    /// The lexicon shipped in the Terminology module's resources: every part, read as one list.
    /// An installed binary reads them from `share/padan/lexicon` beside its `bin` (`make install`),
    /// a built one from its resource bundle.
    public static let builtIn: IndonesianLexicon = {
        var lexicon = IndonesianLexicon()
        let installed = Bundle.main.executableURL.flatMap(installedDirectory(forExecutable:))
        for part in builtInParts {
            let file = part + ".txt"
            guard let url = installed?.appendingPathComponent(file)
                    ?? Bundle.module.url(forResource: part, withExtension: "txt", subdirectory: "Resources"),
                  let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            let parsed = IndonesianLexicon(parsing: text)
            lexicon.words.formUnion(parsed.words)
            lexicon.names.formUnion(parsed.names)
            if part == "function" { lexicon.functionWords.formUnion(parsed.words) }
        }
        return lexicon
    }()

    /// `PREFIX/share/padan/lexicon` for an executable installed as `PREFIX/bin/padan`, when that
    /// directory holds every part of the lexicon; `nil` otherwise (a binary in its build directory).
    static func installedDirectory(forExecutable executable: URL) -> URL? {
        InstalledData.directory("lexicon", forExecutable: executable, holding: builtInParts.map { $0 + ".txt" })
    }
}
