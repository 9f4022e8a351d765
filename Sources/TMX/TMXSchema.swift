/// What TMX 1.4b allows: the attribute list of each element, the values of enumerated
/// attributes, and the date format. The reader's checks and `convert`'s clean-up both use it.
enum TMXSchema {
    /// The attributes the TMX 1.4b DTD declares for each element (`lang` is the deprecated
    /// TMX 1.1–1.3 form of `xml:lang`, still declared on `note`, `prop` and `tuv`).
    static let attributes: [String: Set<String>] = [
        "tmx": ["version"],
        "header": ["creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype",
                   "o-encoding", "creationdate", "creationid", "changedate", "changeid"],
        "body": [],
        "note": ["o-encoding", "xml:lang", "lang"],
        "prop": ["type", "xml:lang", "o-encoding", "lang"],
        "ude": ["name", "base"],
        "map": ["unicode", "code", "ent", "subst"],
        "tu": ["tuid", "o-encoding", "datatype", "usagecount", "lastusagedate", "creationtool", "creationtoolversion",
               "creationdate", "creationid", "changedate", "segtype", "changeid", "o-tmf", "srclang"],
        "tuv": ["xml:lang", "o-encoding", "datatype", "usagecount", "lastusagedate", "creationtool",
                "creationtoolversion", "creationdate", "creationid", "changedate", "o-tmf", "changeid", "lang"],
        "seg": [],
        "bpt": ["i", "x", "type"],
        "ept": ["i"],
        "sub": ["datatype", "type"],
        "it": ["pos", "x", "type"],
        "ph": ["x", "assoc", "type"],
        "hi": ["x", "type"],
        "ut": ["x"],
    ]

    /// Whether the DTD declares `attribute` on `element`; `nil` for an element TMX does not define.
    /// A bit test: this runs for every attribute read.
    static func declares(_ attribute: TMXAttributeName?, on element: TMXElement?) -> Bool? {
        guard let element else { return nil }
        guard let attribute else { return false }
        return declaredAttributes[element.rawValue] & (1 << attribute.rawValue) != 0
    }

    /// `attributes` as bit sets of `TMXAttributeName`, indexed by `TMXElement.rawValue`.
    private static let declaredAttributes: [UInt64] = TMXElement.allCases.map { element in
        (attributes[element.name] ?? []).reduce(UInt64(0)) { mask, name in
            mask | TMXAttributeName(name).map { 1 << $0.rawValue }!
        }
    }

    /// Header attributes the DTD marks `#REQUIRED`, in the order Padan writes them.
    static let requiredHeaderAttributes = ["creationtool", "creationtoolversion", "segtype", "o-tmf",
                                           "adminlang", "srclang", "datatype"]

    /// The values `segtype` may take.
    static let segmentTypes: Set<String> = ["block", "paragraph", "sentence", "phrase"]

    /// Attributes holding a date, which TMX writes as `YYYYMMDDThhmmssZ` (UTC).
    static let dateAttributes: Set<String> = ["creationdate", "changedate", "lastusagedate"]

    /// The element names that may appear inside `seg` content, by parent.
    static func allowsChild(_ child: InlineTagKind, in parent: String) -> Bool {
        switch parent {
        case "seg": child != .sub
        case "hi": child != .sub
        case "sub": child != .sub
        case "bpt", "ept", "it", "ph", "ut": child == .sub
        default: false
        }
    }

    /// Whether `value` has the TMX date form `YYYYMMDDThhmmssZ`, e.g. `20240315T081500Z`.
    static func isDate(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { isDate($0) }
    }

    /// `isDate` for a value's UTF-8 bytes.
    static func isDate(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 16, bytes[8] == UInt8(ascii: "T"), bytes[15] == UInt8(ascii: "Z") else { return false }
        func number(_ start: Int, _ length: Int) -> Int? {
            var result = 0
            for index in start..<start + length {
                let digit = Int(bytes[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                result = result * 10 + digit
            }
            return result
        }
        guard number(0, 4) != nil, let month = number(4, 2), let day = number(6, 2),
              let hour = number(9, 2), let minute = number(11, 2), let second = number(13, 2) else { return false }
        return (1...12).contains(month) && (1...31).contains(day) && hour < 24 && minute < 60 && second < 61
    }
}
