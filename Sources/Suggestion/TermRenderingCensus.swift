import Memory
import Terminology

/// Counts how the memory renders a glossary term, to warn when it does so in more than one way
/// (`KTT` as "summit" 40 times and "high-level conference" 3 times).
///
/// Results are cached per entry: an article mentions the same term in many sentences.
final class TermRenderingCensus {
    private let memory: TranslationMemory
    private let matcher: TermMatcher
    private var cache: [TermEntry: SuggestionWarning?] = [:]
    /// Units looked at per term; enough for a newsroom memory's picture, bounded for speed.
    private let sampleLimit = 500

    init(memory: TranslationMemory, matcher: TermMatcher) {
        self.memory = memory
        self.matcher = matcher
    }

    /// A warning when units whose Indonesian holds `entry` render it in more than one way.
    func inconsistency(of entry: TermEntry) throws -> SuggestionWarning? {
        if let cached = cache[entry] { return cached }
        let counts = try renderings(of: entry)
        var warning: SuggestionWarning?
        if counts.count > 1 {
            let described = counts.sorted { $0.value == $1.value ? $0.key < $1.key : $0.value > $1.value }
                .map { rendering, count in
                    let forbidden = entry.forbidden.contains { $0.caseInsensitiveCompare(rendering) == .orderedSame }
                    return "“\(rendering)” \(count) \(count == 1 ? "time" : "times")" + (forbidden ? " (forbidden)" : "")
                }
            let term = entry.indonesian.first ?? entry.english
            warning = SuggestionWarning(.inconsistentTerm,
                                        "the memory renders “\(term)” inconsistently: " + described.joined(separator: ", ")
                                            + "; the glossary prefers “\(entry.english)”")
        }
        cache[entry] = .some(warning)
        return warning
    }

    /// How often each known rendering (preferred, alternative or forbidden) appears in the English
    /// of units whose Indonesian really contains the term.
    private func renderings(of entry: TermEntry) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        let candidates = entry.indonesian.isEmpty ? [] : try memory.concordance(
            entry.indonesian[0], in: .source, limit: sampleLimit)
        // The longest rendering found names it: `summit meeting` is not counted as `summit`.
        let known = ([entry.english] + entry.alternatives + entry.forbidden).sorted { $0.count > $1.count }
        for hit in candidates where matcher.matches(in: hit.source).contains(where: { $0.entry == entry }) {
            let english = EnglishText(hit.target)
            if let rendering = known.first(where: { english.containsAnyForm(of: $0, partOfSpeech: entry.partOfSpeech) }) {
                counts[rendering, default: 0] += 1
            }
        }
        return counts
    }
}
