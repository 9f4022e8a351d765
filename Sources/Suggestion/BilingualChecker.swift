import Terminology
import TextIO

/// A QA finding: the warning and the pair it is about.
public struct CheckFinding: Hashable, Sendable, Codable {
    public var location: SourceLocation
    public var source: String
    public var target: String
    public var warning: SuggestionWarning
}

/// QA over a whole bilingual memory (`padan check`): the warnings `padan suggest` gives for a
/// match, applied to every pair, plus inconsistencies across pairs and untranslated units.
///
///     let findings = BilingualChecker(glossary: glossary).check(pairs)
///     // glossary terms missing or forbidden, numbers and dates lost, the same sentence or term
///     // translated several ways, English identical to the Indonesian or still Indonesian
public struct BilingualChecker {
    private let matcher: TermMatcher
    private let checker: TermChecker

    public init(glossary: Glossary) {
        matcher = TermMatcher(glossary: glossary)
        checker = TermChecker(glossary: glossary)
    }

    /// Every finding, pair by pair, then the cross-pair inconsistencies.
    /// - Complexity: O(total text length), plus the term matcher's cost per pair.
    public func check(_ pairs: [AlignedPair]) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        var targetsBySource: [String: [Int]] = [:]
        var renderings: [TermEntry: [String: [Int]]] = [:]
        for (index, pair) in pairs.enumerated() {
            func add(_ warning: SuggestionWarning) {
                findings.append(CheckFinding(location: pair.location, source: pair.source, target: pair.target, warning: warning))
            }
            if let reason = UntranslatedText.reason(source: pair.source, target: pair.target) {
                add(SuggestionWarning(.untranslated, reason))
                continue
            }
            for finding in checker.check(source: pair.source, target: pair.target) {
                add(SuggestionWarning(finding.kind == .forbiddenTranslation ? .forbiddenRendering : .missingGlossaryRendering, finding.message))
            }
            ContentDifferences.betweenTranslation(source: pair.source, target: pair.target).forEach(add)
            targetsBySource[normalized(pair.source), default: []].append(index)
            let english = EnglishText(pair.target)
            for match in matcher.matches(in: pair.source) {
                let entry = match.entry
                // The longest rendering found names it: `summit meeting` is not counted as `summit`.
                let known = ([entry.english] + entry.alternatives + entry.forbidden).sorted { $0.count > $1.count }
                if let rendering = known.first(where: { english.containsAnyForm(of: $0, partOfSpeech: entry.partOfSpeech) }) {
                    renderings[entry, default: [:]][rendering, default: []].append(index)
                }
            }
        }
        for indices in targetsBySource.values.sorted(by: { $0[0] < $1[0] }) {
            let targets = Set(indices.map { normalized(pairs[$0].target) })
            guard targets.count > 1, let first = indices.first else { continue }
            let places = indices.map { pairs[$0].location.description }.joined(separator: ", ")
            findings.append(CheckFinding(location: pairs[first].location, source: pairs[first].source, target: pairs[first].target,
                                         warning: SuggestionWarning(.inconsistentTranslation,
                                                                    "this sentence is translated \(targets.count) ways (\(places))")))
        }
        for (entry, byRendering) in renderings.sorted(by: { $0.key.english < $1.key.english }) where byRendering.count > 1 {
            let described = byRendering.sorted { $0.value.count == $1.value.count ? $0.key < $1.key : $0.value.count > $1.value.count }
                .map { "“\($0.key)” \($0.value.count) \($0.value.count == 1 ? "time" : "times")" }
            let minority = byRendering.min { $0.value.count < $1.value.count }!.value[0]
            findings.append(CheckFinding(location: pairs[minority].location, source: pairs[minority].source, target: pairs[minority].target,
                                         warning: SuggestionWarning(.inconsistentTerm,
                                                                    "“\(entry.indonesian.first ?? "")” is rendered inconsistently: "
                                                                        + described.joined(separator: ", ")
                                                                        + "; the glossary prefers “\(entry.english)”")))
        }
        return findings
    }

    private func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
