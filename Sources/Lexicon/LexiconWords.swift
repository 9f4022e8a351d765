import Terminology

/// The words of a sentence as the word-translation model counts them: Indonesian words by their
/// root (`persenjataan`, `senjatanya`, `bersenjata` → `senjata`), lower-cased; English words
/// lower-cased and lightly stemmed (`EnglishStem`). Numbers are left out: the aligner reads
/// them in both conventions already.
///
///     var words = LexiconWords()
///     words.indonesian("Persenjataan nuklirnya bertambah.")   // ["senjata", "nuklir", "tambah"]
///     words.english("Its nuclear arsenal grew.")               // ["it", "nuclear", "arsenal", "grew"]
///
/// The value caches each word form it has seen, so a long text pays for morphology once per
/// distinct word; make one per task, not one per sentence.
public struct LexiconWords: Sendable {
    private var indonesianCache: [Substring: String] = [:]
    private var englishCache: [Substring: String] = [:]
    private let morphology: IndonesianMorphology

    public init(morphology: IndonesianMorphology = .shared) {
        self.morphology = morphology
    }

    /// The model words of an Indonesian sentence, in order, repeats kept.
    public mutating func indonesian(_ sentence: String) -> [String] {
        Self.letterRuns(sentence).map { form in
            if let known = indonesianCache[form] { return known }
            let root = morphology.base(of: String(form)).lowercased()
            indonesianCache[form] = root
            return root
        }
    }

    /// The model words of an English sentence, in order, repeats kept.
    public mutating func english(_ sentence: String) -> [String] {
        Self.letterRuns(sentence).map { form in
            if let known = englishCache[form] { return known }
            let stem = EnglishStem.stem(String(form))
            englishCache[form] = stem
            return stem
        }
    }

    /// Runs of letters, with a hyphen inside a word kept (`negara-negara`, `kerja-sama`), so that
    /// the analyser sees reduplication; apostrophes end a word and single letters are dropped (`country's` → `country`).
    static func letterRuns(_ text: String) -> [Substring] {
        var runs: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character.isLetter {
                if start == nil { start = index }
            } else if character == "-", start != nil, next < text.endIndex, text[next].isLetter {
                // inside a hyphenated word
            } else if let first = start {
                runs.append(text[first..<index])
                start = nil
            }
            index = next
        }
        if let first = start { runs.append(text[first...]) }
        return runs.filter { $0.count > 1 }
    }
}
