/// Composes English for Indonesian head-modifier noun phrases the glossary has no entry for.
///
///     let matcher = TermMatcher(glossary: glossary)
///     let text = "Seorang pejabat pemerintah membantah."
///     let composer = PhraseComposer(morphology: matcher.morphology)
///     composer.compositions(in: text, matches: matcher.matches(in: text)).first?.english
///     // "government official"
///
/// Indonesian puts the head first (`pejabat pemerintah`, `senjata nuklir`), English last. Two
/// matches are composed when only spaces separate them, the first is a noun entry (the head) and
/// the second a noun or adjective entry (the modifier; a proper noun only with an adjective
/// or abbreviation to stand before a noun: `pemerintah Rusia` → *Russian government*), and both are written
/// as the term or inflected, not derived: a derived form (`persenjataan` under `senjata`) or a
/// head carrying `-nya` (`pejabatnya pemerintah`) is no such phrase. One side may be a
/// multi-word entry (`juru bicara militer` → *military spokesperson*), not both: two phrases
/// side by side are seldom one noun phrase of two parts. A reduplicated head
/// (`pejabat-pejabat`) makes the English plural. The matcher already prefers a multi-word entry
/// (`pasukan perdamaian`), so a pair an entry covers is never two matches to compose. A common
/// word capitalised as the modifier is a title or part of a name (`rencana Presiden Prabowo`), not
/// composed.
///
/// - Complexity: O(n) in the length of `text` and the number of matches.
public struct PhraseComposer: Sendable {
    /// The analyser used to read each part's inflection (pass the matcher's own).
    public let morphology: IndonesianMorphology

    public init(morphology: IndonesianMorphology = .shared) {
        self.morphology = morphology
    }

    /// The parts of speech a modifier may have.
    static let modifierPartsOfSpeech: Set<String> = ["noun", "adjective"]

    /// The compositions among `matches` (the matcher's results for `text`, in text order), in text order.
    ///
    /// A long text is composed in line-aligned pieces on every core (`TextPieces`), as it is
    /// matched: a phrase never runs across a line break.
    public func compositions(in text: String, matches: [TermMatch]) -> [ComposedRendering] {
        guard matches.count > 1 else { return [] }
        var contiguous = text
        contiguous.makeContiguousUTF8()
        let text = contiguous
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            let pieces = TextPieces.pieces(of: bytes), shared = UnsafeSendable(bytes)
            // Where each piece starts in characters, as matches count them: the lengths of the
            // pieces before it, counted on every core.
            var lengths = [Int](repeating: 0, count: pieces.count)
            if pieces.count > 1 {
                lengths.withUnsafeMutableBufferPointer { buffer in
                    let lengths = UnsafeSendable(buffer)
                    TextPieces.perform(pieces.count - 1) { index in
                        let piece = pieces[index]
                        lengths.value[index + 1] = TextPieces.characterCount(of: TextPieces.substring(text, piece),
                                                                             bytes: UnsafeBufferPointer(rebasing: shared.value[piece]))
                    }
                }
            }
            var firstCharacters: [Int] = [], total = 0
            for length in lengths {
                total += length
                firstCharacters.append(total)
            }
            let starts = firstCharacters
            var results = [[ComposedRendering]](repeating: [], count: pieces.count)
            results.withUnsafeMutableBufferPointer { buffer in
                let results = UnsafeSendable(buffer)
                TextPieces.perform(pieces.count) { index in
                    let first = Self.firstIndex(in: matches, startingAtOrAfter: starts[index], start: \.start)
                    let end = index + 1 < pieces.count ? Self.firstIndex(in: matches, startingAtOrAfter: starts[index + 1], start: \.start) : matches.endIndex
                    let piece = pieces[index]
                    var cursor = TextCursor(TextPieces.substring(text, piece), bytes: UnsafeBufferPointer(rebasing: shared.value[piece]),
                                            firstCharacter: starts[index])
                    results.value[index] = compositions(in: &cursor, matches: matches[first..<end])
                }
            }
            return Array(results.joined())
        } ?? []
    }

    /// The compositions among `matches`, all in the piece of text `cursor` reads.
    private func compositions(in cursor: inout TextCursor, matches: ArraySlice<TermMatch>) -> [ComposedRendering] {
        var compositions: [ComposedRendering] = []
        var words: [WordToken]?
        let cache = CompositionCache(morphology: morphology)
        // By index, so that a pair the gap rules out copies neither match.
        for index in matches.indices.dropLast() where matches[index + 1].start > matches[index].end {
            // The gap first: it rules out most pairs of a long text, and the cursor only walks forward.
            guard matches[index + 1].start - matches[index].end <= 8 else { continue }
            let headStart = cursor.byteOffset(at: matches[index].start), gapStart = cursor.byteOffset(at: matches[index].end)
            guard cursor.isOnlySpaces(gapStart..<cursor.byteOffset(at: matches[index + 1].start)) else { continue }
            let head = matches[index], modifier = matches[index + 1]
            guard
                  canBeHead(head, cache), canBeModifier(modifier, before: head, cache), !(isMultiWord(head) && isMultiWord(modifier)),
                  !isActionWithNounObject(head: head, modifier: modifier, cache), !isApposition(head: head, modifier: modifier, cache),
                  !isInsideLongerName(head: head, modifier: modifier, cursor: cursor, words: &words, cache) else { continue }
            // Read ahead on a copy: the next pair starts at this modifier.
            var ahead = cursor
            compositions.append(ComposedRendering(matchedText: cursor.text(headStart..<ahead.byteOffset(at: modifier.end)),
                                                  start: head.start, end: modifier.end, head: head, modifier: modifier,
                                                  english: english(head: head, modifier: modifier, cache)))
        }
        return compositions
    }

    /// The English of the phrase: the modifier's English as a modifier (its adjective, or its
    /// noun made singular; its noun form when the head's note asks), then the head's (plural when
    /// the Indonesian head is reduplicated).
    func english(head: TermMatch, modifier: TermMatch, _ cache: CompositionCache) -> String {
        var headEnglish = head.entry.english
        if lastWord(of: head, cache).isReduplicated, let last = headEnglish.split(separator: " ").last {
            headEnglish = headEnglish.dropLast(last.count) + Self.plural(of: String(last))
        }
        let asNoun = cache.traits(of: head.entry).note?.keepsNoun(modifier.entry) ?? false
        return (cache.traits(of: modifier.entry).modifierForm(asNoun: asNoun) ?? Self.attributiveNoun(modifier.entry.english)) + " " + headEnglish
    }

    /// A noun as it stands before another: singular, as English attributive nouns are (`loans` →
    /// `loan facility`, `authorities` → `authority support`). Only a one-word regular plural whose singular
    /// has four letters or more is changed, so `arms`, `news`, `gas` and `crisis` stay as they are, and
    /// so do nouns that are plural in their sense (`goods`, `sales`, `customs`, `logistics`).
    static func attributiveNoun(_ english: String) -> String {
        guard !CompositionCache.contains(english, " "), english.count > 4, english.hasSuffix("s"),
              !english.hasSuffix("ss"), !english.hasSuffix("is"), !english.hasSuffix("us"), !english.hasSuffix("ics"),
              !pluralNouns.contains(english), english.first?.isLowercase == true else { return english }
        let candidates = [String(english.dropLast(3)) + "y", String(english.dropLast(2)), String(english.dropLast())]
        return candidates.first { EnglishInflection.plural(of: $0) == english } ?? english
    }

    /// The plural of a head noun: irregular ones (`child` → `children`) by heart, and one already
    /// plural (`goods`, `news`, `troops`, `women`) as it is.
    static func plural(of noun: String) -> String {
        if let irregular = irregularPlurals[noun.lowercased()] { return irregular }
        if noun.hasSuffix("s") || noun.hasSuffix("men") || noun.lowercased() == "people" { return noun }
        return EnglishInflection.plural(of: noun)
    }

    static let irregularPlurals = ["child": "children", "man": "men", "woman": "women", "person": "people"]

    /// Nouns whose plural is their sense, which keep it before another noun (*goods train*, *sales target*).
    static let pluralNouns: Set<String> = ["goods", "sales", "customs", "earnings", "savings", "proceeds", "clothes",
                                           "means", "remains", "premises", "headquarters", "species", "series", "barracks"]

    /// English adjective endings: an alternative ending so (but not in `-man`: `policeman`,
    /// `woman`), of as many words as the preferred English and sharing its first letters, is its
    /// adjective (`politics` → `political`, `president` → `presidential`, `South Korea` → `South Korean`).
    static let adjectiveEndings = ["al", "ic", "ary", "an", "ese", "ish", "ive", "ous", "ar", "ern", "i"]

    /// How an entry's English stands before a head noun, when it is not the preferred English:
    /// for a noun or proper noun, the adjective its note gives (`Adjective: legal.`, see
    /// `CompositionNote`) or else the alternative that is its adjective, or for a proper noun an
    /// abbreviation written before nouns (`U.S.`, `U.N.`); `nil` when the preferred English serves.
    /// With `asNoun` (before a head whose note keeps it a noun, `CompositionNote`) only the
    /// abbreviation: *U.S. war*, *Iraq war*.
    static func modifierForm(of entry: TermEntry, asNoun: Bool = false) -> String? {
        guard entry.partOfSpeech != "adjective" else { return nil }
        if !asNoun, let adjective = CompositionNote.adjective(inNote: entry.note) { return adjective }
        let preferred = entry.english.lowercased()
        if !asNoun, let adjective = entry.alternatives.first(where: { alternative in
            let lower = alternative.lowercased()
            return lower != preferred && lower.prefix(3) == preferred.prefix(3)
                && lower.split(separator: " ").count == preferred.split(separator: " ").count
                && adjectiveEndings.contains { lower.hasSuffix($0) } && !lower.hasSuffix("man")
        }) { return adjective }
        guard entry.partOfSpeech == "properNoun" else { return nil }
        return entry.alternatives.first { $0.count <= 5 && $0.contains(".") && $0.allSatisfy { $0.isUppercase || $0 == "." } }
    }

    /// Whether the head is an action noun made with a pe-/per- … -an confix (`peningkatan`,
    /// `perubahan`, `penculikan`) and the modifier a noun with no adjective form: such a modifier
    /// is mostly the action's object or subject, which English puts after it (*increase in
    /// investment*, *change in the weather*), so no rendering is offered. An adjective or a name
    /// with its adjective still composes (`pembangunan nasional` → *national development*).
    private func isActionWithNounObject(head: TermMatch, modifier: TermMatch, _ cache: CompositionCache) -> Bool {
        let word = lastWord(of: head, cache)
        guard word.suffix == "an" || word.stem.hasSuffix("an"), word.stem != word.base,
              word.stem.lowercased().hasPrefix("pe") else { return false }
        return modifier.entry.partOfSpeech != "adjective" && cache.traits(of: modifier.entry).modifierForm == nil
    }

    /// Whether one side's English holds the other's (`PDB produk domestik bruto`: a term and its
    /// spelt-out form side by side), which is no head and modifier.
    private func isApposition(head: TermMatch, modifier: TermMatch, _ cache: CompositionCache) -> Bool {
        let headEnglish = cache.traits(of: head.entry).lowercasedEnglish, modifierEnglish = cache.traits(of: modifier.entry).lowercasedEnglish
        return CompositionCache.contains(headEnglish, modifierEnglish) || CompositionCache.contains(modifierEnglish, headEnglish)
    }

    private func canBeHead(_ match: TermMatch, _ cache: CompositionCache) -> Bool {
        guard match.entry.partOfSpeech == "noun", isComposable(match, cache) else { return false }
        return lastWord(of: match, cache).clitics.isEmpty
    }

    /// A noun or adjective, not reduplicated if a noun; a proper noun or an acronym only when it has a form to stand before
    /// a noun (`Rusia` → `Russian`, `AS` → `U.S.`), since `Indonesia government` is no English —
    /// or before a head whose note keeps a name a noun (`perang Irak` → *Iraq war*).
    /// A noun standing as a noun not when it carries `-nya`: that makes it a possessor
    /// (`kemerdekaan negaranya` is *its country's independence*), while an adjective with `-nya`
    /// still modifies (`tim barunya` → *new team*).
    private func canBeModifier(_ match: TermMatch, before head: TermMatch, _ cache: CompositionCache) -> Bool {
        let traits = cache.traits(of: match.entry)
        guard isComposable(match, cache), traits.note != .headOnly else { return false }
        if isCapitalisedCommonWord(match, cache), head.matchedText.first?.isUppercase != true { return false }
        if lastWord(of: match, cache).clitics.contains("nya"), match.entry.partOfSpeech != "adjective",
           traits.modifierForm == nil { return false }
        // A reduplicated noun is plural, the head's possessor (`kantor perusahaan-perusahaan`, the
        // companies' offices), not an attributive noun.
        if lastWord(of: match, cache).isReduplicated, match.entry.partOfSpeech == "noun" { return false }
        if match.entry.partOfSpeech == "properNoun" || match.entry.isAcronym {
            return cache.traits(of: head.entry).note?.keepsNoun(match.entry) ?? false || traits.modifierForm != nil
        }
        return Self.modifierPartsOfSpeech.contains(match.entry.partOfSpeech)
    }

    /// Whether a common noun or adjective (no name, no acronym, written in lower case in the
    /// glossary) is capitalised in the text. After a lower-case head it is then a title before a
    /// name or the first word of a name (`rencana Presiden Prabowo`, the president's plan;
    /// `pejabat Angkatan Laut`), which is no head-modifier pair.
    private func isCapitalisedCommonWord(_ match: TermMatch, _ cache: CompositionCache) -> Bool {
        guard match.entry.partOfSpeech != "properNoun", !match.entry.isAcronym,
              match.matchedText.first?.isUppercase == true else { return false }
        return cache.traits(of: match.entry).isWrittenLowerCase
    }

    /// Whether a capitalised head and a capitalised common-word modifier are two words inside a
    /// longer name: a capitalised word follows the modifier, or precedes the head in mid-sentence
    /// (`Sekjen Organisasi Kerja Sama Islam`, `Taman Laut Nasional`). A name of just the two
    /// (`Menteri Kesehatan`, health minister) still composes. `words` caches the tokens of the
    /// piece `cursor` reads.
    private func isInsideLongerName(head: TermMatch, modifier: TermMatch, cursor: TextCursor, words: inout [WordToken]?,
                                    _ cache: CompositionCache) -> Bool {
        guard head.matchedText.first?.isUppercase == true, isCapitalisedCommonWord(modifier, cache) else { return false }
        if words == nil { words = WordTokenizer.tokens(in: String(cursor.text)) }
        let tokens = words ?? []
        func capitalised(_ index: Int) -> Bool { tokens[index].text.first?.isUppercase == true }
        let after = Self.firstIndex(in: tokens, startingAtOrAfter: modifier.end - cursor.firstCharacter, start: \.start)
        if after < tokens.count, tokens[after].joinsPrevious, capitalised(after) { return true }
        let first = Self.firstIndex(in: tokens, startingAtOrAfter: head.start - cursor.firstCharacter, start: \.start)
        // The word before is mid-sentence when only spaces come before it too.
        return first > 0 && first < tokens.count && tokens[first].joinsPrevious && tokens[first - 1].joinsPrevious && capitalised(first - 1)
    }

    /// The index of the first of `items` (in text order) whose character offset, as `start`
    /// reads it, is at or after `offset`.
    private static func firstIndex<Item>(in items: [Item], startingAtOrAfter offset: Int, start: (Item) -> Int) -> Int {
        var low = 0, high = items.count
        while low < high {
            let middle = (low + high) / 2
            if start(items[middle]) < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Not derived, an English that can stand inside a phrase (no parentheses or slashes), and
    /// no `Composition: none.` in the entry's note.
    private func isComposable(_ match: TermMatch, _ cache: CompositionCache) -> Bool {
        guard match.level != .derived else { return false }
        let traits = cache.traits(of: match.entry)
        return traits.hasPhraseEnglish && traits.note != CompositionNote.none
    }

    private func isMultiWord(_ match: TermMatch) -> Bool {
        CompositionCache.contains(match.matchedText, " ")
    }

    private func lastWord(of match: TermMatch, _ cache: CompositionCache) -> WordAnalysis {
        cache.lastWordAnalysis(of: match.matchedText)
    }
}

/// Reads a piece of text by character offsets, as `TermMatch` counts them, walking from the
/// last offset asked for rather than from the start each time, a byte at a time over ASCII (see
/// `TextPieces.characterEnd`).
private struct TextCursor {
    /// The piece, its contiguous UTF-8, and the character offset of its start in the whole text.
    let text: Substring
    let bytes: UnsafeBufferPointer<UInt8>
    let firstCharacter: Int
    private var position = 0
    private var offset: Int

    init(_ text: Substring, bytes: UnsafeBufferPointer<UInt8>, firstCharacter: Int) {
        self.text = text
        self.bytes = bytes
        self.firstCharacter = firstCharacter
        offset = firstCharacter
    }

    /// The byte offset in the piece of character `target` of the whole text (the piece's end
    /// for one past it), walked to from the last one asked for, or from the piece's start for
    /// one before that.
    mutating func byteOffset(at target: Int) -> Int {
        if target < offset {
            position = 0
            offset = firstCharacter
        }
        while offset < target, position < bytes.count {
            position = TextPieces.characterEnd(after: position, in: bytes, text)
            offset += 1
        }
        return position
    }

    /// Whether the bytes at `range` are all spaces, tabs or no-break spaces.
    func isOnlySpaces(_ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            switch bytes[index] {
            case 0x20, 0x09: index += 1
            case 0xC2 where index + 1 < range.upperBound && bytes[index + 1] == 0xA0: index += 2
            default: return false
            }
        }
        return true
    }

    /// The text at byte offsets `range`.
    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
