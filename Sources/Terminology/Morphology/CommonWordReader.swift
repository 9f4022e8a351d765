/// The search for the best reading of a common (lower-case) word, written once over any letter
/// view (`WordLetters`): every clitic reading, then every suffix reading of it, then every way of
/// reading up to three prefixes off what is left, each reading kept only when its root is listed
/// (see `IndonesianMorphology` for the order of preference). Readings are spans of the word's
/// letters; a `String` is made only of a root that may be listed and of the best reading, so an
/// ASCII word, read off its bytes, costs hashes rather than `String`s for the readings it rejects.
struct CommonWordReader<Letters: WordLetters> {
    let morphology: IndonesianMorphology
    let letters: Letters
    private var best: Reading?
    /// The prefix cuts of each word of the prefix search being read, outermost first: one
    /// array for the whole search, so that no level allocates its own.
    private var cutStack: [PrefixCut] = []

    init(morphology: IndonesianMorphology, letters: Letters) {
        self.morphology = morphology
        self.letters = letters
    }

    private struct Reading {
        var root: String
        var rootCount: Int
        var stem: LetterSpan
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
            Self.cost(derivesFunctionWord: derivesFunctionWord, restored: restored, prefixes: prefixes.count,
                      hasSuffix: suffix != nil, clitics: clitics.count, rootCount: rootCount)
        }

        static func cost(derivesFunctionWord: Bool, restored: Bool, prefixes: Int, hasSuffix: Bool, clitics: Int,
                         rootCount: Int) -> (Int, Int, Int, Int, Int, Int) {
            (derivesFunctionWord ? 1 : 0, restored ? 1 : 0, prefixes + (hasSuffix ? 1 : 0), prefixes, clitics, -rootCount)
        }
    }

    /// What a clitic and suffix reading leaves for the prefix search, with the reading.
    private struct Body {
        var stem: LetterSpan
        var suffix: String?
        var clitics: [String]
    }

    /// The analysis of the word, whose letters spell `lower`, reported as the word `original`.
    mutating func analysis(of lower: String, original: String) -> WordAnalysis {
        let whole = LetterSpan(initial: nil, range: 0..<letters.count)
        // A listed word is its own base: no reading can cost less.
        if morphology.listedText(of: whole, in: letters) != nil {
            return WordAnalysis(word: original, base: lower, stem: lower, prefixes: [], suffix: nil, clitics: [],
                                isReduplicated: false, kind: .common, isKnown: true)
        }
        var prefixes: [String] = []
        for (stem, clitics) in cliticReadings(of: whole) {
            for (body, suffix) in suffixReadings(of: stem) {
                let reading = Body(stem: stem, suffix: suffix, clitics: clitics)
                if mayHavePrefix(body) {
                    forEachPrefixReading(of: body, depth: 3, outermost: true, restored: false, prefixes: &prefixes, reading)
                } else {
                    consider(prefixes: [], root: body, restored: false, reading)
                }
            }
        }
        if let best {
            return WordAnalysis(word: original, base: best.root, stem: letters.string(of: best.stem), prefixes: best.prefixes,
                                suffix: best.suffix, clitics: best.clitics, isReduplicated: false, kind: .common, isKnown: true)
        }
        // Unknown root: remove an unmistakable clitic from a long word, nothing else.
        for clitic in ["nya", "lah", "pun"] where letters.hasSuffix(clitic, in: whole) && whole.count - clitic.utf8.count >= 5 {
            let stem = letters.string(of: whole.droppingLast(clitic.utf8.count))
            return WordAnalysis(word: original, base: stem, stem: stem, prefixes: [], suffix: nil, clitics: [clitic],
                                isReduplicated: false, kind: .common, isKnown: false)
        }
        return WordAnalysis(word: original, base: lower, stem: lower, prefixes: [], suffix: nil, clitics: [],
                            isReduplicated: false, kind: .common, isKnown: false)
    }

    /// The word, then without a particle, then each of those without a proclitic (`kuserahkan`,
    /// `kaupilih`), then each of all those without a possessive; clitics innermost first.
    private func cliticReadings(of word: LetterSpan) -> [(LetterSpan, [String])] {
        var readings: [(LetterSpan, [String])] = [(word, [])]
        for particle in IndonesianAffixes.particles where letters.hasSuffix(particle, in: word) && word.count - particle.utf8.count >= 3 {
            readings.append((word.droppingLast(particle.utf8.count), [particle]))
        }
        for (stem, clitics) in readings {
            for proclitic in ["kau", "ku"] where letters.hasPrefix(proclitic, in: stem) && stem.count - proclitic.utf8.count >= 3 {
                readings.append((stem.droppingFirst(proclitic.utf8.count), [proclitic] + clitics))
            }
        }
        for (stem, clitics) in readings {
            for possessive in IndonesianAffixes.possessives
            where letters.hasSuffix(possessive, in: stem) && stem.count - possessive.utf8.count >= 3 {
                readings.append((stem.droppingLast(possessive.utf8.count), [possessive] + clitics))
            }
        }
        return readings
    }

    /// The stem, then the stem without each derivational suffix it ends with.
    private func suffixReadings(of stem: LetterSpan) -> [(LetterSpan, String?)] {
        var readings: [(LetterSpan, String?)] = [(stem, nil)]
        for suffix in IndonesianAffixes.suffixes where letters.hasSuffix(suffix, in: stem) && stem.count - suffix.utf8.count >= 3 {
            readings.append((stem.droppingLast(suffix.utf8.count), suffix))
        }
        return readings
    }

    /// Whether some prefix reading of `body` could leave a listed root: whether a listed word, or
    /// one without its first `k p s t`, ends it after at least two letters. When none does, the
    /// prefix search would find only the body itself, so the search is skipped. ASCII letters are
    /// checked by hashes (`asciiRootEndings`): a collision only costs that search.
    private func mayHavePrefix(_ body: LetterSpan) -> Bool {
        if Letters.isASCII {
            // Each tail from the third letter on, hashed last letter first as it grows.
            var hash = PieceWordTable.hashSeed
            for index in stride(from: body.range.upperBound - 1, through: body.range.lowerBound + 2, by: -1) {
                hash = PieceWordTable.hashing(hash, letters.code(at: index))
                if morphology.asciiRootEndings.contains(hash) { return true }
            }
            return false
        }
        var rest = body.droppingFirst(min(2, body.range.count))
        while !rest.range.isEmpty {
            if morphology.rootEndings.contains(letters.string(of: rest)) { return true }
            rest = rest.droppingFirst(1)
        }
        return false
    }

    /// Considers `word` as a root after `prefixes`, then every way of reading up to `depth` more
    /// prefixes off it, each split's readings in turn.
    private mutating func forEachPrefixReading(of word: LetterSpan, depth: Int, outermost: Bool, restored: Bool,
                                               prefixes: inout [String], _ reading: Body) {
        consider(prefixes: prefixes, root: word, restored: restored, reading)
        guard depth > 0 else { return }
        var stack: [PrefixCut] = []
        swap(&stack, &cutStack)
        let first = stack.count
        stack = PrefixSplitRules(SpanLetters(word: letters, span: word), appendingTo: consume stack).cuts(outermost: outermost)
        let end = stack.count
        swap(&stack, &cutStack)
        for index in first..<end {
            let cut = cutStack[index]
            prefixes.append(cut.prefix)
            forEachPrefixReading(of: word.remainder(from: cut.offset, restoring: cut.restoring), depth: depth - 1, outermost: false,
                                 restored: restored || cut.restoring != nil, prefixes: &prefixes, reading)
            prefixes.removeLast()
        }
        cutStack.removeLast(end - first)
    }

    /// Keeps the reading of `root` after `prefixes` when its root is listed, the affixes may go
    /// together, and it costs less than the best so far (the first of equals stays).
    private mutating func consider(prefixes: [String], root: LetterSpan, restored: Bool, _ reading: Body) {
        let rootCount = root.count
        guard rootCount >= 2 else { return }
        if let outer = prefixes.first, !IndonesianAffixes.isAllowedConfix(prefix: outer, suffix: reading.suffix) { return }
        let isAffixed = !prefixes.isEmpty || reading.suffix != nil
        if isAffixed, rootCount < 3 { return }
        // The least this reading can cost: with a content root. Not less than the best: not kept,
        // whatever the root is, so it need not be looked up.
        if let best, !(Reading.cost(derivesFunctionWord: false, restored: restored, prefixes: prefixes.count, hasSuffix: reading.suffix != nil,
                                    clitics: reading.clitics.count, rootCount: rootCount) < best.cost) { return }
        guard let rootText = morphology.listedText(of: root, in: letters) else { return }
        if prefixes.count == 1, prefixes[0] == "ke", reading.suffix == nil, !IndonesianAffixes.bareKeRoots.contains(rootText) { return }
        let candidate = Reading(root: rootText, rootCount: rootCount, stem: reading.stem, prefixes: prefixes, suffix: reading.suffix,
                                clitics: reading.clitics, restored: restored,
                                derivesFunctionWord: isAffixed && morphology.lexicon.functionWords.contains(rootText))
        if best == nil || candidate.cost < best!.cost { best = candidate }
    }
}
