/// BCP 47 language tags as TMX files write them (`ID-ID`, `id-id`, `id_ID`).
enum LanguageTag {
    /// The conventional case: language lower-case, a two-letter region upper-case, a four-letter
    /// script title-case (`ID-ID` → `id-ID`, `zh-hant-tw` → `zh-Hant-TW`). `*all*` is kept.
    static func canonical(_ tag: String) -> String {
        guard tag != "*all*" else { return tag }
        let parts = tag.split(whereSeparator: { $0 == "-" || $0 == "_" })
        return parts.enumerated().map { index, part in
            if index == 0 { return part.lowercased() }
            if part.count == 2 { return part.uppercased() }
            if part.count == 4 { return part.prefix(1).uppercased() + part.dropFirst().lowercased() }
            return part.lowercased()
        }.joined(separator: "-")
    }

    /// Whether `tag` is `language` or a regional form of it (`id-ID` matches `id`), ignoring case.
    static func matches(_ tag: String, _ language: String) -> Bool {
        let tag = tag.lowercased().replacingOccurrences(of: "_", with: "-")
        let wanted = language.lowercased().replacingOccurrences(of: "_", with: "-")
        return tag == wanted || tag.hasPrefix(wanted + "-") || wanted.hasPrefix(tag + "-")
    }
}
