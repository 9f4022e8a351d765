/// Counts over a TMX file: units, languages, tools, dates, inline tags and properties.
///
///     var statistics = TMXStatistics(header: reader.header)
///     try statistics.add(unitsOf: reader)
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
    /// What `propertyTypes` calls a prop without `type`.
    static let untypedProperty = "(none)"

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
        noteCount = header.notes.count
        for property in header.properties { propertyTypes[property.type ?? TMXStatistics.untypedProperty, default: 0] += 1 }
    }

    /// Counts every unit `reader` has left, without building them: the parser reports each element
    /// to a counter that reads only the attributes it counts and never the text.
    /// - Parameters:
    ///   - reader: a reader whose header this was made with; it is at its end afterwards.
    ///   - progress: called every 4,096 units with the number counted so far in this call.
    /// - Throws: `TMXError` as `TMXReader.next()` does; the counts are then left as they were.
    /// - Complexity: O(n) in the file's size; memory O(distinct languages, tools and prop types).
    public mutating func add(unitsOf reader: TMXReader, progress: ((_ units: Int) -> Void)? = nil) throws(TMXError) {
        var counter = TMXStatisticsCounter(header: reader.header)
        while try reader.next(into: &counter) {
            if counter.units % 4096 == 0 { progress?(counter.units) }
        }
        counter.add(to: &self)
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

    /// `creationtool`, followed by `creationtoolversion` when there is one.
    static func tool(_ attributes: [TMXAttribute]) -> String? {
        guard let tool = attributes[named: "creationtool"] else { return nil }
        return attributes[named: "creationtoolversion"].map { "\(tool) \($0)" } ?? tool
    }

    mutating func noteDate(_ date: String) {
        if earliestDate.map({ date < $0 }) ?? true { earliestDate = date }
        if latestDate.map({ date > $0 }) ?? true { latestDate = date }
    }
}
