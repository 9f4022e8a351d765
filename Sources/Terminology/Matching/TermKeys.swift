/// The keys the matcher's trie is built on. A text word offers several keys and a term word
/// has one, so that a base-word term (`senjata`) meets every derivation of its root
/// (`persenjataan`) while a derived term (`pertahanan`) meets only its own inflections
/// (`pertahanannya`), never a sibling derivation (`ketahanan`).
///
/// - a root, lower case: `senjata`
/// - `=` + a derived word's stem (inflection removed): `=pertahanan`
/// - `#` + a capitalised word exactly as written, for acronyms: `#AS`
enum TermKeys {
    /// The one key a word of a glossary term stands for.
    /// A one-word term the glossary capitalises (`Antara`, the agency; `Minggu`, Sunday) matches only
    /// where the text capitalises it, never the common word spelt alike (`antara`, between; `minggu`, week); in a longer term (`Kantor Berita Pusat
    /// Korea`) the other words already say it is the name, so case is free.
    static func termKey(for analysis: WordAnalysis, inAcronymEntry: Bool, isWholeTerm: Bool) -> String {
        switch analysis.kind {
        case .acronym, .number: return "#" + analysis.word
        case _ where inAcronymEntry && analysis.word.first?.isUppercase == true: return "#" + analysis.word
        case _ where isWholeTerm && analysis.word.first?.isUppercase == true:
            return "#" + (analysis.kind == .common ? analysis.word : analysis.stem)
        case .name, .compound: return analysis.base.lowercased()
        case .common: return analysis.isDerived ? "=" + analysis.stem : analysis.base
        }
    }

    /// Every key a word of running text offers.
    static func textKeys(for analysis: WordAnalysis, morphology: IndonesianMorphology) -> [String] {
        var keys: [String] = []
        if analysis.word.first?.isUppercase == true || analysis.kind == .number {
            keys.append("#" + (analysis.kind == .common ? analysis.word : analysis.stem))
        }
        switch analysis.kind {
        case .acronym:
            // A word in capitals may be a headline's common word (PRESIDEN); short ones are acronyms only.
            if analysis.word.count >= 4 {
                let lower = morphology.analyse(analysis.stem.lowercased())
                if lower.isKnown { keys += commonKeys(lower) }
            }
        case .number, .name, .compound:
            keys.append(analysis.base.lowercased())
        case .common:
            keys += commonKeys(analysis)
        }
        return keys
    }

    private static func commonKeys(_ analysis: WordAnalysis) -> [String] {
        analysis.isDerived ? [analysis.base, "=" + analysis.stem] : [analysis.base]
    }

    /// Whether `key` is a plain root (neither a `#` exact-case key nor a `=` derived-stem key).
    static func isRoot(_ key: String) -> Bool {
        !key.hasPrefix("#") && !key.hasPrefix("=")
    }

    /// How a text word relates to the term word it matched: written as the term word (`isWritten`),
    /// else through a root key (`throughRoot`) or another key, derived (`isDerived`) or not.
    static func level(isWritten: Bool, isDerived: Bool, throughRoot: Bool) -> MatchLevel {
        if isWritten { return .exact }
        if !throughRoot { return .inflected }
        return isDerived ? .derived : .inflected
    }
}
