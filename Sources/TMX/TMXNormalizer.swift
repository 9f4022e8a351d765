/// Brings TMX 1.1–1.4 data to what the TMX 1.4b DTD accepts, for `padan tmx convert`.
///
///     var normalizer = TMXNormalizer(toolVersion: "0.1.0", languages: ["id", "en"])
///     let header = normalizer.header(from: reader.header)
///     while let unit = try reader.next() {
///         if let unit = normalizer.normalize(unit) { try writer.write(unit) }
///     }
///
/// It renames TMX 1.1–1.3 `lang` to `xml:lang`, drops attributes the DTD does not declare and
/// invalid `segtype` values (counted in `droppedAttributeCount`), fills in the header attributes
/// the DTD requires, and names Padan as the creation tool of the file. With `languages`, only
/// units holding every one of them are kept, with those variants only.
public struct TMXNormalizer: Sendable {
    /// Padan's version, written as `creationtoolversion`.
    public var toolVersion: String
    /// Languages to keep (`id` also keeps `id-ID`), or `nil` for all.
    public var languages: [String]?
    /// Attributes dropped because TMX 1.4b does not declare them where they were.
    public private(set) var droppedAttributeCount = 0

    public init(toolVersion: String, languages: [String]? = nil) {
        self.toolVersion = toolVersion
        self.languages = languages
    }

    /// The TMX 1.4 header for the converted file: the original's attributes, notes, props and
    /// user-defined encodings, Padan as creation tool, and defaults for what was missing.
    public mutating func header(from original: TMXHeader) -> TMXHeader {
        var header = original
        header.version = "1.4"
        header.attributes = clean(original.attributes, element: "header")
        header.attributes[named: "creationtool"] = "padan"
        header.attributes[named: "creationtoolversion"] = toolVersion
        let defaults = TMXHeader.padan(sourceLanguage: languages?.first ?? "*all*", toolVersion: toolVersion)
        for name in TMXSchema.requiredHeaderAttributes where header.attributes[named: name] == nil {
            header.attributes[named: name] = defaults.attributes[named: name]
        }
        if let languages, let source = header.sourceLanguage, source != "*all*",
           !languages.contains(where: { LanguageTag.sameLanguage(source, $0) }) {
            header.attributes[named: "srclang"] = languages.first
        }
        header.notes = original.notes.map { TMXNote($0.text, attributes: clean($0.attributes, element: "note")) }
        header.properties = original.properties.map { property($0) }
        header.userDefinedEncodings = original.userDefinedEncodings.map { encoding in
            TMXUserDefinedEncoding(attributes: clean(encoding.attributes, element: "ude"),
                                   maps: encoding.maps.map { clean($0, element: "map") })
        }
        return header
    }

    /// The unit in TMX 1.4b form, or `nil` when it lacks one of the wanted languages.
    public mutating func normalize(_ unit: TranslationUnit) -> TranslationUnit? {
        var result = unit
        if let languages {
            result.variants = unit.variants.filter { variant in
                guard let tag = variant.language else { return false }
                return languages.contains { LanguageTag.sameLanguage(tag, $0) }
            }
            let covered = languages.allSatisfy { language in
                result.variants.contains { $0.language.map { LanguageTag.sameLanguage($0, language) } ?? false }
            }
            guard covered else { return nil }
        }
        guard !result.variants.isEmpty else { return nil }
        result.attributes = clean(unit.attributes, element: "tu")
        result.notes = unit.notes.map { TMXNote($0.text, attributes: clean($0.attributes, element: "note")) }
        result.properties = unit.properties.map { property($0) }
        result.variants = result.variants.map { variant in
            var variant = variant
            variant.attributes = clean(variant.attributes, element: "tuv")
            variant.notes = variant.notes.map { TMXNote($0.text, attributes: clean($0.attributes, element: "note")) }
            variant.properties = variant.properties.map { property($0) }
            variant.segment = Segment(clean(variant.segment.content))
            return variant
        }
        return result
    }

    /// A prop with its attributes cleaned; a prop without type gets `type="x-untyped"`.
    private mutating func property(_ property: TMXProperty) -> TMXProperty {
        var result = property
        result.attributes = clean(property.attributes, element: "prop")
        if result.type == nil { result.attributes.insert(TMXAttribute("type", "x-untyped"), at: 0) }
        return result
    }

    private mutating func clean(_ content: [InlineContent]) -> [InlineContent] {
        // Most segments are plain text: keep the array as it is (no copy).
        guard content.contains(where: { if case .tag = $0 { true } else { false } }) else { return content }
        return content.map { item in
            guard case .tag(var tag) = item else { return item }
            tag.attributes = clean(tag.attributes, element: tag.kind.rawValue)
            tag.content = clean(tag.content)
            return .tag(tag)
        }
    }

    /// `lang` renamed to `xml:lang` (unless both are present), undeclared attributes dropped.
    private mutating func clean(_ attributes: [TMXAttribute], element: String) -> [TMXAttribute] {
        let allowed = TMXSchema.attributes[element] ?? []
        func kept(_ attribute: TMXAttribute) -> Bool {
            allowed.contains(attribute.name) && attribute.name != "lang"
                && (attribute.name != "segtype" || TMXSchema.segmentTypes.contains(attribute.value))
        }
        // The common case, nothing to change: keep the array as it is (no copy).
        if attributes.allSatisfy(kept) { return attributes }
        let hasXMLLang = attributes.contains { $0.name == "xml:lang" }
        var result: [TMXAttribute] = []
        result.reserveCapacity(attributes.count)
        for attribute in attributes {
            if attribute.name == "lang" {
                if hasXMLLang { droppedAttributeCount += 1 } else { result.append(TMXAttribute("xml:lang", attribute.value)) }
            } else if !allowed.contains(attribute.name)
                        || (attribute.name == "segtype" && !TMXSchema.segmentTypes.contains(attribute.value)) {
                droppedAttributeCount += 1
            } else {
                result.append(attribute)
            }
        }
        return result
    }
}
