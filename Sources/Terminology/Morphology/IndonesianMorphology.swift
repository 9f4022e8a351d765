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
/// An affix is removed only when what remains is in the lexicon; among several readings the one
/// with the fewest affixes wins, then one that restores no dropped consonant (`memakan` is
/// `makan`, not `pakan`), then the longest root. Capitalised words are read as common words only
/// when the lower-case form is in the lexicon or carries a prefix; otherwise they are names.
///
/// - Complexity: O(1) per word for practical purposes (a few dozen candidate splits); callers
///   that analyse running text should cache by word, as `TermMatcher` does.
public struct IndonesianMorphology: Sendable {
    /// The analyser over the built-in lexicon.
    public static let shared = IndonesianMorphology(lexicon: .builtIn)

    public let lexicon: IndonesianLexicon

    public init(lexicon: IndonesianLexicon) {
        self.lexicon = lexicon
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
        if word.contains(where: { $0 == "-" }) { return analyseHyphenated(word) }
        if word.contains(where: \.isNumber) { return whole(word, kind: .number) }
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

        /// Lower is better: no dropped consonant restored (`memakan` is `makan`, `pengawasan` is
        /// `awas`), fewer derivational affixes, fewer prefixes (`memberikan` is `beri`, not
        /// `ber-ikan`), fewer clitics, longer root.
        var cost: (Int, Int, Int, Int, Int) {
            (restored ? 1 : 0, prefixes.count + (suffix == nil ? 0 : 1), prefixes.count, clitics.count, -root.count)
        }
    }

    private func analyseCommon(_ lower: String, original: String) -> WordAnalysis {
        // A listed word is its own base: no reading can cost less.
        if lexicon.words.contains(lower) {
            return WordAnalysis(word: original, base: lower, stem: lower, prefixes: [], suffix: nil, clitics: [],
                                isReduplicated: false, kind: .common, isKnown: true)
        }
        var best: Reading?
        for (stem, clitics) in cliticReadings(of: lower) {
            for (body, suffix) in suffixReadings(of: stem) {
                for (prefixes, root, restored) in prefixReadings(of: body, depth: 3, outermost: true) {
                    guard root.count >= 2, lexicon.words.contains(root) else { continue }
                    if prefixes.isEmpty, suffix == nil, root.count < 2 { continue }
                    if let outer = prefixes.first, !IndonesianAffixes.isAllowedConfix(prefix: outer, suffix: suffix) { continue }
                    if prefixes.last == "ke", suffix == nil, prefixes.count == 1, !IndonesianAffixes.bareKeRoots.contains(root) { continue }
                    if (prefixes.isEmpty && suffix == nil) == false, root.count < 3 { continue }
                    let reading = Reading(root: root, stem: stem, prefixes: prefixes, suffix: suffix, clitics: clitics, restored: restored)
                    if best == nil || reading.cost < best!.cost { best = reading }
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

    private func suffixReadings(of word: String) -> [(String, String?)] {
        var readings: [(String, String?)] = [(word, nil)]
        for suffix in IndonesianAffixes.suffixes where word.hasSuffix(suffix) && word.count - suffix.count >= 3 {
            readings.append((String(word.dropLast(suffix.count)), suffix))
        }
        return readings
    }

    private func prefixReadings(of word: String, depth: Int, outermost: Bool) -> [([String], String, Bool)] {
        var readings: [([String], String, Bool)] = [([], word, false)]
        guard depth > 0 else { return readings }
        for split in IndonesianAffixes.prefixSplits(of: word, outermost: outermost) {
            for (inner, root, restored) in prefixReadings(of: split.remainder, depth: depth - 1, outermost: false) {
                readings.append(([split.prefix] + inner, root, restored || split.restored))
            }
        }
        return readings
    }

    // MARK: - Names, acronyms, hyphens

    private func isAcronym(_ word: String) -> Bool {
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
        contains(where: { $0 == "\u{2019}" }) ? replacingOccurrences(of: "\u{2019}", with: "'") : self
    }
}
