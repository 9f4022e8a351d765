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
        let bytes = Array(value.utf8)
        guard bytes.count == 16, bytes[8] == UInt8(ascii: "T"), bytes[15] == UInt8(ascii: "Z") else { return false }
        let digits = bytes[0..<8] + bytes[9..<15]
        guard digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return false }
        func number(_ range: Range<Int>) -> Int { Int(String(decoding: bytes[range], as: UTF8.self)) ?? -1 }
        return (1...12).contains(number(4..<6)) && (1...31).contains(number(6..<8))
            && number(9..<11) < 24 && number(11..<13) < 60 && number(13..<15) < 61
    }
}
