/// Turns a word list into one compact regular expression, shared-prefix first, so that a rule
/// listing hundreds of abbreviations fails after one character at most positions.
///
///     WordListPattern.alternation(["Dr", "Drs", "Prof"])   // "(?:Dr(?:s)?|Prof)"
enum WordListPattern {
    /// An ICU pattern matching exactly the words given (regex metacharacters are escaped).
    static func alternation(_ words: [String]) -> String {
        let root = Node()
        for word in Set(words) where !word.isEmpty { root.insert(word[...]) }
        return "(?:" + root.pattern() + ")"
    }

    private final class Node {
        var children: [Character: Node] = [:]
        var isWord = false

        func insert(_ word: Substring) {
            guard let first = word.first else {
                isWord = true
                return
            }
            let child = children[first] ?? Node()
            children[first] = child
            child.insert(word.dropFirst())
        }

        func pattern() -> String {
            let branches = children.keys.sorted().map { WordListPattern.escape($0) + children[$0]!.pattern() }
            guard !branches.isEmpty else { return "" }
            let body = branches.joined(separator: "|")
            if isWord { return "(?:" + body + ")?" }
            return branches.count == 1 ? body : "(?:" + body + ")"
        }
    }

    private static func escape(_ character: Character) -> String {
        "\\^$.|?*+()[]{}-/#&~ ".contains(character) ? "\\" + String(character) : String(character)
    }
}
