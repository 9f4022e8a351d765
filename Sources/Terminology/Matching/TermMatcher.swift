import Foundation

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
    let keyNumbers: [String: Int]
    private let cache = AnalysisCache()
    /// Entries that are adverbs (`kembali`, again): `-nya` makes a noun or another adverb of an
    /// adverb (`kembalinya Trump`, Trump's return; `besoknya`, the next day), so their words
    /// match no `-nya` form the term does not write itself.
    private let adverbEntries: Set<Int>
    /// For each word of each term in the trie (`TermTrie.termWords`), whether the glossary writes
    /// it inflected but not derived (`tambahnya`, "he added") in some term: it stands for that
    /// word only, so a derivation of its root (`tambahan`, additional) is no match.
    private let termWordIsInflectedOnly: [Bool]
    /// For each term word, whether the glossary writes it with `-nya` (`sebelumnya`, earlier) in
    /// some term: it matches only words that carry it (`sebelum` is before; `Pihak` is no `pihaknya`).
    private let termWordWritesNya: [Bool]
    /// For each term word, whether the glossary writes it reduplicated (`mata-mata`, spy;
    /// `tembak-menembak`, gunfight): the reduplication is the word, so it matches no text word
    /// written without it (`mata`, eye).
    private let termWordIsReduplicated: [Bool]
    /// For each term word, whether it is ASCII, and where its UTF-8 starts in `termWordBytes`
    /// (one more at the end), so that a walk compares bytes and hashes nothing.
    private let termWordIsASCII: [Bool]
    private let termWordByteStart: [Int32]
    private let termWordBytes: [UInt8]
    /// Entries that are function words or adverbs (part of speech `other` or `adverb`: `pukul`,
    /// "at" before a time; `kembali`, again): a derivation of their root is a content word
    /// (`dipukuli`, beaten; `dikembalikan`, returned), so they match none.
    private let functionWordEntries: [Bool]
    /// Per entry, whether a word of one of its terms, as the tokenizer reads it, is written with
    /// `-nya` or reduplicated in some term: only such entries' words are checked for those forms.
    private let hasWrittenFormWords: [Bool]
    /// Words that surely offer no key are not analysed.
    private let keyFilter: TermKeyFilter

    /// Builds the matcher for `glossary`.
    /// - Parameter morphology: the analyser (default: the built-in lexicon).
    public init(glossary: Glossary, morphology: IndonesianMorphology = .shared) {
        self.glossary = glossary
        // Each term's words, tokenized once for the three passes below.
        let termTokens = glossary.entries.map { entry in entry.indonesian.map { WordTokenizer.tokens(in: $0).map(\.text) } }
        let termWords = Set(termTokens.joined().joined())
        let unknown = termWords.filter { word in
            word.first?.isLowercase == true && !word.hasHyphen && !morphology.analyse(word).isKnown
        }
        let morphology = morphology.adding(words: unknown)
        self.morphology = morphology
        var analyses: [String: WordAnalysis] = [:]
        var keyNumbers: [String: Int] = [:]
        var paths: [(keys: [Int], term: TermTrie.Term)] = []
        var inflectedTermWords: Set<String> = [], nyaTermWords: Set<String> = [], reduplicatedTermWords: Set<String> = []
        for (index, entry) in glossary.entries.enumerated() {
            for tokens in termTokens[index] {
                let words = TermMatcher.words(ofTokens: tokens) { word in
                    if let known = analyses[word] { return known }
                    let analysis = morphology.analyse(word)
                    analyses[word] = analysis
                    return analysis
                }
                for analysis in words where !analysis.isDerived && analysis.word.lowercased() != analysis.base {
                    inflectedTermWords.insert(analysis.word)
                }
                for analysis in words where analysis.clitics.contains("nya") { nyaTermWords.insert(analysis.word) }
                for analysis in words where analysis.isReduplicated && analysis.word.hasHyphen { reduplicatedTermWords.insert(analysis.word) }
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
        adverbEntries = Set(glossary.entries.indices.filter { glossary.entries[$0].partOfSpeech == "adverb" })
        functionWordEntries = glossary.entries.map { ["other", "adverb"].contains($0.partOfSpeech) }
        hasWrittenFormWords = termTokens.map { terms in
            terms.contains { words in words.contains { nyaTermWords.contains($0) || reduplicatedTermWords.contains($0) } }
        }
        self.keyNumbers = keyNumbers
        keyFilter = TermKeyFilter(keys: keyNumbers.keys)
        termWordIsInflectedOnly = trie.termWords.map(inflectedTermWords.contains)
        termWordWritesNya = trie.termWords.map(nyaTermWords.contains)
        termWordIsReduplicated = trie.termWords.map(reduplicatedTermWords.contains)
        termWordIsASCII = trie.termWords.map { $0.utf8.allSatisfy { $0 < 0x80 } }
        var byteStart: [Int32] = [0], termBytes: [UInt8] = []
        for word in trie.termWords {
            termBytes += word.utf8
            byteStart.append(Int32(termBytes.count))
        }
        termWordByteStart = byteStart
        termWordBytes = termBytes
    }

    /// Every term in `text`, in text order, without overlaps.
    public func matches(in text: String) -> [TermMatch] {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        let text = contiguous
        return text.utf8.withContiguousStorageIfAvailable { matches(in: text, bytes: $0) } ?? []
    }

    /// The glossary index of the entry of each term in `text`, in the order `matches(in:)` gives
    /// them, in the calling thread and without making `TermMatch`es: for short texts, such as the
    /// sentences an aligner reads one by one on several cores.
    func matchedEntries(in text: String) -> [Int] {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        let text = contiguous
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            TextPieces.pieces(of: bytes, bytes: TextPieces.pieceSize).flatMap { piece in
                spansInPiece(TextPieces.substring(text, piece), bytes: UnsafeBufferPointer(rebasing: bytes[piece])).spans.map { Int($0.entry) }
            }
        } ?? []
    }

    /// The matches of `text`, whose UTF-8 is `bytes`: each piece found on its own core, then
    /// made into `TermMatch`es in place in the result, each piece's part on its own core too.
    private func matches(in text: String, bytes: UnsafeBufferPointer<UInt8>) -> [TermMatch] {
        let pieces = TextPieces.pieces(of: bytes)
        let shared = UnsafeSendable(bytes)
        var results = [(spans: [FoundSpan], characters: Int)](repeating: ([], 0), count: pieces.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let results = UnsafeSendable(buffer)
            TextPieces.perform(pieces.count) { index in
                let piece = pieces[index]
                results.value[index] = spansInPiece(TextPieces.substring(text, piece), bytes: UnsafeBufferPointer(rebasing: shared.value[piece]))
            }
        }
        // Each piece counted characters and bytes from 0; shift by those of the pieces before it.
        var firstMatches: [Int] = [], characterOffsets: [Int] = [], total = 0, characters = 0
        for piece in results {
            firstMatches.append(total)
            characterOffsets.append(characters)
            total += piece.spans.count
            characters += piece.characters
        }
        let found = results, firstMatch = firstMatches, characterOffset = characterOffsets
        return [TermMatch](unsafeUninitializedCapacity: total) { buffer, initialized in
            let output = UnsafeSendable(buffer)
            TextPieces.perform(pieces.count) { index in
                let byteOffset = pieces[index].lowerBound
                for (number, span) in found[index].spans.enumerated() {
                    let matched = UnsafeBufferPointer(rebasing: shared.value[(byteOffset + span.bytes.lowerBound)..<(byteOffset + span.bytes.upperBound)])
                    (output.value.baseAddress! + firstMatch[index] + number).initialize(to: TermMatch(
                        entry: glossary.entries[Int(span.entry)], matchedText: String(decoding: matched, as: UTF8.self),
                        start: characterOffset[index] + span.start, end: characterOffset[index] + span.end, level: span.level))
                }
            }
            initialized = total
        }
    }

    /// A match found in a piece: its entry, bytes and characters (from the piece's start), level.
    private struct FoundSpan {
        var entry: Int32
        var bytes: Range<Int>
        var start: Int
        var end: Int
        var level: MatchLevel
    }

    /// The matches in one piece of text (`bytes` its UTF-8), offsets counted from its start, and
    /// its length in characters.
    private func spansInPiece(_ text: Substring, bytes: UnsafeBufferPointer<UInt8>) -> (spans: [FoundSpan], characters: Int) {
        var scan = PieceScan(matcher: self, bytes: bytes)
        let characters = WordTokenizer.forEachWord(in: text, bytes: bytes, into: &scan)
        scan.matchStretch()
        return (scan.spans, characters)
    }

    /// The words of one piece as the tokenizer hands them on, matched a stretch at a time: a
    /// stretch ends where the gap before the next word is not only spaces, since no term runs
    /// across such a gap.
    private struct PieceScan: WordTokenizer.Visitor {
        let matcher: TermMatcher
        let bytes: UnsafeBufferPointer<UInt8>
        var spans: [FoundSpan] = []
        /// The words of the stretch read so far, with the hashes of their bytes once looked up.
        var stretchSpans: [WordTokenizer.Span] = []
        var hashes: [UInt64] = []
        var stretch: [AnalysedWord] = []
        var throughRoot: [Bool] = []
        var table: PieceWordTable

        init(matcher: TermMatcher, bytes: UnsafeBufferPointer<UInt8>) {
            self.matcher = matcher
            self.bytes = bytes
            table = PieceWordTable(capacity: min(4096, bytes.count / 8 + 8))
        }

        mutating func visit(_ span: WordTokenizer.Span) {
            if !span.joinsPrevious { matchStretch() }
            stretchSpans.append(span)
        }

        /// Looks up the words of the stretch and matches them.
        mutating func matchStretch() {
            // Each word's first slot in the table read for the whole stretch first, so that
            // their cache misses overlap, then the words looked up.
            for span in stretchSpans {
                let hash = PieceWordTable.hash(bytes, span.bytes)
                hashes.append(hash)
                table.touchFirstSlot(hash: hash)
            }
            for (span, hash) in zip(stretchSpans, hashes) { matcher.append(span, hash: hash, bytes: bytes, table: &table, to: &stretch) }
            stretchSpans.removeAll(keepingCapacity: true)
            hashes.removeAll(keepingCapacity: true)
            var position = 0
            while position < stretch.count {
                guard stretch[position].entry.keys.count > 0,
                      let found = matcher.longestMatch(from: position, in: stretch, bytes: bytes, throughRoot: &throughRoot) else {
                    position += 1
                    continue
                }
                let first = stretch[position], last = stretch[found.end - 1]
                spans.append(FoundSpan(entry: Int32(found.entry), bytes: first.bytes.lowerBound..<last.bytes.upperBound,
                                       start: first.start, end: last.end, level: found.level))
                position = found.end
            }
            stretch.removeAll(keepingCapacity: true)
        }
    }

    // MARK: - Walking the trie

    /// A word of the text (or a part of a hyphenated one) with its analysis entry.
    private struct AnalysedWord {
        /// UTF-8 offsets in the piece.
        var bytes: Range<Int>
        /// Character offsets in the piece.
        var start: Int
        var end: Int
        var joinsPrevious: Bool
        var entry: AnalysisCache.Entry
    }

    private struct Found {
        var end: Int
        var entry: Int
        var level: MatchLevel
    }

    /// The longest term starting at `start`; `throughRoot` is scratch space (whether each word
    /// walked so far matched through a plain root key).
    private func longestMatch(from start: Int, in words: [AnalysedWord], bytes: UnsafeBufferPointer<UInt8>,
                              throughRoot: inout [Bool]) -> Found? {
        var best: Found?
        throughRoot.removeAll(keepingCapacity: true)
        walk(0, start, from: start, in: words, bytes: bytes, throughRoot: &throughRoot, best: &best)
        return best
    }

    private func walk(_ node: Int, _ position: Int, from start: Int, in words: [AnalysedWord], bytes: UnsafeBufferPointer<UInt8>,
                      throughRoot: inout [Bool], best: inout Found?) {
        // Terms whose words share their keys end at the same node: the closest to the text wins
        // (`sebelum` is `sebelum`, not `sebelumnya` inflected), the first loaded among equals.
        if position > start {
            var term = trie.firstTerm(at: node)
            while term >= 0 {
                defer { term = trie.nextTerm(after: term) }
                let entry = Int(trie.termEntries[term])
                var level = MatchLevel.exact
                var admissible = true
                let firstWord = Int(trie.termWordStart[term])
                for offset in 0..<(Int(trie.termWordStart[term + 1]) - firstWord) {
                    let word = words[start + offset], termWord = firstWord + offset
                    let wordLevel = TermKeys.level(isWritten: writtenAs(termWord, UnsafeBufferPointer(rebasing: bytes[word.bytes])),
                                                   isDerived: word.entry.isDerived, throughRoot: throughRoot[offset])
                    if wordLevel == .derived && (functionWordEntries[entry] || termWordIsInflectedOnly[termWord]) { admissible = false }
                    if word.entry.carriesNya, adverbEntries.contains(entry), !termWordWritesNya[termWord] { admissible = false }
                    if hasWrittenFormWords[entry] {
                        if termWordIsReduplicated[termWord], !bytes[word.bytes].contains(0x2D) { admissible = false }
                        // A term word written with -nya (`pihaknya`, `tambahnya`) stands for that form only.
                        if !word.entry.carriesNya, termWordWritesNya[termWord] { admissible = false }
                    }
                    level = max(level, wordLevel)
                }
                if admissible, best == nil || position > best!.end || (position == best!.end && level < best!.level) {
                    best = Found(end: position, entry: entry, level: level)
                }
            }
        }
        guard position < words.count, position == start || words[position].joinsPrevious else { return }
        let keys = words[position].entry.keys
        for index in 0..<keys.count {
            guard let child = trie.child(of: node, key: keys.number(index)) else { continue }
            throughRoot.append(keys.isRoot(index))
            walk(child, position + 1, from: start, in: words, bytes: bytes, throughRoot: &throughRoot, best: &best)
            throughRoot.removeLast()
        }
    }

    /// Whether the text word of `word` (its UTF-8), with typographic apostrophes made ASCII, is
    /// term word number `termWord` as written: bytes compared
    /// when both are ASCII, else `String`s.
    private func writtenAs(_ termWord: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(termWordByteStart[termWord]), end = Int(termWordByteStart[termWord + 1])
        if termWordIsASCII[termWord], !word.contains(where: { $0 >= 0x80 }) {
            guard end - start == word.count else { return false }
            for offset in 0..<word.count where termWordBytes[start + offset] != word[offset] { return false }
            return true
        }
        return String(decoding: word, as: UTF8.self).replacingApostrophes() == trie.termWords[termWord]
    }

    /// Appends the analysed word of `span` to `words`; hyphenated words that are not a
    /// reduplication (`Korea-AS`) as one word a part.
    private func append(_ span: WordTokenizer.Span, hash: UInt64, bytes: UnsafeBufferPointer<UInt8>,
                        table: inout PieceWordTable, to words: inout [AnalysedWord]) {
        let whole = entry(for: span.bytes, hash: hash, in: bytes, table: &table)
        guard whole.isCompound else {
            words.append(AnalysedWord(bytes: span.bytes, start: span.start, end: span.end, joinsPrevious: span.joinsPrevious, entry: whole))
            return
        }
        // Parts split at the hyphen byte, which is a `Character` of its own inside a word.
        var offset = span.start
        var partStart = span.bytes.lowerBound
        var number = 0
        for index in span.bytes.lowerBound...span.bytes.upperBound where index == span.bytes.upperBound || bytes[index] == 0x2D {
            let part = partStart..<index
            let partBytes = UnsafeBufferPointer(rebasing: bytes[part])
            let characters = partBytes.contains(where: { $0 >= 0x80 }) ? String(decoding: partBytes, as: UTF8.self).count : part.count
            words.append(AnalysedWord(bytes: part, start: offset, end: offset + characters,
                                      joinsPrevious: number == 0 ? span.joinsPrevious : true,
                                      entry: entry(for: part, hash: PieceWordTable.hash(bytes, part), in: bytes, table: &table)))
            offset += characters + 1
            partStart = index + 1
            number += 1
        }
    }

    /// The entry for the word at `range` of `bytes`: from the piece's table; else none when
    /// `keyFilter` shows it offers no key, else from the shared cache, else analysed (and cached).
    @inline(__always)
    private func entry(for range: Range<Int>, hash: UInt64, in bytes: UnsafeBufferPointer<UInt8>,
                       table: inout PieceWordTable) -> AnalysisCache.Entry {
        if let known = table.entry(for: range, in: bytes, hash: hash) { return known }
        let word = UnsafeBufferPointer(rebasing: bytes[range])
        let entry = keyFilter.offersNoKey(word) ? AnalysisCache.Entry(keys: WordKeys(), isDerived: false, isCompound: false, carriesNya: false)
            : analysed(String(decoding: word, as: UTF8.self))
        table.store(entry, for: range, in: bytes, hash: hash)
        return entry
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
        words(ofTokens: WordTokenizer.tokens(in: term).map(\.text), analyse: morphology.analyse)
    }

    /// The analyses of a term's tokens, a compound's parts analysed one by one.
    private static func words(ofTokens tokens: [String], analyse: (String) -> WordAnalysis) -> [WordAnalysis] {
        tokens.flatMap { token -> [WordAnalysis] in
            let analysis = analyse(token)
            guard analysis.kind == .compound else { return [analysis] }
            return token.split(separator: "-").map { analyse(String($0)) }
        }
    }
}
