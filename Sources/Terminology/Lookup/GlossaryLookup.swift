import Foundation

/// An entry found by `GlossaryLookup`, with how well and how it matched.
public struct LookupResult: Hashable, Sendable, Codable {
    public enum Reason: String, Hashable, Sendable, Codable {
        /// The query is the term (or an English form of it).
        case exact
        /// The query has the term's base words: another inflection or derivation (`persenjataan`).
        case sameBase
        /// The query is one or two typing errors away from the term.
        case typo
        /// The term contains the query's words (or the query contains the term).
        case partial
    }

    public var entry: TermEntry
    /// 0…1, higher is better.
    public var score: Double
    /// `id` when the Indonesian side matched, `en` for the English side.
    public var language: String
    public var reason: Reason
}

/// Finds glossary entries for a query in either language, tolerant of affixes and typos.
///
///     let lookup = GlossaryLookup(glossary: glossary)
///     lookup.lookup("persenjataan").first?.entry.english   // "weapon" (same base as "senjata")
///     lookup.lookup("missles").first?.entry.indonesian     // ["rudal"] (a typo)
///
/// - Complexity: O(n) in the number of entries per query.
public struct GlossaryLookup: Sendable {
    public let glossary: Glossary
    public let morphology: IndonesianMorphology
    private let indonesianBases: [[[String]]]

    public init(glossary: Glossary, morphology: IndonesianMorphology = .shared) {
        self.glossary = glossary
        self.morphology = morphology
        indonesianBases = glossary.entries.map { entry in
            entry.indonesian.map { term in TermMatcher.words(of: term, morphology: morphology).map { $0.base.lowercased() } }
        }
    }

    /// The best entries for `query`, best first.
    public func lookup(_ query: String, limit: Int = 10) -> [LookupResult] {
        let lowered = query.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !lowered.isEmpty else { return [] }
        let queryBases = TermMatcher.words(of: query, morphology: morphology).map { $0.base.lowercased() }
        let queryWords = Set(EnglishText.normalise(lowered).split(separator: " ").map(String.init))
        var results: [LookupResult] = []
        for (index, entry) in glossary.entries.enumerated() {
            var best: LookupResult?
            func consider(_ score: Double, _ language: String, _ reason: LookupResult.Reason) {
                if best == nil || score > best!.score { best = LookupResult(entry: entry, score: score, language: language, reason: reason) }
            }
            for (term, bases) in zip(entry.indonesian, indonesianBases[index]) {
                let lowerTerm = term.lowercased()
                if lowerTerm == lowered { consider(1.0, "id", .exact) }
                else if bases == queryBases { consider(0.9, "id", .sameBase) }
                if let distance = Self.typoDistance(lowered, lowerTerm) { consider(0.8 - 0.1 * Double(distance), "id", .typo) }
                if bases.count == queryBases.count, bases.count > 0,
                   zip(bases, queryBases).allSatisfy({ Self.typoDistance($0, $1) != nil }) {
                    consider(0.65, "id", .typo)
                }
                if Set(bases).isSuperset(of: queryBases) || Set(queryBases).isSuperset(of: bases) { consider(0.5, "id", .partial) }
            }
            for english in entry.acceptableEnglish {
                let lowerEnglish = english.lowercased()
                if EnglishInflection.forms(of: lowerEnglish, partOfSpeech: entry.partOfSpeech).contains(lowered) { consider(english == entry.english ? 1.0 : 0.95, "en", .exact) }
                if let distance = Self.typoDistance(lowered, lowerEnglish) { consider(0.8 - 0.1 * Double(distance), "en", .typo) }
                let words = Set(EnglishText.normalise(lowerEnglish).split(separator: " ").map(String.init))
                if !queryWords.isEmpty, words.isSuperset(of: queryWords) { consider(0.5, "en", .partial) }
            }
            if let best { results.append(best) }
        }
        return Array(results.enumerated().sorted { left, right in
            left.element.score != right.element.score ? left.element.score > right.element.score : left.offset < right.offset
        }.map(\.element).prefix(limit))
    }

    /// The edit distance (insertions, deletions, substitutions, transpositions) when it is small
    /// for the words' length, otherwise `nil`: none up to 2 characters, 1 up to 7, else 2. Two
    /// edits in a word of seven letters or fewer make another word (`senjata` and `penjara`).
    static func typoDistance(_ left: String, _ right: String) -> Int? {
        let a = Array(left), b = Array(right)
        let shorter = min(a.count, b.count)
        let allowed = shorter <= 2 ? 0 : shorter <= 7 ? 1 : 2
        guard allowed > 0, abs(a.count - b.count) <= allowed, a != b else { return nil }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            if current.min()! > allowed { return nil }
            previousPrevious = previous
            previous = current
        }
        return previous[b.count] <= allowed ? previous[b.count] : nil
    }
}
