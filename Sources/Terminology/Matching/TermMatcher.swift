import Dispatch

/// Finds glossary terms in Indonesian text, whatever affixes they carry.
///
///     let matcher = TermMatcher(glossary: glossary)
///     for match in matcher.matches(in: "Korea Utara menguji rudal balistik antarbenua.") {
///         print(match.start, match.end, match.level, match.entry.english)
///     }
///
/// Every Indonesian term becomes a path in one trie keyed by word keys (see `TermKeys`); the text
/// is read once, each word analysed once per distinct form (cached), and at each word the trie
/// is walked as far as the text allows. The longest match starting at the leftmost word wins and
/// matching resumes after it, so overlaps resolve to the longest term. A multi-word term never
/// runs across punctuation or a line break, so a long text is matched in line-aligned pieces on
/// every core, with the same results in the same order as in one piece.
///
/// - Complexity: O(n · d) for n words of text, d the most words in a term, whatever the
///   glossary's size; building is O(total words of all terms).
public struct TermMatcher: Sendable {
    public let glossary: Glossary
    /// The analyser, with the glossary's own unknown words added to its lexicon.
    public let morphology: IndonesianMorphology
    private let trie: TermTrie
    /// Every key of the trie, numbered; a text word keeps only the keys listed here.
    private let keyNumbers: [String: Int]
    private let cache = AnalysisCache()
    /// Term words the glossary writes inflected but not derived (`tambahnya`, "he added"): they
    /// stand for that word only, so a derivation of their root (`tambahan`, additional) is no match.
    private let inflectedTermWords: Set<String>
    /// Entries that are adverbs (`kembali`, again): `-nya` makes a noun or another adverb of an
    /// adverb (`kembalinya Trump`, Trump's return; `besoknya`, the next day), so their words
    /// match no `-nya` form the term does not write itself.
    private let adverbEntries: Set<Int>
    /// Term words the glossary writes with `-nya` (`sebelumnya`, earlier): they match only words
    /// that carry it (`sebelum` is before; `Pihak` is no `pihaknya`).
    private let nyaTermWords: Set<String>
    /// Entries that are function words or adverbs (part of speech `other` or `adverb`: `pukul`,
    /// "at" before a time; `kembali`, again): a derivation of their root is a content word
    /// (`dipukuli`, beaten; `dikembalikan`, returned), so they match none.
    private let functionWordEntries: [Bool]
    /// Term words the glossary writes reduplicated (`mata-mata`, spy; `tembak-menembak`, gunfight):
    /// the reduplication is the word, so they match no text word written without it (`mata`, eye).
    private let reduplicatedTermWords: Set<String>
    /// Per entry, whether a term word of it is in `nyaTermWords` or `reduplicatedTermWords`, so
    /// that the walk looks those sets up only for such entries.
    private let hasWrittenFormWords: [Bool]

    /// Builds the matcher for `glossary`.
    /// - Parameter morphology: the analyser (default: the built-in lexicon).
    public init(glossary: Glossary, morphology: IndonesianMorphology = .shared) {
        self.glossary = glossary
        let termWords = Set(glossary.entries.flatMap(\.indonesian).flatMap { WordTokenizer.tokens(in: $0).map(\.text) })
        let unknown = termWords.filter { word in
            word.first?.isLowercase == true && !word.contains("-") && !morphology.analyse(word).isKnown
        }
        let morphology = morphology.adding(words: unknown)
        self.morphology = morphology
        var analyses: [String: WordAnalysis] = [:]
        var keyNumbers: [String: Int] = [:]
        var paths: [(keys: [Int], term: TermTrie.Term)] = []
        var inflectedTermWords: Set<String> = [], nyaTermWords: Set<String> = [], reduplicatedTermWords: Set<String> = []
        for (index, entry) in glossary.entries.enumerated() {
            for term in entry.indonesian {
                let words = TermMatcher.words(of: term) { word in
                    if let known = analyses[word] { return known }
                    let analysis = morphology.analyse(word)
                    analyses[word] = analysis
                    return analysis
                }
                for analysis in words where !analysis.isDerived && analysis.word.lowercased() != analysis.base {
                    inflectedTermWords.insert(analysis.word)
                }
                for analysis in words where analysis.clitics.contains("nya") { nyaTermWords.insert(analysis.word) }
                for analysis in words where analysis.isReduplicated && analysis.word.contains("-") { reduplicatedTermWords.insert(analysis.word) }
                let keys = words.map { analysis in
                    let key = TermKeys.termKey(for: analysis, inAcronymEntry: entry.isAcronym, isWholeTerm: words.count == 1)
                    let number = keyNumbers[key] ?? keyNumbers.count
                    keyNumbers[key] = number
                    return number
                }
                paths.append((keys, (index, words.map(\.word))))
            }
        }
        trie = TermTrie(paths: paths, keyCount: keyNumbers.count)
        self.inflectedTermWords = inflectedTermWords
        self.nyaTermWords = nyaTermWords
        self.reduplicatedTermWords = reduplicatedTermWords
        adverbEntries = Set(glossary.entries.indices.filter { glossary.entries[$0].partOfSpeech == "adverb" })
        functionWordEntries = glossary.entries.map { ["other", "adverb"].contains($0.partOfSpeech) }
        hasWrittenFormWords = glossary.entries.map { entry in
            entry.indonesian.contains { term in
                WordTokenizer.tokens(in: term).contains { nyaTermWords.contains($0.text) || reduplicatedTermWords.contains($0.text) }
            }
        }
        self.keyNumbers = keyNumbers
    }

    /// Every term in `text`, in text order, without overlaps.
    public func matches(in text: String) -> [TermMatch] {
        let pieces = TermMatcher.pieces(of: text, bytes: TermMatcher.pieceSize)
        guard pieces.count > 1 else { return matchesInPiece(text[...]).matches }
        var results = [(matches: [TermMatch], end: Int)](repeating: ([], 0), count: pieces.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let results = UnsafeSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: pieces.count) { index in
                results.value[index] = matchesInPiece(text[pieces[index]])
            }
        }
        // Each piece counted characters from 0; shift by the characters of the pieces before it.
        var matches: [TermMatch] = []
        matches.reserveCapacity(results.reduce(0) { $0 + $1.matches.count })
        var offset = 0
        for index in results.indices {
            for var match in results[index].matches {
                match.start += offset
                match.end += offset
                matches.append(match)
            }
            offset += results[index].end
            results[index].matches = []
        }
        return matches
    }

    /// Bytes of text per piece matched on its own core.
    static let pieceSize = 256 * 1024

    /// `text` cut after a line break near every `bytes` bytes (a term never spans a line break).
    static func pieces(of text: String, bytes: Int) -> [Range<String.Index>] {
        let utf8 = text.utf8
        var pieces: [Range<String.Index>] = []
        var start = utf8.startIndex
        while let target = utf8.index(start, offsetBy: bytes, limitedBy: utf8.endIndex), target < utf8.endIndex {
            guard let newline = utf8[target...].firstIndex(of: 0x0A) else { break }
            let end = utf8.index(after: newline)
            pieces.append(start..<end)
            start = end
        }
        pieces.append(start..<utf8.endIndex)
        return pieces
    }

    /// The matches in one piece of text, offsets counted from its start, and its length in characters.
    ///
    /// Words are matched a stretch at a time: a stretch ends where the gap before the next word is
    /// not only spaces, since no term runs across such a gap.
    private func matchesInPiece(_ text: Substring) -> (matches: [TermMatch], end: Int) {
        var matches: [TermMatch] = []
        var stretch: [AnalysedWord] = []
        var throughRoot: [Bool] = []
        func matchStretch() {
            var position = 0
            while position < stretch.count {
                guard stretch[position].entry.keys.count > 0,
                      let found = longestMatch(from: position, in: stretch, throughRoot: &throughRoot) else {
                    position += 1
                    continue
                }
                let first = stretch[position].token, last = stretch[found.end - 1].token
                matches.append(TermMatch(entry: glossary.entries[found.entry], matchedText: String(text[first.range.lowerBound..<last.range.upperBound]),
                                         start: first.start, end: last.end, level: found.level))
                position = found.end
            }
            stretch.removeAll(keepingCapacity: true)
        }
        let end = WordTokenizer.forEachToken(in: text) { token in
            if !token.joinsPrevious { matchStretch() }
            append(token, in: text, to: &stretch)
        }
        matchStretch()
        return (matches, end)
    }

    // MARK: - Walking the trie

    private struct AnalysedWord {
        var token: WordToken
        var entry: AnalysisCache.Entry
    }

    private struct Found {
        var end: Int
        var entry: Int
        var level: MatchLevel
    }

    /// The longest term starting at `start`; `throughRoot` is scratch space (whether each word
    /// walked so far matched through a plain root key).
    private func longestMatch(from start: Int, in words: [AnalysedWord], throughRoot: inout [Bool]) -> Found? {
        var best: Found?
        throughRoot.removeAll(keepingCapacity: true)
        walk(0, start, from: start, in: words, throughRoot: &throughRoot, best: &best)
        return best
    }

    private func walk(_ node: Int, _ position: Int, from start: Int, in words: [AnalysedWord],
                      throughRoot: inout [Bool], best: inout Found?) {
        // Terms whose words share their keys end at the same node: the closest to the text wins
        // (`sebelum` is `sebelum`, not `sebelumnya` inflected), the first loaded among equals.
        if position > start {
            for term in trie.terms(at: node) {
                var level = MatchLevel.exact
                var admissible = true
                for (offset, termWord) in term.words.enumerated() {
                    let word = words[start + offset]
                    // The analysed word is the token with typographic apostrophes made ASCII.
                    let wordLevel = TermKeys.level(of: word.token.text.replacingApostrophes(), isDerived: word.entry.isDerived,
                                                   matching: termWord, throughRoot: throughRoot[offset])
                    if wordLevel == .derived && (functionWordEntries[term.entry] || inflectedTermWords.contains(termWord)) {
                        admissible = false
                    }
                    if word.entry.carriesNya, adverbEntries.contains(term.entry), !nyaTermWords.contains(termWord) { admissible = false }
                    if hasWrittenFormWords[term.entry] {
                        if reduplicatedTermWords.contains(termWord), !word.token.text.contains("-") { admissible = false }
                        // A term word written with -nya (`pihaknya`, `tambahnya`) stands for that form only.
                        if !word.entry.carriesNya, nyaTermWords.contains(termWord) { admissible = false }
                    }
                    level = max(level, wordLevel)
                }
                if admissible, best == nil || position > best!.end || (position == best!.end && level < best!.level) {
                    best = Found(end: position, entry: term.entry, level: level)
                }
            }
        }
        guard position < words.count, position == start || words[position].token.joinsPrevious else { return }
        let keys = words[position].entry.keys
        for index in 0..<keys.count {
            guard let child = trie.child(of: node, key: keys.number(index)) else { continue }
            throughRoot.append(keys.isRoot(index))
            walk(child, position + 1, from: start, in: words, throughRoot: &throughRoot, best: &best)
            throughRoot.removeLast()
        }
    }

    /// Appends the analysed `token` to `words`; hyphenated words that are not a reduplication
    /// (`Korea-AS`) as one word a part.
    private func append(_ token: WordToken, in text: Substring, to words: inout [AnalysedWord]) {
        let entry = analysed(token.text)
        guard entry.isCompound else {
            words.append(AnalysedWord(token: token, entry: entry))
            return
        }
        var offset = token.start
        var index = token.range.lowerBound
        for (number, part) in token.text.split(separator: "-", omittingEmptySubsequences: false).enumerated() {
            let end = text.index(index, offsetBy: part.count)
            let partToken = WordToken(text: String(part), start: offset, end: offset + part.count,
                                      joinsPrevious: number == 0 ? token.joinsPrevious : true, range: index..<end)
            words.append(AnalysedWord(token: partToken, entry: analysed(String(part))))
            offset += part.count + 1
            index = end < token.range.upperBound ? text.index(after: end) : end
        }
    }

    /// The entry for `word`: from the cache, else analysed (and cached).
    private func analysed(_ word: String) -> AnalysisCache.Entry {
        if let cached = cache.entry(for: word) { return cached }
        let analysis = morphology.analyse(word)
        var keys = WordKeys()
        for key in TermKeys.textKeys(for: analysis, morphology: morphology) {
            if let number = keyNumbers[key] { keys.append(number: number, isRoot: TermKeys.isRoot(key)) }
        }
        let entry = AnalysisCache.Entry(keys: keys, isDerived: analysis.isDerived, isCompound: analysis.kind == .compound,
                                        carriesNya: analysis.clitics.contains("nya"))
        cache.store(entry, for: word)
        return entry
    }

    /// A term's words, analysed; hyphenated compounds split like running text.
    static func words(of term: String, morphology: IndonesianMorphology) -> [WordAnalysis] {
        words(of: term, analyse: morphology.analyse)
    }

    private static func words(of term: String, analyse: (String) -> WordAnalysis) -> [WordAnalysis] {
        WordTokenizer.tokens(in: term).flatMap { token -> [WordAnalysis] in
            let analysis = analyse(token.text)
            guard analysis.kind == .compound else { return [analysis] }
            return token.text.split(separator: "-").map { analyse(String($0)) }
        }
    }
}

/// A value handed to concurrent work that writes disjoint parts of it.
private struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
