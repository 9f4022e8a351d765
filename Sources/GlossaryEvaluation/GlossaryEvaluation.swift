import Terminology

/// Counts for a set of held-out phrases (one desk, or all).
public struct HeldOutCounts: Hashable, Sendable {
    /// Phrases scored.
    public var phrases = 0
    /// Found as an entry: one real entry's match spans every word.
    public var entries = 0
    /// Not an entry, but a composed rendering spans every word and its English is acceptable.
    public var compositions = 0
    /// Entry hits whose preferred or alternative English is among the acceptable renderings.
    public var entriesWithAcceptableEnglish = 0

    public init() {}

    /// Entries plus correct compositions.
    public var found: Int { entries + compositions }
    /// `found` as a percentage of `phrases` (0 when there are none).
    public var foundPercent: Double { percent(found, of: phrases) }

    mutating func add(_ other: HeldOutCounts) {
        phrases += other.phrases
        entries += other.entries
        compositions += other.compositions
        entriesWithAcceptableEnglish += other.entriesWithAcceptableEnglish
    }
}

/// One desk's counts.
public struct DeskCounts: Hashable, Sendable {
    public var desk: String
    public var counts: HeldOutCounts
}

/// The held-out list's figures: per desk (in the order desks first appear) and overall.
public struct HeldOutScore: Hashable, Sendable {
    public var desks: [DeskCounts]
    public var overall: HeldOutCounts
}

/// The composition list's figures.
public struct CompositionScore: Hashable, Sendable {
    /// Phrases scored.
    public var phrases = 0
    /// Phrases a composed rendering spans (whatever its English).
    public var offered = 0
    /// Offered compositions whose English is among the acceptable renderings.
    public var acceptable = 0

    public init() {}

    /// `acceptable / offered`, as a percentage.
    public var precisionPercent: Double { percent(acceptable, of: offered) }
    /// `offered / phrases`, as a percentage.
    public var offeredPercent: Double { percent(offered, of: phrases) }
}

/// Scores a glossary (with its composer) on the blind lists of issue 14.
///
///     let evaluation = GlossaryEvaluation(glossary: glossary)
///     let score = evaluation.score(heldOut: try BlindList.heldOut(text, file: path))
///     print(score.overall.foundPercent)
public struct GlossaryEvaluation: Sendable {
    private let matcher: TermMatcher

    public init(glossary: Glossary) {
        matcher = TermMatcher(glossary: glossary)
    }

    /// Per desk and overall: entries, correct compositions, and entries with acceptable English.
    public func score(heldOut phrases: [HeldOutPhrase]) -> HeldOutScore {
        var desks: [DeskCounts] = []
        var overall = HeldOutCounts()
        for phrase in phrases {
            var counts = HeldOutCounts()
            counts.phrases = 1
            let coverage = PhraseCoverage(phrase: phrase.indonesian, matcher: matcher)
            if let entry = coverage.entry {
                counts.entries = 1
                if EnglishRendering.matches(any: entry.entry.acceptableEnglish, of: phrase.acceptable) {
                    counts.entriesWithAcceptableEnglish = 1
                }
            } else if let composed = coverage.composition,
                      EnglishRendering.matches(any: [composed.english], of: phrase.acceptable) {
                counts.compositions = 1
            }
            if let index = desks.firstIndex(where: { $0.desk == phrase.desk }) {
                desks[index].counts.add(counts)
            } else {
                desks.append(DeskCounts(desk: phrase.desk, counts: counts))
            }
            overall.add(counts)
        }
        return HeldOutScore(desks: desks, overall: overall)
    }

    /// How often a composed rendering is offered for the list's phrases and how often it is acceptable.
    public func score(composition phrases: [CompositionPhrase]) -> CompositionScore {
        var score = CompositionScore()
        for phrase in phrases {
            score.phrases += 1
            guard let composed = PhraseCoverage(phrase: phrase.indonesian, matcher: matcher).composition else { continue }
            score.offered += 1
            if EnglishRendering.matches(any: [composed.english], of: phrase.acceptable) { score.acceptable += 1 }
        }
        return score
    }
}

/// `part` as a percentage of `whole`, 0 when `whole` is 0.
func percent(_ part: Int, of whole: Int) -> Double {
    whole == 0 ? 0 : Double(part) * 100 / Double(whole)
}
