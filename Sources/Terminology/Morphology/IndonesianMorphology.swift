import Foundation

/// Recovers the base of Indonesian word forms: prefixes with nasal assimilation, suffixes,
/// confixes, clitics and reduplication, checked against a lexicon so that words which only look
/// affixed (`berita`, `perdana`, `kanan`) and names (`Bekasi`, `Jakarta`) are left alone.
///
///     let morphology = IndonesianMorphology.shared
///     morphology.base(of: "memperluas")       // "luas"
///     morphology.base(of: "senjata-senjata")  // "senjata"
///     morphology.base(of: "Bekasi")           // "Bekasi"
///
/// An affix is removed only when what remains is in the lexicon. Among several readings one whose
/// root is a content word beats one that makes a function word the root of a derived form
/// (`memakai` is `pakai`, not `maka` + `-i`); then one that restores no dropped consonant wins
/// (`memakan` is `makan`, not `pakan`), then the fewest affixes, then the longest root.
/// Capitalised words are read as common words only when the lower-case form is in the lexicon or
/// carries a prefix; otherwise they are names.
///
/// - Complexity: O(1) per word for practical purposes (a few dozen candidate splits); callers
///   that analyse running text should cache by word, as `TermMatcher` does.
public final class IndonesianMorphology: Sendable {
    /// The analyser over the built-in lexicon.
    public static let shared = IndonesianMorphology(lexicon: .builtIn)

    public let lexicon: IndonesianLexicon
    /// Every listed word, and every listed word in `k p s t` without that letter (the root a
    /// nasal prefix leaves when it drops it): what can end a word that has a prefix.
    let rootEndings: Set<String>
    /// The hashes of the root endings as ASCII bytes, last to first (`ByteHashSet`), so that an
    /// ASCII word is checked without a `String` for each of its tails.
    let asciiRootEndings: ByteHashSet
    /// The hashes of the listed words as ASCII bytes, first to last: most roots a reading tries
    /// are not listed, and an ASCII one not here is not, so no `String` hash is needed to say so.
    private let asciiWords: ByteHashSet
    /// Whether every name starts with a capital, as the built-in ones and those `adding(words:)`
    /// adds do: then a word that starts with a plain lower-case letter is surely no name.
    private let namesAreCapitalised: Bool

    public init(lexicon: IndonesianLexicon) {
        self.lexicon = lexicon
        var endings = lexicon.words
        for word in lexicon.words where word.first.map("kpst".contains) == true {
            endings.insert(String(word.dropFirst()))
        }
        rootEndings = endings
        asciiWords = ByteHashSet(Self.asciiForms(of: lexicon.words), reversed: false)
        // An ending that is not ASCII still equals an ASCII tail as `String`s do when its
        // canonical decomposition is ASCII.
        asciiRootEndings = ByteHashSet(Self.asciiForms(of: endings), reversed: true)
        namesAreCapitalised = lexicon.names.allSatisfy { Self.startsUppercase($0).0 }
    }

    /// Each of `words` as the ASCII string equal to it as `String`s compare: itself when ASCII,
    /// its canonical decomposition when that is ASCII; words with neither are left out.
    private static func asciiForms(of words: Set<String>) -> some Sequence<String> {
        words.lazy.map { $0.utf8.allSatisfy { $0 < 0x80 } ? $0 : $0.decomposedStringWithCanonicalMapping }
            .filter { $0.utf8.allSatisfy { $0 < 0x80 } }
    }

    /// The letters of `span` as a `String` when they are a listed word (`lexicon.words`); ASCII
    /// letters are first looked for by hash, so most spans that are not listed make no `String`.
    func listedText(of span: LetterSpan, in letters: some WordLetters) -> String? {
        if type(of: letters).isASCII, !asciiWords.contains(letters.hash(of: span)) { return nil }
        let text = letters.string(of: span)
        return lexicon.words.contains(text) ? text : nil
    }

    /// This analyser with more known base words (lower case) or names (capitalised).
    public func adding(words: some Sequence<String>) -> IndonesianMorphology {
        var extended = lexicon
        for word in words {
            if word.first?.isUppercase == true { extended.names.insert(word) } else { extended.words.insert(word) }
        }
        return IndonesianMorphology(lexicon: extended)
    }

    /// The base (root) of `word`: `persenjataan` → `senjata`, `Bekasi` → `Bekasi`, `TNI-nya` → `TNI`.
    public func base(of word: String) -> String {
        analyse(word).base
    }

    /// The full analysis of one word form (no spaces).
    public func analyse(_ word: String) -> WordAnalysis {
        let word = word.replacingApostrophes()
        let isASCII = word.utf8.allSatisfy { $0 < 0x80 }
        if word.hasHyphen { return analyseHyphenated(word) }
        if isASCII ? word.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) : word.contains(where: \.isNumber) {
            return whole(word, kind: .number)
        }
        if isAcronym(word) { return whole(word, kind: .acronym) }
        let (startsUppercase, isPlain) = Self.startsUppercase(word)
        if !isPlain || startsUppercase || !namesAreCapitalised, lexicon.names.contains(word) { return whole(word, kind: .name) }
        guard startsUppercase else {
            return analyseCommon(word, original: word)
        }
        let lower = word.lowercased()
        let common = analyseCommon(lower, original: word)
        let acceptable = common.isKnown
            && (!common.prefixes.isEmpty || (common.suffix != "i" && common.isKnown && common.base != lower)
                || lexicon.words.contains(lower))
        return acceptable ? common : whole(word, kind: .name)
    }

    /// Whether `word` starts with a capital, and whether that was read off its first byte: when
    /// it is one ASCII `Character` (the byte after it is ASCII too, so no accent joins it), as the
    /// first letter of nearly every word is, no `Character` is made.
    private static func startsUppercase(_ word: String) -> (Bool, isPlain: Bool) {
        let utf8 = word.utf8
        if let first = utf8.first, first < 0x80, utf8.dropFirst().first.map({ $0 < 0x80 }) != false {
            return ((0x41...0x5A).contains(first), true)
        }
        return (word.first?.isUppercase == true, false)
    }

    // MARK: - Common words

    /// The analysis of the common word `lower` (lower case), reported as `original`: read off its
    /// bytes when ASCII, else by `Character` (`CommonWordReader`).
    private func analyseCommon(_ lower: String, original: String) -> WordAnalysis {
        var utf8 = lower
        return utf8.withUTF8 { bytes in
            if let ascii = ASCIILetters(bytes) {
                var reader = CommonWordReader(morphology: self, letters: ascii)
                return reader.analysis(of: lower, original: original)
            }
            var reader = CommonWordReader(morphology: self, letters: CharacterLetters(lower))
            return reader.analysis(of: lower, original: original)
        }
    }

    // MARK: - Names, acronyms, hyphens

    private func isAcronym(_ word: String) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: a letter is A–Z or a–z, and only A–Z are capitals.
            var capitals = 0
            for byte in word.utf8 {
                if byte >= 0x61 && byte <= 0x7A { return false }
                if byte >= 0x41 && byte <= 0x5A { capitals += 1 }
            }
            return capitals >= 2
        }
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    private func whole(_ word: String, kind: WordKind) -> WordAnalysis {
        WordAnalysis(word: word, base: word, stem: word, prefixes: [], suffix: nil, clitics: [], isReduplicated: false,
                     kind: kind, isKnown: kind != .compound)
    }

    private func analyseHyphenated(_ word: String) -> WordAnalysis {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return whole(word, kind: .compound) }
        if IndonesianAffixes.clitics.contains(parts[1].lowercased()) {
            var analysis = analyse(parts[0])
            analysis.word = word
            analysis.clitics.append(parts[1].lowercased())
            return analysis
        }
        let first = analyse(parts[0]), second = analyse(parts[1])
        let sameBase = first.base.lowercased() == second.base.lowercased()
        guard sameBase, first.kind == second.kind || first.kind == .common || second.kind == .common else {
            return whole(word, kind: .compound)
        }
        // Plain reduplication keeps the first half's stem; affixed (tembak-menembak) keeps derivation.
        let derived = first.isDerived ? first : second
        return WordAnalysis(word: word, base: first.isDerived ? second.base : first.base,
                            stem: first.isDerived || second.isDerived ? derived.stem : first.stem,
                            prefixes: first.prefixes + second.prefixes, suffix: second.suffix ?? first.suffix,
                            clitics: second.clitics, isReduplicated: true, kind: first.kind, isKnown: first.isKnown)
    }
}

extension String {
    /// Whether a `Character` of the word is a hyphen, which makes it a reduplication or a
    /// compound (`negara-negara`, `Korea-AS`): words without the byte are not searched further.
    var hasHyphen: Bool {
        utf8.contains(0x2D) && contains(where: { $0 == "-" })
    }

    /// Typographic apostrophes as ASCII, so `Jum’at` and `Jum'at` are one word.
    func replacingApostrophes() -> String {
        // U+2019 is E2 80 99 in UTF-8: most words have no E2 byte and are not searched further.
        utf8.contains(0xE2) && contains(where: { $0 == "\u{2019}" }) ? replacingOccurrences(of: "\u{2019}", with: "'") : self
    }
}
