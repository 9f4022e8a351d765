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

/// A start tag as the TMX parser reads it: the element (when TMX defines it) and its attributes,
/// already in the model's form.
struct TMXTag {
    /// `nil` for an element TMX does not define.
    let element: TMXElement?
    /// The qualified name as written.
    let name: String
    let attributes: [TMXAttribute]

    /// The value of the attribute called `name`, if present.
    subscript(attribute name: String) -> String? {
        attributes[named: name]
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
