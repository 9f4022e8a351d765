/// Counts of a glossary's entries, for `padan term stats`.
///
///     GlossaryStatistics(glossary).byDomain  // ["military": 412, "politics": 380, …]
public struct GlossaryStatistics: Hashable, Sendable, Codable {
    public var entries: Int
    /// Indonesian terms (spellings) in all.
    public var indonesianTerms: Int
    /// English renderings in all (preferred and alternatives).
    public var englishTerms: Int
    public var forbiddenRenderings: Int
    public var acronyms: Int
    public var byFile: [String: Int]
    public var byDomain: [String: Int]
    public var byPartOfSpeech: [String: Int]

    public init(_ glossary: Glossary) {
        let entries = glossary.entries
        self.entries = entries.count
        indonesianTerms = entries.reduce(0) { $0 + $1.indonesian.count }
        englishTerms = entries.reduce(0) { $0 + $1.acceptableEnglish.count }
        forbiddenRenderings = entries.reduce(0) { $0 + $1.forbidden.count }
        acronyms = entries.filter(\.isAcronym).count
        byFile = Dictionary(grouping: entries, by: \.source.file).mapValues(\.count)
        byDomain = Dictionary(grouping: entries) { $0.domain.isEmpty ? "(none)" : $0.domain }.mapValues(\.count)
        byPartOfSpeech = Dictionary(grouping: entries, by: \.partOfSpeech).mapValues(\.count)
    }
}
