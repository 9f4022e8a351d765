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
/// (`pasukan perdamaian`), so a pair an entry covers is never two matches to compose.
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
    public func compositions(in text: String, matches: [TermMatch]) -> [ComposedRendering] {
        guard matches.count > 1 else { return [] }
        var compositions: [ComposedRendering] = []
        var cursor = TextCursor(text)
        for (head, modifier) in zip(matches, matches.dropFirst()) where modifier.start > head.end {
            guard canBeHead(head), canBeModifier(modifier), !(isMultiWord(head) && isMultiWord(modifier)),
                  cursor.isOnlySpaces(from: head.end, to: modifier.start) else { continue }
            compositions.append(ComposedRendering(matchedText: cursor.text(from: head.start, to: modifier.end),
                                                  start: head.start, end: modifier.end, head: head, modifier: modifier,
                                                  english: english(head: head, modifier: modifier)))
        }
        return compositions
    }

    /// The English of the phrase: the modifier's English as a modifier, then the head's (plural
    /// when the Indonesian head is reduplicated).
    func english(head: TermMatch, modifier: TermMatch) -> String {
        var headEnglish = head.entry.english
        if lastWord(of: head).isReduplicated, let last = headEnglish.split(separator: " ").last {
            headEnglish = headEnglish.dropLast(last.count) + EnglishInflection.plural(of: String(last))
        }
        return (Self.modifierForm(of: modifier.entry) ?? modifier.entry.english) + " " + headEnglish
    }

    /// English adjective endings: an alternative ending so (but not in `-man`: `policeman`,
    /// `woman`), of as many words as the preferred English and sharing its first letters, is its
    /// adjective (`politics` → `political`, `president` → `presidential`, `South Korea` → `South Korean`).
    static let adjectiveEndings = ["al", "ic", "ary", "an", "ese", "ish", "ive", "ous", "ar", "ern", "i"]

    /// How an entry's English stands before a head noun, when it is not the preferred English:
    /// for a noun or proper noun, the alternative that is its adjective, or for a proper noun an
    /// abbreviation written before nouns (`U.S.`, `U.N.`); `nil` when the preferred English serves.
    static func modifierForm(of entry: TermEntry) -> String? {
        guard entry.partOfSpeech != "adjective" else { return nil }
        let preferred = entry.english.lowercased()
        if let adjective = entry.alternatives.first(where: { alternative in
            let lower = alternative.lowercased()
            return lower != preferred && lower.prefix(3) == preferred.prefix(3)
                && lower.split(separator: " ").count == preferred.split(separator: " ").count
                && adjectiveEndings.contains { lower.hasSuffix($0) } && !lower.hasSuffix("man")
        }) { return adjective }
        guard entry.partOfSpeech == "properNoun" else { return nil }
        return entry.alternatives.first { $0.count <= 5 && $0.contains(".") && $0.allSatisfy { $0.isUppercase || $0 == "." } }
    }

    private func canBeHead(_ match: TermMatch) -> Bool {
        guard match.entry.partOfSpeech == "noun", isComposable(match) else { return false }
        return lastWord(of: match).clitics.isEmpty
    }

    /// A noun or adjective; a proper noun or an acronym only when it has a form to stand before
    /// a noun (`Rusia` → `Russian`, `AS` → `U.S.`), since `Indonesia government` is no English.
    private func canBeModifier(_ match: TermMatch) -> Bool {
        guard isComposable(match) else { return false }
        if match.entry.partOfSpeech == "properNoun" || match.entry.isAcronym { return Self.modifierForm(of: match.entry) != nil }
        return Self.modifierPartsOfSpeech.contains(match.entry.partOfSpeech)
    }

    /// Not derived, and an English that can stand inside a phrase (no parentheses or slashes).
    private func isComposable(_ match: TermMatch) -> Bool {
        match.level != .derived && !match.entry.english.contains { "()/;,".contains($0) }
    }

    private func isMultiWord(_ match: TermMatch) -> Bool {
        match.matchedText.contains(" ")
    }

    private func lastWord(of match: TermMatch) -> WordAnalysis {
        morphology.analyse(String(match.matchedText.split(separator: " ").last ?? Substring(match.matchedText)))
    }
}

/// Reads a string by character offsets, as `TermMatch` counts them, walking from the last
/// offset asked for rather than from the start each time.
private struct TextCursor {
    private let string: String
    private var index: String.Index
    private var offset = 0

    init(_ string: String) {
        self.string = string
        index = string.startIndex
    }

    /// The index of character `target`, walked to from the last one asked for.
    private mutating func index(at target: Int) -> String.Index {
        index = string.index(index, offsetBy: target - offset)
        offset = target
        return index
    }

    /// Whether the characters in `start..<end` are all spaces, tabs or no-break spaces.
    mutating func isOnlySpaces(from start: Int, to end: Int) -> Bool {
        guard end - start <= 8 else { return false }
        let lower = index(at: start), upper = string.index(lower, offsetBy: end - start)
        return string[lower..<upper].allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }
    }

    /// The characters in `start..<end`.
    mutating func text(from start: Int, to end: Int) -> String {
        let lower = index(at: start)
        return String(string[lower..<string.index(lower, offsetBy: end - start)])
    }
}
