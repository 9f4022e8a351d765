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
/// runs across punctuation or a line break.
///
/// - Complexity: O(n · d) for n words of text, d the most words in a term, whatever the
///   glossary's size; building is O(total words of all terms).
public struct TermMatcher: Sendable {
    public let glossary: Glossary
    /// The analyser, with the glossary's own unknown words added to its lexicon.
    public let morphology: IndonesianMorphology
    private let nodes: [Node]
    private let cache = AnalysisCache()

    private struct Node: Sendable {
        var children: [String: Int] = [:]
        /// (entry index, the term's words as written), first loaded first.
        var terms: [(entry: Int, words: [String])] = []
    }

    /// Builds the matcher for `glossary`.
    /// - Parameter morphology: the analyser (default: the built-in lexicon).
    public init(glossary: Glossary, morphology: IndonesianMorphology = .shared) {
        self.glossary = glossary
        let unknown = glossary.entries.flatMap(\.indonesian).flatMap { term in
            WordTokenizer.tokens(in: term).map(\.text).filter { word in
                word.first?.isLowercase == true && !word.contains("-") && !morphology.analyse(word).isKnown
            }
        }
        let morphology = morphology.adding(words: unknown)
        self.morphology = morphology
        var nodes = [Node()]
        for (index, entry) in glossary.entries.enumerated() {
            for term in entry.indonesian {
                let words = TermMatcher.words(of: term, morphology: morphology)
                guard !words.isEmpty else { continue }
                var node = 0
                for analysis in words {
                    let key = TermKeys.termKey(for: analysis, inAcronymEntry: entry.isAcronym)
                    if let child = nodes[node].children[key] {
                        node = child
                    } else {
                        nodes.append(Node())
                        nodes[node].children[key] = nodes.count - 1
                        node = nodes.count - 1
                    }
                }
                nodes[node].terms.append((index, words.map(\.word)))
            }
        }
        self.nodes = nodes
    }

    /// Every term in `text`, in text order, without overlaps.
    public func matches(in text: String) -> [TermMatch] {
        let words = analysedWords(in: text)
        var matches: [TermMatch] = []
        var position = 0
        while position < words.count {
            guard let found = longestMatch(from: position, in: words) else {
                position += 1
                continue
            }
            let first = words[position], last = words[found.end - 1]
            matches.append(TermMatch(entry: glossary.entries[found.entry], matchedText: String(text[first.token.range.lowerBound..<last.token.range.upperBound]),
                                     start: first.token.start, end: last.token.end, level: found.level))
            position = found.end
        }
        return matches
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

    private func longestMatch(from start: Int, in words: [AnalysedWord]) -> Found? {
        var best: Found?
        var keys: [String] = []
        func walk(_ node: Int, _ position: Int) {
            if position > start, let term = nodes[node].terms.first {
                var level = MatchLevel.exact
                for (offset, termWord) in term.words.enumerated() {
                    level = max(level, TermKeys.level(of: words[start + offset].entry.analysis, matching: termWord, through: keys[offset]))
                }
                if best == nil || position > best!.end || (position == best!.end && level < best!.level) {
                    best = Found(end: position, entry: term.entry, level: level)
                }
            }
            guard position < words.count, position == start || words[position].token.joinsPrevious else { return }
            let children = nodes[node].children
            for key in words[position].entry.keys {
                guard let child = children[key] else { continue }
                keys.append(key)
                walk(child, position + 1)
                keys.removeLast()
            }
        }
        walk(0, start)
        return best
    }

    private func analysedWords(in text: String) -> [AnalysedWord] {
        var words: [AnalysedWord] = []
        for token in WordTokenizer.tokens(in: text) {
            let entry = analysed(token.text)
            guard entry.analysis.kind == .compound else {
                words.append(AnalysedWord(token: token, entry: entry))
                continue
            }
            // Hyphenated words that are not a reduplication (Korea-AS): each part is a word.
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
        return words
    }

    private func analysed(_ word: String) -> AnalysisCache.Entry {
        cache.entry(for: word) { word in
            let analysis = morphology.analyse(word)
            return AnalysisCache.Entry(analysis: analysis, keys: TermKeys.textKeys(for: analysis, morphology: morphology))
        }
    }

    /// A term's words, analysed; hyphenated compounds split like running text.
    static func words(of term: String, morphology: IndonesianMorphology) -> [WordAnalysis] {
        WordTokenizer.tokens(in: term).flatMap { token -> [WordAnalysis] in
            let analysis = morphology.analyse(token.text)
            guard analysis.kind == .compound else { return [analysis] }
            return token.text.split(separator: "-").map { morphology.analyse(String($0)) }
        }
    }
}
