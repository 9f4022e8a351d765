import Foundation

/// Counts what `TMXParser` reports for `TMXStatistics`, without building units: languages, tools
/// and prop types are numbered on first sight (`ByteNames`) and counted in arrays, dates compared
/// as bytes, and no text is ever read. A unit's counts are kept aside until it ends, so a unit
/// dropped for a fatal problem counts for nothing, as it would through `TMXReader.next()`.
struct TMXStatisticsCounter: TMXBodySink {
    private(set) var units = 0
    private var variants = 0
    private var notes = 0
    /// Language tags as written; each maps to its conventional form in `languageNames`.
    private var rawLanguages = ByteNames()
    private var canonicalLanguage: [Int] = []
    private var languageNames: [String] = []
    private var languageCounts: [Int] = []
    private var pairCounts: [Int: Int] = [:]
    private var tools = ByteNames()
    private var toolCounts: [Int] = []
    private var propertyTypes = ByteNames()
    private var propertyCounts: [Int] = []
    private var tagCounts = [Int](repeating: 0, count: InlineTagKind.allCases.count)
    private var earliest: TMXDateKey?
    private var latest: TMXDateKey?
    /// The header's `srclang` and creation tool, the defaults of every unit.
    private let headerSource: Int?
    private let headerTool: Int?

    // The unit being read.
    private var unitSource: Int?
    private var unitTool: Int?
    private var unitLanguages: [Int] = []
    private var unitNotes = 0
    private var unitProperties: [Int] = []
    private var unitTags = [Int](repeating: 0, count: InlineTagKind.allCases.count)
    private var unitEarliest: TMXDateKey?
    private var unitLatest: TMXDateKey?
    private var variantLanguage: Int?
    private var toolKey: [UInt8] = []
    private static let noLanguage = "(none)"

    init(header: TMXHeader) {
        var languages = ByteNames(), tools = ByteNames()
        headerSource = header.sourceLanguage.map { languages.index(of: $0) }
        headerTool = TMXStatistics.tool(header.attributes).map { tools.index(of: $0) }
        rawLanguages = languages
        self.tools = tools
    }

    mutating func startUnit(_ attributes: TMXAttributes) {
        unitSource = headerSource
        unitTool = headerTool
        unitLanguages.removeAll(keepingCapacity: true)
        unitNotes = 0
        unitProperties.removeAll(keepingCapacity: true)
        for index in unitTags.indices { unitTags[index] = 0 }
        unitEarliest = nil
        unitLatest = nil
        var tool: UnsafeBufferPointer<UInt8>?
        var version: UnsafeBufferPointer<UInt8>?
        attributes.forEach { name, attribute in
            switch name {
            case .srclang?: unitSource = rawLanguages.index(of: attribute.value)
            case .creationtool?: tool = attribute.value
            case .creationtoolversion?: version = attribute.value
            case .creationdate?, .changedate?: noteDate(attribute.value)
            default: break
            }
        }
        if let tool {
            toolKey.removeAll(keepingCapacity: true)
            toolKey.append(contentsOf: tool)
            if let version {
                toolKey.append(UInt8(ascii: " "))
                toolKey.append(contentsOf: version)
            }
            unitTool = toolKey.withUnsafeBufferPointer { tools.index(of: $0) }
        }
    }

    mutating func endUnit(usable: Bool) {
        guard usable else { return }
        units += 1
        variants += unitLanguages.count
        notes += unitNotes
        if let unitTool { increment(&toolCounts, at: unitTool) }
        for type in unitProperties { increment(&propertyCounts, at: type) }
        for index in tagCounts.indices { tagCounts[index] += unitTags[index] }
        if let unitEarliest, earliest.map({ unitEarliest < $0 }) ?? true { earliest = unitEarliest }
        if let unitLatest, latest.map({ unitLatest > $0 }) ?? true { latest = unitLatest }
        // The source is the unit's or header's srclang (not *all*); its variant, else the first.
        var sourceVariant: Int?
        if let unitSource, rawLanguages.names[unitSource] != "*all*" {
            let source = rawLanguages.names[unitSource]
            sourceVariant = unitLanguages.first { $0 >= 0 && LanguageTag.sameLanguage(rawLanguages.names[$0], source) }
        }
        let sourceTag = (sourceVariant ?? unitLanguages.first).flatMap { $0 < 0 ? nil : canonicalIndex(of: $0) }
        let none = unitLanguages.contains(-1) ? languageIndex(TMXStatisticsCounter.noLanguage) : -1
        for raw in unitLanguages {
            let tag = raw < 0 ? none : canonicalIndex(of: raw)
            increment(&languageCounts, at: tag)
            if let sourceTag, tag != sourceTag { pairCounts[sourceTag << 32 | tag, default: 0] += 1 }
        }
    }

    mutating func startVariant(_ attributes: TMXAttributes) {
        var xmlLang: UnsafeBufferPointer<UInt8>?
        var lang: UnsafeBufferPointer<UInt8>?
        attributes.forEach { name, attribute in
            switch name {
            case .xmlLang? where xmlLang == nil: xmlLang = attribute.value
            case .lang? where lang == nil: lang = attribute.value
            case .creationdate?, .changedate?: noteDate(attribute.value)
            default: break
            }
        }
        variantLanguage = (xmlLang ?? lang).map { rawLanguages.index(of: $0) }
    }

    mutating func endVariant(usable: Bool) {
        if usable { unitLanguages.append(variantLanguage ?? -1) }
    }

    mutating func startField(isNote: Bool, _ attributes: TMXAttributes) {
        if isNote {
            unitNotes += 1
            return
        }
        var type: Int?
        attributes.forEach { name, attribute in
            if name == .type, type == nil { type = propertyTypes.index(of: attribute.value) }
        }
        unitProperties.append(type ?? propertyTypes.index(of: TMXStatistics.untypedProperty))
    }

    mutating func endField() {}
    mutating func startSegment() {}
    mutating func endSegment(usable: Bool) {}

    mutating func startInline(_ kind: InlineTagKind, _ attributes: TMXAttributes) {
        unitTags[kind.index] += 1
    }

    mutating func startRepairedInline(_ kind: InlineTagKind, _ attributes: [TMXAttribute]) {
        unitTags[kind.index] += 1
    }

    /// Counted as the `bpt`s they were written as.
    mutating func isolateOpenings(_ indices: Set<String>) {}

    mutating func endInline() {}
    mutating func text(_ value: @autoclosure () -> String) {}

    /// Adds the counts to `statistics`.
    func add(to statistics: inout TMXStatistics) {
        statistics.unitCount += units
        statistics.variantCount += variants
        statistics.noteCount += notes
        for (index, count) in languageCounts.enumerated() where count > 0 { statistics.languages[languageNames[index], default: 0] += count }
        for (key, count) in pairCounts {
            statistics.languagePairs["\(languageNames[key >> 32]) → \(languageNames[key & 0xFFFF_FFFF])", default: 0] += count
        }
        for (index, count) in toolCounts.enumerated() where count > 0 { statistics.creationTools[tools.names[index], default: 0] += count }
        for (index, count) in propertyCounts.enumerated() where count > 0 {
            statistics.propertyTypes[propertyTypes.names[index], default: 0] += count
        }
        for kind in InlineTagKind.allCases where tagCounts[kind.index] > 0 {
            statistics.inlineTags[kind.rawValue, default: 0] += tagCounts[kind.index]
        }
        for date in [earliest, latest].compactMap({ $0 }) { statistics.noteDate(date.string) }
    }

    private mutating func noteDate(_ value: UnsafeBufferPointer<UInt8>) {
        guard TMXSchema.isDate(value) else { return }
        let date = TMXDateKey(value)
        if unitEarliest.map({ date < $0 }) ?? true { unitEarliest = date }
        if unitLatest.map({ date > $0 }) ?? true { unitLatest = date }
    }

    /// The place of a written language tag's conventional form in `languageNames`.
    private mutating func canonicalIndex(of raw: Int) -> Int {
        while canonicalLanguage.count <= raw {
            canonicalLanguage.append(languageIndex(LanguageTag.canonical(rawLanguages.names[canonicalLanguage.count])))
        }
        return canonicalLanguage[raw]
    }

    private mutating func languageIndex(_ name: String) -> Int {
        if let index = languageNames.firstIndex(of: name) { return index }
        languageNames.append(name)
        return languageNames.count - 1
    }

    private func increment(_ counts: inout [Int], at index: Int) {
        while counts.count <= index { counts.append(0) }
        counts[index] += 1
    }
}

/// Strings numbered on first sight and found again from their UTF-8 bytes: the last one found is
/// compared first (values repeat from unit to unit), then, while there are few, each of them
/// (languages alternate from variant to variant), then a dictionary is asked.
struct ByteNames {
    private(set) var names: [String] = []
    private var indices: [[UInt8]: Int] = [:]
    private var keys: [[UInt8]] = []
    private var last = -1
    private var scratch: [UInt8] = []
    private static let scanned = 8

    /// The number of `bytes`, given it if new.
    mutating func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if last >= 0, ByteNames.equal(keys[last], bytes) { return last }
        if keys.count <= ByteNames.scanned {
            if let index = keys.firstIndex(where: { ByteNames.equal($0, bytes) }) {
                last = index
                return index
            }
        } else {
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: bytes)
            if let index = indices[scratch] {
                last = index
                return index
            }
        }
        let key = Array(bytes)
        names.append(String(decoding: bytes, as: UTF8.self))
        keys.append(key)
        indices[key] = names.count - 1
        last = names.count - 1
        return last
    }

    private static func equal(_ key: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        key.count == bytes.count && key.withUnsafeBufferPointer { key in
            key.count == 0 || memcmp(key.baseAddress!, bytes.baseAddress!, key.count) == 0
        }
    }

    mutating func index(of string: String) -> Int {
        var string = string
        return string.withUTF8 { index(of: $0) }
    }
}

/// A TMX date (`YYYYMMDDThhmmssZ`, 16 ASCII bytes) as two big-endian words: ordered as the text is.
struct TMXDateKey: Comparable {
    private let high: UInt64
    private let low: UInt64

    /// - Precondition: `bytes.count == 16` (checked by `TMXSchema.isDate`).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        high = bytes[0..<8].reduce(0) { $0 << 8 | UInt64($1) }
        low = bytes[8..<16].reduce(0) { $0 << 8 | UInt64($1) }
    }

    var string: String {
        var bytes: [UInt8] = []
        for word in [high, low] { for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(shift))) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func < (left: TMXDateKey, right: TMXDateKey) -> Bool {
        (left.high, left.low) < (right.high, right.low)
    }
}

private extension InlineTagKind {
    /// The kind's place in `allCases`.
    var index: Int {
        switch self {
        case .bpt: 0
        case .ept: 1
        case .it: 2
        case .ph: 3
        case .hi: 4
        case .ut: 5
        case .sub: 6
        }
    }
}
