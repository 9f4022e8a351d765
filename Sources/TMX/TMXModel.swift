/// One attribute as a TMX file wrote it. Kept in document order so a round trip gives back
/// what came in, including attributes TMX 1.4b does not name (`x-…`, tool-specific ones).
public struct TMXAttribute: Hashable, Sendable, Codable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

extension Array where Element == TMXAttribute {
    /// The value of the attribute called `name`, or `nil`; setting `nil` removes it.
    public subscript(named name: String) -> String? {
        get { first { $0.name == name }?.value }
        set {
            if let index = firstIndex(where: { $0.name == name }) {
                if let newValue { self[index].value = newValue } else { remove(at: index) }
            } else if let newValue {
                append(TMXAttribute(name, newValue))
            }
        }
    }
}

/// `<prop type="…">value</prop>`: tool-specific data at header, `tu` or `tuv` level.
public struct TMXProperty: Hashable, Sendable, Codable {
    /// All attributes (`type`, `xml:lang`, `o-encoding`), in document order. `type` may be absent in real exports.
    public var attributes: [TMXAttribute]
    public var value: String

    public init(type: String?, value: String, attributes extra: [TMXAttribute] = []) {
        self.attributes = (type.map { [TMXAttribute("type", $0)] } ?? []) + extra
        self.value = value
    }

    /// The `type` attribute, if present.
    public var type: String? { attributes[named: "type"] }
}

/// `<note>text</note>`: a human comment at header, `tu` or `tuv` level.
public struct TMXNote: Hashable, Sendable, Codable {
    public var attributes: [TMXAttribute]
    public var text: String

    public init(_ text: String, attributes: [TMXAttribute] = []) {
        self.attributes = attributes
        self.text = text
    }
}

/// The kinds of inline element TMX 1.4b allows inside `seg` (and `sub`, `hi`).
public enum InlineTagKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Begin paired tag: holds the native opening code.
    case bpt
    /// End paired tag: holds the native closing code.
    case ept
    /// Isolated tag: a begin or end whose partner is outside the segment.
    case it
    /// Placeholder: a standalone native code.
    case ph
    /// Highlight: marks text (a term, a proper name) and contains segment content.
    case hi
    /// Unknown tag (deprecated in 1.4b, still read and written).
    case ut
    /// Sub-flow: translatable text inside a native code (inside `bpt`, `ept`, `it`, `ph`, `ut`).
    case sub
}

/// One inline element with its attributes and content. For `bpt ept it ph ut` the content is the
/// native code (text) with optional `sub` elements; for `hi` and `sub` it is segment content.
public struct InlineTag: Hashable, Sendable, Codable {
    public var kind: InlineTagKind
    /// `i`, `x`, `type`, `pos`, `assoc`, `datatype`, … in document order.
    public var attributes: [TMXAttribute]
    public var content: [InlineContent]

    public init(_ kind: InlineTagKind, attributes: [TMXAttribute] = [], content: [InlineContent] = []) {
        self.kind = kind
        self.attributes = attributes
        self.content = content
    }
}

/// A run of text or an inline element inside a segment.
public enum InlineContent: Hashable, Sendable, Codable {
    case text(String)
    case tag(InlineTag)
}

/// The content of a `<seg>`: text and inline elements, white space exactly as written.
public struct Segment: Hashable, Sendable, Codable {
    public var content: [InlineContent]

    public init(_ content: [InlineContent]) {
        self.content = content
    }

    /// A segment of plain text.
    public init(text: String) {
        self.content = text.isEmpty ? [] : [.text(text)]
    }

    /// The translatable text: text runs, the text inside `hi`, without native codes.
    public var plainText: String {
        var result = ""
        func collect(_ items: [InlineContent]) {
            for item in items {
                switch item {
                case .text(let text): result += text
                case .tag(let tag) where tag.kind == .hi: collect(tag.content)
                case .tag: break
                }
            }
        }
        collect(content)
        return result
    }

    /// The number of inline elements, nested ones included.
    public var inlineTagCount: Int {
        func count(_ items: [InlineContent]) -> Int {
            items.reduce(0) { total, item in
                if case .tag(let tag) = item { return total + 1 + count(tag.content) }
                return total
            }
        }
        return count(content)
    }
}

/// `<tuv>`: one language's version of a translation unit.
public struct TranslationVariant: Hashable, Sendable, Codable {
    /// All attributes, `xml:lang` (or TMX 1.1–1.3 `lang`) included, in document order.
    public var attributes: [TMXAttribute]
    public var notes: [TMXNote]
    public var properties: [TMXProperty]
    public var segment: Segment

    public init(language: String, segment: Segment, attributes extra: [TMXAttribute] = [],
                notes: [TMXNote] = [], properties: [TMXProperty] = []) {
        self.attributes = [TMXAttribute("xml:lang", language)] + extra
        self.notes = notes
        self.properties = properties
        self.segment = segment
    }

    /// The language: `xml:lang`, or `lang` in TMX 1.1–1.3 files.
    public var language: String? { attributes[named: "xml:lang"] ?? attributes[named: "lang"] }
}

/// `<tu>`: a translation unit, with one variant per language.
public struct TranslationUnit: Hashable, Sendable, Codable {
    /// All attributes (`tuid`, `srclang`, `creationdate`, `usagecount`, …) in document order.
    public var attributes: [TMXAttribute]
    public var notes: [TMXNote]
    public var properties: [TMXProperty]
    public var variants: [TranslationVariant]

    public init(attributes: [TMXAttribute] = [], notes: [TMXNote] = [], properties: [TMXProperty] = [],
                variants: [TranslationVariant]) {
        self.attributes = attributes
        self.notes = notes
        self.properties = properties
        self.variants = variants
    }

    /// The first variant whose language is `language` or a regional form of it
    /// (`LanguageTag.sameLanguage`: `id` matches `id-ID`, `IN` and `in_ID`; `en` matches `EN-GB`).
    public func variant(for language: String) -> TranslationVariant? {
        variantIndex(for: language).map { variants[$0] }
    }

    /// The position in `variants` of the variant `variant(for:)` gives.
    public func variantIndex(for language: String) -> Int? {
        variants.firstIndex { variant in variant.language.map { LanguageTag.sameLanguage($0, language) } ?? false }
    }
}

/// `<ude>` in the header: a user-defined encoding with its `map` entries, kept verbatim.
public struct TMXUserDefinedEncoding: Hashable, Sendable, Codable {
    public var attributes: [TMXAttribute]
    /// Each `<map>`'s attributes (`unicode`, `code`, `ent`, `subst`).
    public var maps: [[TMXAttribute]]

    public init(attributes: [TMXAttribute], maps: [[TMXAttribute]]) {
        self.attributes = attributes
        self.maps = maps
    }
}

/// `<header>` and the `<tmx version>`: everything but the body.
public struct TMXHeader: Hashable, Sendable, Codable {
    /// The `version` attribute of `<tmx>` (`1.4`, `1.1`, …), `nil` when a tool left it out.
    public var version: String?
    /// All header attributes (`creationtool`, `srclang`, `segtype`, `o-tmf`, `adminlang`, `datatype`, …).
    public var attributes: [TMXAttribute]
    public var notes: [TMXNote]
    public var properties: [TMXProperty]
    public var userDefinedEncodings: [TMXUserDefinedEncoding]

    public init(version: String? = "1.4", attributes: [TMXAttribute] = [], notes: [TMXNote] = [],
                properties: [TMXProperty] = [], userDefinedEncodings: [TMXUserDefinedEncoding] = []) {
        self.version = version
        self.attributes = attributes
        self.notes = notes
        self.properties = properties
        self.userDefinedEncodings = userDefinedEncodings
    }

    /// `srclang`: a language tag or `*all*`.
    public var sourceLanguage: String? { attributes[named: "srclang"] }
}
