import XMLStream

/// The elements TMX 1.4b defines, numbered in the order `XMLPullReader.knownNames` is given them,
/// so the parser tells elements apart by libxml2's interned name pointer instead of comparing strings.
enum TMXElement: Int, CaseIterable {
    case tmx, header, body, note, prop, ude, map, tu, tuv, seg, bpt, ept, it, ph, hi, ut, sub

    /// The element's name as TMX writes it.
    var name: String {
        switch self {
        case .tmx: "tmx"
        case .header: "header"
        case .body: "body"
        case .note: "note"
        case .prop: "prop"
        case .ude: "ude"
        case .map: "map"
        case .tu: "tu"
        case .tuv: "tuv"
        case .seg: "seg"
        case .bpt: "bpt"
        case .ept: "ept"
        case .it: "it"
        case .ph: "ph"
        case .hi: "hi"
        case .ut: "ut"
        case .sub: "sub"
        }
    }

    /// Every element's name, in `rawValue` order.
    static let names = allCases.map(\.name)

    /// The inline element this is, if it is one.
    var inlineKind: InlineTagKind? {
        switch self {
        case .bpt: .bpt
        case .ept: .ept
        case .it: .it
        case .ph: .ph
        case .hi: .hi
        case .ut: .ut
        case .sub: .sub
        default: nil
        }
    }
}

/// The attribute names TMX 1.4b declares, numbered in the order `XMLPullReader.knownAttributeNames`
/// is given them, so attribute checks and counts compare small integers instead of strings.
enum TMXAttributeName: Int, CaseIterable {
    case version, creationtool, creationtoolversion, segtype, oTMF, adminlang, srclang, datatype, oEncoding,
         creationdate, creationid, changedate, changeid, xmlLang, lang, type, name, base, unicode, code, ent,
         subst, tuid, usagecount, lastusagedate, i, x, pos, assoc

    /// The name as TMX writes it.
    var name: String {
        switch self {
        case .oTMF: "o-tmf"
        case .oEncoding: "o-encoding"
        case .xmlLang: "xml:lang"
        default: "\(self)"
        }
    }

    init?(_ name: String) {
        guard let index = TMXAttributeName.names.firstIndex(of: name) else { return nil }
        self.init(rawValue: index)
    }

    /// Every name, in `rawValue` order.
    static let names = allCases.map(\.name)

    /// Whether the attribute holds a TMX date (`creationdate`, `changedate`, `lastusagedate`).
    var isDate: Bool { self == .creationdate || self == .changedate || self == .lastusagedate }
}

/// A start tag as the TMX parser reads it: the element, when TMX defines it, and its name. Its
/// attributes are read from the reader while it stands on the tag (`TMXParser.attributes(of:)`,
/// `TMXAttributes`).
struct TMXTag {
    /// `nil` for an element TMX does not define.
    let element: TMXElement?
    /// The qualified name as written.
    let name: String
}

/// What the parser itself needs of a start tag's attributes, gathered while checking them.
struct TagFacts {
    var hasLanguage = false
    var hasType = false
    /// `i` of `bpt`/`ept`, `pos` of `it`, `assoc` of `ph`.
    var index: String?
    var position: String?
    var association: String?
}

/// The attributes of the start tag the parser stands on, for a `TMXBodySink`: valid only during
/// the call that hands them over (the bytes belong to libxml2 and change when the reader moves on).
struct TMXAttributes {
    fileprivate let xml: XMLPullReader

    init(_ xml: XMLPullReader) {
        self.xml = xml
    }

    /// Calls `body` with each attribute, its name when TMX declares it and its value's UTF-8 bytes.
    func forEach(_ body: (TMXAttributeName?, XMLRawAttribute) -> Void) {
        xml.forEachRawAttribute { attribute in
            body(attribute.nameIndex.flatMap(TMXAttributeName.init(rawValue:)), attribute)
        }
    }

    /// The attributes in the model's form, in document order.
    var all: [TMXAttribute] {
        var attributes: [TMXAttribute] = []
        xml.forEachRawAttribute { attributes.append(TMXAttribute($0.name, $0.stringValue)) }
        return attributes
    }
}

/// One node of a TMX document. Text is not copied out of the reader until asked for
/// (`TMXParser.text`), so the white space between structural elements costs no `String`.
enum TMXNode {
    case start(TMXTag)
    case end
    case text
    case comment
}
