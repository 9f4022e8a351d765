import Testing
@testable import Terminology

@Suite struct TermMatcherTests {
    let matcher: TermMatcher

    init() throws {
        matcher = TermMatcher(glossary: try Glossary.load(paths: [fixture("military.tsv")]).0)
    }

    private func hits(_ text: String) -> [String] {
        matcher.matches(in: text).map { "\($0.matchedText)=\($0.entry.english)/\($0.level.rawValue)" }
    }

    @Test func aBaseWordTermFindsItsDerivedAndInflectedForms() {
        #expect(hits("persenjataan senjatanya senjata-senjata Senjata senjata") == [
            "persenjataan=weapon/derived", "senjatanya=weapon/inflected", "senjata-senjata=weapon/inflected",
            "Senjata=weapon/inflected", "senjata=weapon/exact",
        ])
        #expect(hits("memperluas diperluas perluasannya") == [
            "memperluas=expand/derived", "diperluas=expand/derived", "perluasannya=expand/derived",
        ])
    }

    @Test func aDerivedTermFindsOnlyItsOwnInflections() {
        #expect(hits("pertahanan pertahanannya tahanan ketahanan") == [
            "pertahanan=defense/exact", "pertahanannya=defense/inflected",
        ])
    }

    @Test func namesAreNotConfusedWithCommonWords() {
        #expect(hits("Warga Bekasi menjual barang bekas.") == ["Bekasi=Bekasi/exact"])
    }

    @Test func acronymsMatchOnlyInCapitals() {
        #expect(hits("AS dan as roda; KTT ktt") == ["AS=United States/exact", "KTT=summit/exact"])
        #expect(hits("Kedutaan Korea-AS") == ["AS=United States/exact"])
        #expect(hits("TNI-nya AS-nya") == ["AS-nya=United States/inflected"])
    }

    @Test func theLongestTermWinsAndPositionsCountCharacters() throws {
        let text = "Pyongyang — “rudal balistik antarbenua” dan rudal-rudal."
        let matches = matcher.matches(in: text)
        #expect(matches.map(\.entry.english) == ["intercontinental ballistic missile", "missile"])
        let first = try #require(matches.first)
        #expect(first.start == 13 && first.end == 38)
        #expect(Array(text)[first.start..<first.end].map(String.init).joined() == "rudal balistik antarbenua")
        #expect(matches.last?.matchedText == "rudal-rudal")
    }

    /// A word that also starts a longer term stands alone wherever the rest is missing: at the
    /// end of the text, before punctuation or a line break, before a word of no term, part-way.
    @Test func aWordThatStartsALongerTermMatchesAloneWhereTheRestIsMissing() {
        #expect(hits("Rudal balistik antarbenua dan rudal") == [
            "Rudal balistik antarbenua=intercontinental ballistic missile/inflected", "rudal=missile/exact",
        ])
        #expect(hits("rudal.\nrudal balistik.\nrudalnya kuno, rudal-rudal balistik antarbenua") == [
            "rudal=missile/exact", "rudal=missile/exact", "rudalnya=missile/inflected",
            "rudal-rudal balistik antarbenua=intercontinental ballistic missile/inflected",
        ])
        #expect(hits("rudal\nbalistik antarbenua") == ["rudal=missile/exact"])
    }

    @Test func multiWordTermsDoNotRunAcrossPunctuation() {
        #expect(hits("rudal, balistik antarbenua") == ["rudal=missile/exact"])
        #expect(hits("Kantor Berita Pusat Korea melaporkan") == ["Kantor Berita Pusat Korea=Korean Central News Agency/exact"])
        #expect(hits("kantor berita pusat korea") == ["kantor berita pusat korea=Korean Central News Agency/inflected"])
    }

    @Test func tokensKeepInnerHyphensAndApostrophes() {
        let tokens = WordTokenizer.tokens(in: "(negara-negara) Jum'at -nya 2024.")
        #expect(tokens.map(\.text) == ["negara-negara", "Jum'at", "nya", "2024"])
        #expect(tokens.map(\.start) == [1, 16, 24, 28])
        #expect(tokens.map(\.joinsPrevious) == [false, false, false, true])
    }

    @Test func anEmptyGlossaryFindsNothing() {
        #expect(TermMatcher(glossary: Glossary(entries: [])).matches(in: "rudal senjata").isEmpty)
    }
}
