import Testing
@testable import TMX

@Suite struct LanguageTagTests {
    @Test(arguments: ["in", "IN", "in-ID", "id-ID", "ID", "in_ID", "id"])
    func indonesianUnderEveryTagIsIndonesian(_ tag: String) {
        #expect(LanguageTag.sameLanguage(tag, "id"))
        #expect(LanguageTag.normalized(tag).hasPrefix("id"))
        let unit = TranslationUnit(variants: [TranslationVariant(language: "en", segment: Segment(text: "Hello.")),
                                              TranslationVariant(language: tag, segment: Segment(text: "Halo."))])
        #expect(unit.variant(for: "id")?.language == tag)
        #expect(unit.variant(for: "en")?.language == "en")
    }

    @Test(arguments: ["en-GB", "EN-US", "en_US", "EN", "en"])
    func englishUnderEveryTagIsEnglish(_ tag: String) {
        #expect(LanguageTag.sameLanguage(tag, "en"))
        #expect(!LanguageTag.sameLanguage(tag, "id"))
    }

    @Test func normalizedFixesCaseSeparatorsAndWithdrawnCodes() {
        #expect(LanguageTag.normalized("IN") == "id")
        #expect(LanguageTag.normalized("in_ID") == "id-ID")
        #expect(LanguageTag.normalized("EN_us") == "en-US")
        #expect(LanguageTag.normalized("iw-IL") == "he-IL")
        #expect(LanguageTag.normalized("zh-hant-tw") == "zh-Hant-TW")
        // A language whose code merely starts like a withdrawn one is left alone.
        #expect(LanguageTag.normalized("ind") == "ind")
        #expect(!LanguageTag.sameLanguage("ind", "id"))
    }

    @Test func differentRegionsOrLanguagesDoNotMatch() {
        #expect(!LanguageTag.sameLanguage("en-GB", "en-US"))
        #expect(LanguageTag.sameLanguage("en-GB", "en"))
        #expect(!LanguageTag.sameLanguage("ms", "id"))
        #expect(!LanguageTag.sameLanguage("i", "id"))
    }

    @Test func convertKeepsEveryIndonesianTagWhenFilteringToIdAndEnglish() throws {
        let bytes = Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="IN" datatype="plaintext"/>
            <body>
            <tu><tuv xml:lang="IN"><seg>Satu.</seg></tuv><tuv xml:lang="EN-GB"><seg>One.</seg></tuv></tu>
            <tu><tuv xml:lang="in-ID"><seg>Dua.</seg></tuv><tuv xml:lang="en_US"><seg>Two.</seg></tuv></tu>
            <tu><tuv xml:lang="de"><seg>Drei.</seg></tuv><tuv xml:lang="fr"><seg>Trois.</seg></tuv></tu>
            </body></tmx>
            """.utf8)
        let reader = try TMXReader(bytes: bytes, fileName: "tags.tmx")
        var normalizer = TMXNormalizer(toolVersion: "test", languages: ["id", "en"])
        let header = normalizer.header(from: reader.header)
        var kept: [TranslationUnit] = []
        while let unit = try reader.next() {
            if let unit = normalizer.normalize(unit) { kept.append(unit) }
        }
        #expect(header.sourceLanguage == "IN")
        #expect(kept.map { $0.variants.compactMap(\.language) } == [["IN", "EN-GB"], ["in-ID", "en_US"]])
    }
}
