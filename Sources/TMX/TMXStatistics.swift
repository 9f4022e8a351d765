/// Counts over a TMX file: units, languages, tools, dates, inline tags and properties.
///
///     var statistics = TMXStatistics(header: reader.header)
///     while let unit = try reader.next() { statistics.add(unit) }
///     statistics.languagePairs   // ["id-ID → en-GB": 2]
///
/// Language tags are counted in their conventional case (`ID-ID` and `id-id` are both `id-ID`).
public struct TMXStatistics: Hashable, Sendable, Codable {
    /// `<tmx version>`, or `nil` when the file has none.
    public var version: String?
    /// The header's `srclang`.
    public var sourceLanguage: String?
    public var unitCount = 0
    public var variantCount = 0
    /// Variants per language.
    public var languages: [String: Int] = [:]
    /// Units per `source → target` pair (the source is the unit's or header's `srclang`; with
    /// `*all*` or none, the unit's first variant).
    public var languagePairs: [String: Int] = [:]
    /// Units per creation tool (`creationtool` and `creationtoolversion` of the unit, else the header's).
    public var creationTools: [String: Int] = [:]
    /// The earliest and latest `creationdate`/`changedate` of units and variants (TMX form, UTC).
    public var earliestDate: String?
    public var latestDate: String?
    /// Inline elements by name (`bpt`, `ph`, …), nested ones included.
    public var inlineTags: [String: Int] = [:]
    /// `prop` elements by `type` (`(none)` for a prop without type), header included.
    public var propertyTypes: [String: Int] = [:]
    /// `note` elements at every level, header included.
    public var noteCount = 0
    private var headerTool: String?
    /// The last pair key built, reused while the pair repeats (it nearly always does).
    private var lastPair: (source: String, target: String, key: String)?

    private enum CodingKeys: String, CodingKey {
        case version, sourceLanguage, unitCount, variantCount, languages, languagePairs, creationTools,
             earliestDate, latestDate, inlineTags, propertyTypes, noteCount
    }

    public static func == (left: TMXStatistics, right: TMXStatistics) -> Bool {
        left.version == right.version && left.sourceLanguage == right.sourceLanguage && left.unitCount == right.unitCount
            && left.variantCount == right.variantCount && left.languages == right.languages
            && left.languagePairs == right.languagePairs && left.creationTools == right.creationTools
            && left.earliestDate == right.earliestDate && left.latestDate == right.latestDate
            && left.inlineTags == right.inlineTags && left.propertyTypes == right.propertyTypes && left.noteCount == right.noteCount
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(unitCount)
        hasher.combine(variantCount)
        hasher.combine(languagePairs)
    }

    /// Starts counting a file with this header.
    public init(header: TMXHeader) {
        version = header.version
        sourceLanguage = header.sourceLanguage
        headerTool = TMXStatistics.tool(header.attributes)
        noteCount = header.notes.count
        for property in header.properties { propertyTypes[property.type ?? "(none)", default: 0] += 1 }
    }

    /// Counts one unit.
    public mutating func add(_ unit: TranslationUnit) {
        unitCount += 1
        variantCount += unit.variants.count
        if let tool = unit.attributes[named: "creationtool"] == nil ? headerTool : TMXStatistics.tool(unit.attributes) {
            creationTools[tool, default: 0] += 1
        }
        noteCount += unit.notes.count
        count(unit.properties)
        noteDates(unit.attributes)
        let source = (unit.attributes[named: "srclang"] ?? sourceLanguage).flatMap { $0 == "*all*" ? nil : $0 }
        let sourceVariant = source.flatMap { source in unit.variants.first { $0.language.map { LanguageTag.matches($0, source) } ?? false } }
            ?? unit.variants.first
        let sourceTag = sourceVariant?.language.map(LanguageTag.canonical)
        for variant in unit.variants {
            noteCount += variant.notes.count
            count(variant.properties)
            noteDates(variant.attributes)
            countTags(variant.segment.content)
            let tag = variant.language.map(LanguageTag.canonical) ?? "(none)"
            languages[tag, default: 0] += 1
            if let sourceTag, tag != sourceTag {
                let key: String
                if let lastPair, lastPair.source == sourceTag, lastPair.target == tag {
                    key = lastPair.key
                } else {
                    key = "\(sourceTag) → \(tag)"
                    lastPair = (sourceTag, tag, key)
                }
                languagePairs[key, default: 0] += 1
            }
        }
    }

    /// Adds the counts of another file.
    public mutating func merge(_ other: TMXStatistics) {
        unitCount += other.unitCount
        variantCount += other.variantCount
        noteCount += other.noteCount
        languages.merge(other.languages, uniquingKeysWith: +)
        languagePairs.merge(other.languagePairs, uniquingKeysWith: +)
        creationTools.merge(other.creationTools, uniquingKeysWith: +)
        inlineTags.merge(other.inlineTags, uniquingKeysWith: +)
        propertyTypes.merge(other.propertyTypes, uniquingKeysWith: +)
        for date in [other.earliestDate, other.latestDate].compactMap({ $0 }) { noteDate(date) }
        if version != other.version { version = nil }
        if sourceLanguage != other.sourceLanguage { sourceLanguage = nil }
    }

    private static func tool(_ attributes: [TMXAttribute]) -> String? {
        guard let tool = attributes[named: "creationtool"] else { return nil }
        return attributes[named: "creationtoolversion"].map { "\(tool) \($0)" } ?? tool
    }

    private mutating func count(_ properties: [TMXProperty]) {
        for property in properties { propertyTypes[property.type ?? "(none)", default: 0] += 1 }
    }

    private mutating func noteDates(_ attributes: [TMXAttribute]) {
        for attribute in attributes where attribute.name == "creationdate" || attribute.name == "changedate" {
            if TMXSchema.isDate(attribute.value) { noteDate(attribute.value) }
        }
    }

    private mutating func noteDate(_ date: String) {
        if earliestDate.map({ date < $0 }) ?? true { earliestDate = date }
        if latestDate.map({ date > $0 }) ?? true { latestDate = date }
    }

    private mutating func countTags(_ content: [InlineContent]) {
        for case .tag(let tag) in content {
            inlineTags[tag.kind.rawValue, default: 0] += 1
            countTags(tag.content)
        }
    }
}
