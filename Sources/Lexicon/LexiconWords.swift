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
        // Over Unicode scalars, ASCII without a property lookup: grapheme breaking per character
        // would cost more than the rest of the word model on a long input.
        let scalars = text.unicodeScalars
        var runs: [Substring] = []
        var start: String.UnicodeScalarView.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if WordLetters.isLetter(scalar) || (start != nil && isCombining(scalar)) {
                if start == nil { start = index }
            } else if scalar == "-", start != nil, next < scalars.endIndex, WordLetters.isLetter(scalars[next]) {
                // inside a hyphenated word
            } else if let first = start {
                if scalars.distance(from: first, to: index) > 1 { runs.append(Substring(scalars[first..<index])) }
                start = nil
            }
            index = next
        }
        if let first = start, scalars.distance(from: first, to: scalars.endIndex) > 1 { runs.append(Substring(scalars[first...])) }
        return runs
    }

    /// Combining marks (an accent written as a second scalar) stay inside their word.
    private static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x300 && scalar.properties.generalCategory == .nonspacingMark
    }
}
