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
    private let rootEndings: Set<String>
    /// The hashes of the root endings as ASCII bytes, last to first (`ByteHashSet`), so that an
    /// ASCII word is checked without a `String` for each of its tails.
    private let asciiRootEndings: ByteHashSet
    /// The hashes of the listed words as ASCII bytes, first to last: most roots a reading tries
    /// are not listed, and an ASCII one not here is not, so no `String` hash is needed to say so.
    private let asciiWords: ByteHashSet

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
    }

    /// Each of `words` as the ASCII string equal to it as `String`s compare: itself when ASCII,
    /// its canonical decomposition when that is ASCII; words with neither are left out.
    private static func asciiForms(of words: Set<String>) -> some Sequence<String> {
        words.lazy.map { $0.utf8.allSatisfy { $0 < 0x80 } ? $0 : $0.decomposedStringWithCanonicalMapping }
            .filter { $0.utf8.allSatisfy { $0 < 0x80 } }
    }

    /// Whether `word` is a listed word (`lexicon.words`), an ASCII word first looked for by hash.
    private func isListed(_ word: String) -> Bool {
        var word = word
        let surelyNot = word.withUTF8 { bytes in
            !bytes.contains { $0 >= 0x80 } && !asciiWords.contains(PieceWordTable.hash(bytes, 0..<bytes.count))
        }
        return !surelyNot && lexicon.words.contains(word)
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
        if word.utf8.contains(0x2D), word.contains(where: { $0 == "-" }) { return analyseHyphenated(word) }
        if isASCII ? word.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) : word.contains(where: \.isNumber) {
            return whole(word, kind: .number)
        }
        if isAcronym(word) { return whole(word, kind: .acronym) }
        if lexicon.names.contains(word) { return whole(word, kind: .name) }
        guard let first = word.first, first.isUppercase else {
            return analyseCommon(word, original: word)
        }
        let common = analyseCommon(word.lowercased(), original: word)
        let lower = word.lowercased()
        let acceptable = common.isKnown
            && (lexicon.words.contains(lower) || !common.prefixes.isEmpty
                || (common.suffix != "i" && common.isKnown && common.base != lower))
        return acceptable ? common : whole(word, kind: .name)
    }

    // MARK: - Common words

    private struct Reading {
        var root: String
        var stem: String
        var prefixes: [String]
        var suffix: String?
        var clitics: [String]
        var restored: Bool
        /// Whether the root is a function word and the reading gives it a prefix or a suffix.
        var derivesFunctionWord: Bool

        /// Lower is better: a content root rather than a derived function word (`memakai` is
        /// `pakai`, not `maka` + `-i`; `penahan` is `tahan`, not `nah`), no dropped consonant restored
        /// (`memakan` is `makan`, `pengawasan` is `awas`), fewer derivational affixes, fewer prefixes
        /// (`memberikan` is `beri`, not `ber-ikan`), fewer clitics, longer root.
        var cost: (Int, Int, Int, Int, Int, Int) {
            (derivesFunctionWord ? 1 : 0, restored ? 1 : 0, prefixes.count + (suffix == nil ? 0 : 1), prefixes.count,
             clitics.count, -root.count)
        }
    }

    private func analyseCommon(_ lower: String, original: String) -> WordAnalysis {
        // A listed word is its own base: no reading can cost less.
        if lexicon.words.contains(lower) {
            return WordAnalysis(word: original, base: lower, stem: lower, prefixes: [], suffix: nil, clitics: [],
                                isReduplicated: false, kind: .common, isKnown: true)
        }
        var best: Reading?
        var prefixes: [String] = []
        for (stem, clitics) in cliticReadings(of: lower) {
            for (body, suffix) in suffixReadings(of: stem) {
                func consider(_ prefixes: [String], _ root: String, _ restored: Bool) {
                    guard isListed(root), root.count >= 2 else { return }
                    if let outer = prefixes.first, !IndonesianAffixes.isAllowedConfix(prefix: outer, suffix: suffix) { return }
                    if prefixes.last == "ke", suffix == nil, prefixes.count == 1, !IndonesianAffixes.bareKeRoots.contains(root) { return }
                    if (prefixes.isEmpty && suffix == nil) == false, root.count < 3 { return }
                    let derivesFunctionWord = (!prefixes.isEmpty || suffix != nil) && lexicon.functionWords.contains(root)
                    let reading = Reading(root: root, stem: stem, prefixes: prefixes, suffix: suffix, clitics: clitics, restored: restored,
                                          derivesFunctionWord: derivesFunctionWord)
                    if best == nil || reading.cost < best!.cost { best = reading }
                }
                if mayHavePrefix(body) {
                    forEachPrefixReading(of: body, depth: 3, outermost: true, restored: false, prefixes: &prefixes, consider)
                } else {
                    consider([], body, false)
                }
            }
        }
        if let best {
            return WordAnalysis(word: original, base: best.root, stem: best.stem, prefixes: best.prefixes, suffix: best.suffix,
                                clitics: best.clitics, isReduplicated: false, kind: .common, isKnown: true)
        }
        // Unknown root: remove an unmistakable clitic from a long word, nothing else.
        for clitic in ["nya", "lah", "pun"] where lower.hasSuffix(clitic) && lower.count - clitic.count >= 5 {
            let stem = String(lower.dropLast(clitic.count))
            return WordAnalysis(word: original, base: stem, stem: stem, prefixes: [], suffix: nil, clitics: [clitic],
                                isReduplicated: false, kind: .common, isKnown: false)
        }
        return WordAnalysis(word: original, base: lower, stem: lower, prefixes: [], suffix: nil, clitics: [],
                            isReduplicated: false, kind: .common, isKnown: false)
    }

    private func cliticReadings(of word: String) -> [(String, [String])] {
        var readings: [(String, [String])] = [(word, [])]
        for particle in IndonesianAffixes.particles where word.hasSuffix(particle) && word.count - particle.count >= 3 {
            readings.append((String(word.dropLast(particle.count)), [particle]))
        }
        for (stem, clitics) in readings {
            // Pronoun proclitics of passive verbs: kuserahkan, kaupilih.
            for proclitic in ["kau", "ku"] where stem.hasPrefix(proclitic) && stem.count - proclitic.count >= 3 {
                readings.append((String(stem.dropFirst(proclitic.count)), [proclitic] + clitics))
            }
        }
        for (stem, clitics) in readings {
            for possessive in IndonesianAffixes.possessives where stem.hasSuffix(possessive) && stem.count - possessive.count >= 3 {
                readings.append((String(stem.dropLast(possessive.count)), [possessive] + clitics))
            }
        }
        return readings
    }

    /// Whether some prefix reading of `word` could leave a listed root: whether a listed word, or
    /// one without its first `k p s t`, ends `word` after at least two letters. When none does,
    /// the prefix search would find only the word itself, so the search is skipped. An ASCII word
    /// is checked by hashes (`asciiRootEndings`): a collision only costs that search.
    private func mayHavePrefix(_ word: String) -> Bool {
        let ascii = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            // Each tail from the third byte on, hashed last byte first as it grows.
            var hash = PieceWordTable.hashSeed
            for index in stride(from: bytes.count - 1, through: 2, by: -1) {
                hash = PieceWordTable.hashing(hash, bytes[index])
                if asciiRootEndings.contains(hash) { return true }
            }
            return false
        }
        if let ascii, let answer = ascii { return answer }
        var rest = Substring(word).dropFirst(2)
        while !rest.isEmpty {
            if rootEndings.contains(String(rest)) { return true }
            rest = rest.dropFirst()
        }
        return false
    }

    private func suffixReadings(of word: String) -> [(String, String?)] {
        var readings: [(String, String?)] = [(word, nil)]
        for suffix in IndonesianAffixes.suffixes where word.hasSuffix(suffix) && word.count - suffix.count >= 3 {
            readings.append((String(word.dropLast(suffix.count)), suffix))
        }
        return readings
    }

    /// Calls `body` with every way of reading up to `depth` prefixes off `word`: the prefixes
    /// (outermost first, after those already in `prefixes`), the root left, and whether a dropped
    /// consonant was restored; the word itself first, then each split's readings in turn.
    private func forEachPrefixReading(of word: String, depth: Int, outermost: Bool, restored: Bool, prefixes: inout [String],
                                      _ body: ([String], String, Bool) -> Void) {
        body(prefixes, word, restored)
        guard depth > 0 else { return }
        for split in IndonesianAffixes.prefixSplits(of: word, outermost: outermost) {
            prefixes.append(split.prefix)
            forEachPrefixReading(of: split.remainder, depth: depth - 1, outermost: false, restored: restored || split.restored,
                                 prefixes: &prefixes, body)
            prefixes.removeLast()
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
    /// Typographic apostrophes as ASCII, so `Jum’at` and `Jum'at` are one word.
    func replacingApostrophes() -> String {
        // U+2019 is E2 80 99 in UTF-8: most words have no E2 byte and are not searched further.
        utf8.contains(0xE2) && contains(where: { $0 == "\u{2019}" }) ? replacingOccurrences(of: "\u{2019}", with: "'") : self
    }
}
