/// BCP 47 language tags as TMX files write them (`ID-ID`, `id-id`, `id_ID`, and `in-ID`, the
/// withdrawn ISO 639 code for Indonesian that Java-based tools still write).
public enum LanguageTag {
    /// Withdrawn ISO 639-1 codes and the codes that replaced them (ISO 639 changes of 1989):
    /// Java's `Locale` still writes the old ones.
    static let replacedLanguages: [String: String] = ["in": "id", "iw": "he", "ji": "yi"]

    /// The tag as Padan stores and compares it: the conventional case, `-` between subtags and a
    /// withdrawn language code replaced by its successor (`IN` → `id`, `in_ID` → `id-ID`,
    /// `EN-us` → `en-US`). A file's own tag is kept where the unit is kept; this is for lookups.
    ///
    ///     LanguageTag.normalized("in-ID")   // "id-ID"
    ///     LanguageTag.normalized("en_US")   // "en-US"
    public static func normalized(_ tag: String) -> String {
        let cased = canonical(tag)
        let primary = cased.prefix { $0 != "-" }
        guard let successor = replacedLanguages[String(primary)] else { return cased }
        return successor + cased.dropFirst(primary.count)
    }

    /// Whether `tag` and `language` name the same language, ignoring case, `_` for `-` and
    /// withdrawn codes (`in-ID` matches `id`, `EN_gb` matches `en`). A tag without a region matches
    /// every regional form, and the other way round.
    ///
    ///     LanguageTag.sameLanguage("IN", "id")       // true
    ///     LanguageTag.sameLanguage("en-GB", "en-US") // false
    public static func sameLanguage(_ tag: String, _ language: String) -> Bool {
        matches(tag, language) || matches(replacingLanguage(tag), replacingLanguage(language))
    }

    /// `tag` with a withdrawn primary language code replaced (any case), else `tag` itself.
    /// Reads bytes and builds no string for a tag it keeps: an import asks this for every variant.
    private static func replacingLanguage(_ tag: String) -> String {
        var bytes = tag.utf8.makeIterator()
        // `| 0x20` turns exactly the ASCII capitals into small letters, so only `in`, `IN`, `In`
        // and `iN` reach the key `in`.
        guard let first = bytes.next().map({ $0 | 0x20 }), let second = bytes.next().map({ $0 | 0x20 }) else { return tag }
        let third = bytes.next()
        guard third == nil || third == UInt8(ascii: "-") || third == UInt8(ascii: "_"),
              let successor = replacedLanguages.first(where: { $0.key.utf8.first == first && $0.key.utf8.last == second })?.value
        else { return tag }
        return successor + tag.dropFirst(2)
    }

    /// The conventional case: language lower-case, a two-letter region upper-case, a four-letter
    /// script title-case (`ID-ID` → `id-ID`, `zh-hant-tw` → `zh-Hant-TW`). `*all*` is kept.
    static func canonical(_ tag: String) -> String {
        guard tag != "*all*", !isCanonical(tag) else { return tag }
        let parts = tag.split(whereSeparator: { $0 == "-" || $0 == "_" })
        return parts.enumerated().map { index, part in
            if index == 0 { return part.lowercased() }
            if part.count == 2 { return part.uppercased() }
            if part.count == 4 { return part.prefix(1).uppercased() + part.dropFirst().lowercased() }
            return part.lowercased()
        }.joined(separator: "-")
    }

    /// Whether `tag` is already in its conventional case (the common case: no allocation).
    private static func isCanonical(_ tag: String) -> Bool {
        var subtag = 0, length = 0
        for byte in tag.utf8 {
            if byte == UInt8(ascii: "-") {
                if subtag > 0, length == 4 { return false }
                subtag += 1
                length = 0
                continue
            }
            if byte == UInt8(ascii: "_") || byte >= 0x80 { return false }
            length += 1
            let upper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            let lower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            if subtag == 0 && upper { return false }
            if subtag > 0 && (upper || lower) { return false }
        }
        return subtag == 0 || length != 4
    }

    /// Whether `tag` is `language` or a regional form of it (`id-ID` matches `id`), ignoring case.
    static func matches(_ tag: String, _ language: String) -> Bool {
        func folded(_ byte: UInt8) -> UInt8 {
            if byte == UInt8(ascii: "_") { return UInt8(ascii: "-") }
            return byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
        }
        var left = tag.utf8.makeIterator(), right = language.utf8.makeIterator()
        while true {
            switch (left.next().map(folded), right.next().map(folded)) {
            case (nil, nil): return true
            case (nil, UInt8(ascii: "-")?), (UInt8(ascii: "-")?, nil): return true
            case (let a?, let b?) where a == b: continue
            default: return false
            }
        }
    }
}
