import Spotting
import Terminology

/// A glossary's entries keyed as candidates are (Indonesian roots), with the English each allows
/// keyed as renderings are (English stems), to tell whether the memory agrees with it.
struct GlossaryTerms {
    private let entries: [TermEntry]
    /// Root sequence → the entries that have it as an Indonesian form.
    let keys: [String: [Int]]
    private let allowed: [Set<String>]

    init(glossary: Glossary?) {
        entries = glossary?.entries ?? []
        var keys: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            for form in entry.indonesian {
                let key = SpottingText(form, language: .indonesian).words.map(\.modelWord).joined(separator: " ")
                if !key.isEmpty, !(keys[key]?.contains(index) ?? false) { keys[key, default: []].append(index) }
            }
        }
        self.keys = keys
        allowed = entries.map { entry in
            Set(entry.acceptableEnglish.map { SpottingText($0, language: .english).words.map(\.modelWord).joined(separator: " ") })
        }
    }

    /// What the glossary says of the candidate with roots `key` whose commonest rendering is `dominant`.
    func agreement(key: String, dominant: Rendering?) -> GlossaryAgreement {
        guard let found = keys[key] else { return GlossaryAgreement(status: .absent, english: []) }
        let agrees = dominant.map { rendering in found.contains { allowed[$0].contains(rendering.modelWords) } } ?? false
        return GlossaryAgreement(status: agrees ? .agrees : .differs, english: found.map { entries[$0].english })
    }

    /// The entries spotted at least `minimumSpotted` times whose commonest rendering they do not allow.
    func divergences(_ tallies: [Int: RenderingTally], minimumSpotted: Int) -> [GlossaryDivergence] {
        tallies.compactMap { index, tally -> GlossaryDivergence? in
            let renderings = tally.renderings
            guard tally.total >= minimumSpotted, let dominant = renderings.first, !allowed[index].contains(dominant.modelWords) else { return nil }
            let agreeing = renderings.filter { allowed[index].contains($0.modelWords) }.reduce(0) { $0 + $1.count }
            return GlossaryDivergence(indonesian: entries[index].indonesian.joined(separator: " | "), english: entries[index].english,
                                      agreeing: agreeing, spotted: tally.total, renderings: renderings)
        }
        .sorted { $0.spotted > $1.spotted || ($0.spotted == $1.spotted && $0.indonesian < $1.indonesian) }
    }
}
