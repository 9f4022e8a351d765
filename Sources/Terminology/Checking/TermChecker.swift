/// A glossary problem in one translated segment.
public struct TermCheckFinding: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// The Indonesian has the term but the English has none of its acceptable renderings.
        case missingTranslation
        /// The English uses a rendering the glossary forbids for a term in the Indonesian.
        case forbiddenTranslation
    }

    public var kind: Kind
    /// The term as found in the Indonesian.
    public var match: TermMatch
    /// For `missingTranslation`, the acceptable renderings; for `forbiddenTranslation`, the
    /// forbidden one found.
    public var renderings: [String]

    /// One line for people: `KTT (1–4): expected "summit"` / `… forbidden "high-level conference" used`.
    public var message: String {
        switch kind {
        case .missingTranslation:
            "\"\(match.matchedText)\": expected " + renderings.map { "\"\($0)\"" }.joined(separator: " or ")
        case .forbiddenTranslation:
            "\"\(match.matchedText)\": forbidden rendering \"\(renderings.joined())\" used; write \"\(match.entry.english)\""
        }
    }
}

/// Checks a translation against the glossary: every term of the Indonesian should appear in the
/// English as its preferred or an allowed rendering (any inflected form), and no forbidden
/// rendering should appear.
///
///     let checker = TermChecker(glossary: glossary)
///     checker.check(source: "Presiden menghadiri KTT.", target: "The president attended the conference.")
///     // [missingTranslation "KTT": expected "summit"]
public struct TermChecker: Sendable {
    public let matcher: TermMatcher

    public init(glossary: Glossary, morphology: IndonesianMorphology = .shared) {
        matcher = TermMatcher(glossary: glossary, morphology: morphology)
    }

    public init(matcher: TermMatcher) {
        self.matcher = matcher
    }

    /// The findings for one aligned pair, in source order.
    public func check(source: String, target: String) -> [TermCheckFinding] {
        let english = EnglishText(target)
        var findings: [TermCheckFinding] = []
        var reported: Set<TermEntry> = []
        for match in matcher.matches(in: source) where reported.insert(match.entry).inserted {
            let entry = match.entry
            if !entry.acceptableEnglish.contains(where: { english.containsAnyForm(of: $0, partOfSpeech: entry.partOfSpeech) }) {
                findings.append(TermCheckFinding(kind: .missingTranslation, match: match, renderings: entry.acceptableEnglish))
            }
            // Spellings that differ only in punctuation (`high-level` / `high level`) are one finding, and a
            // forbidden spelling the search cannot tell from an acceptable one (`Kim Jong-un` / `Kim Jong Un`)
            // is no finding.
            // A forbidden rendering counts only on its own, not inside an acceptable one that holds
            // it (`Macedonia` in `North Macedonia`, `related` in `related to`).
            var reportedForbidden = Set(entry.acceptableEnglish.map(EnglishText.normalise))
            for forbidden in entry.forbidden where reportedForbidden.insert(EnglishText.normalise(forbidden)).inserted {
                let holders = entry.acceptableEnglish.filter { EnglishText($0).contains(phrase: forbidden) }
                let searched = holders.isEmpty ? english : english.blanking(anyFormOf: holders, partOfSpeech: entry.partOfSpeech)
                if searched.containsAnyForm(of: forbidden, partOfSpeech: entry.partOfSpeech) {
                    findings.append(TermCheckFinding(kind: .forbiddenTranslation, match: match, renderings: [forbidden]))
                }
            }
        }
        return findings
    }
}
