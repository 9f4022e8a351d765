/// Glossary entries found on each side of a translation, as keys an aligner can match: the
/// Indonesian side through `TermMatcher` (affixed forms included), the English side through any
/// inflected form of the entry's preferred or alternative renderings, as `TermChecker` looks
/// for them. Both sides of an entry give the same key, its normalised preferred English.
///
///     let anchors = TermAnchors(glossary: glossary)
///     anchors.indonesianKeys(in: "Kemhan menambah anggaran pertahanan.")  // ["defense ministry", …]
///     anchors.englishKeys(in: "The Defense Ministry raised its budget.") // ["defense ministry", …]
///
/// - Complexity: building is O(total words of all renderings and their forms); a sentence costs
///   O(w · f) for w words and f the most forms that start with one word.
public struct TermAnchors: Sendable {
    private let matcher: TermMatcher
    /// Every word of every English form, numbered, so a sentence's words are compared as numbers.
    private let englishWordNumbers: [Substring: Int32]
    /// English forms by the number of their first word: the numbers of the form's words and the
    /// key of its entry.
    private let englishForms: [[(words: [Int32], key: String)]]
    /// The key of each glossary entry, by its index.
    private let entryKeys: [String]

    public init(glossary: Glossary, morphology: IndonesianMorphology = .shared) {
        matcher = TermMatcher(glossary: glossary, morphology: morphology)
        var numbers: [Substring: Int32] = [:]
        var forms: [[(words: [Int32], key: String)]] = []
        var seen: Set<String> = []
        for entry in glossary.entries {
            let key = EnglishText.normalise(entry.english)
            for rendering in entry.acceptableEnglish {
                for form in EnglishInflection.forms(of: rendering, partOfSpeech: entry.partOfSpeech) {
                    let words = EnglishText.normalise(form).split(separator: " ")
                    guard !words.isEmpty, seen.insert(key + "|" + words.joined(separator: " ")).inserted else { continue }
                    let wordNumbers = words.map { word -> Int32 in
                        if let number = numbers[word] { return number }
                        let number = Int32(numbers.count)
                        numbers[Substring(String(word))] = number
                        forms.append([])
                        return number
                    }
                    forms[Int(wordNumbers[0])].append((wordNumbers, key))
                }
            }
        }
        englishWordNumbers = numbers
        englishForms = forms
        entryKeys = glossary.entries.map { EnglishText.normalise($0.english) }
    }

    /// The keys of the glossary entries whose Indonesian term occurs in `sentence`, each once.
    public func indonesianKeys(in sentence: String) -> [String] {
        unique(matcher.matchedEntries(in: sentence).map { entryKeys[$0] })
    }

    /// The keys of the glossary entries one of whose English renderings, in any inflected form,
    /// occurs as whole words in `sentence`, each once.
    public func englishKeys(in sentence: String) -> [String] {
        // Words no form contains are -1: they match nothing.
        let words = EnglishText.normalise(sentence).split(separator: " ").map { englishWordNumbers[$0] ?? -1 }
        var keys: [String] = []
        for (position, word) in words.enumerated() where word >= 0 {
            for form in englishForms[Int(word)] where position + form.words.count <= words.count
                && words[position..<position + form.words.count].elementsEqual(form.words) {
                keys.append(form.key)
            }
        }
        return unique(keys)
    }

    private func unique(_ keys: [String]) -> [String] {
        var seen: Set<String> = []
        return keys.filter { seen.insert($0).inserted }
    }
}
