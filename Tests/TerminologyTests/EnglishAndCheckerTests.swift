import Testing
@testable import Terminology

@Suite struct EnglishInflectionTests {
    @Test(arguments: [
        ("missile", "missiles"), ("sanction", "sanctioned"), ("sanction", "sanctioning"), ("ally", "allies"),
        ("crisis", "crises"), ("ban", "banned"), ("seize", "seized"), ("embargo", "embargoes"),
    ])
    func findsInflectedForms(term: String, form: String) {
        #expect(EnglishInflection.forms(of: term).contains(form))
    }

    @Test func inflectsTheHeadOfAPhrase() {
        let forms = EnglishInflection.forms(of: "ballistic missile")
        #expect(forms.contains("ballistic missiles"))
        #expect(!forms.contains("ballistics missile"))
        #expect(EnglishInflection.forms(of: "ICBM").contains("ICBMs"))
        #expect(EnglishInflection.forms(of: "impose sanctions", partOfSpeech: "verb").contains("imposed sanctions"))
    }
}

@Suite struct TermCheckerTests {
    let checker: TermChecker

    init() throws {
        checker = TermChecker(glossary: try Glossary.load(paths: [fixture("military.tsv")]).0)
    }

    @Test func acceptsAnAllowedRenderingInAnyForm() {
        #expect(checker.check(source: "AS memperluas sanksi.", target: "The U.S. broadened its sanctions.").isEmpty)
    }

    @Test func reportsMissingAndForbiddenRenderings() {
        let findings = checker.check(source: "KTT membahas rudal balistik antarbenua.",
                                     target: "The high-level conference discussed intercontinental ballistic rockets.")
        #expect(findings.map(\.kind) == [.missingTranslation, .forbiddenTranslation, .missingTranslation, .forbiddenTranslation])
        #expect(findings.first?.message == "\"KTT\": expected \"summit\"")
        #expect(findings[1].renderings == ["high-level conference"])
    }

    @Test func wholeWordsOnly() {
        #expect(checker.check(source: "rudal", target: "missiles").isEmpty)
        #expect(checker.check(source: "rudal", target: "missilery").count == 1)
    }
}

@Suite struct GlossaryLookupTests {
    let lookup: GlossaryLookup

    init() throws {
        lookup = GlossaryLookup(glossary: try Glossary.load(paths: [fixture("military.tsv")]).0)
    }

    @Test(arguments: [
        ("senjata", "weapon"), ("persenjataan", "weapon"), ("rudl", "missile"), ("missiles", "missile"),
        ("ballistic missile", "intercontinental ballistic missile"), ("defence", "defense"), ("sanctoin", "sanction"),
    ])
    func findsTheEntry(query: String, english: String) {
        #expect(lookup.lookup(query).first?.entry.english == english)
    }

    @Test func findsNothingForUnrelatedWords() {
        #expect(lookup.lookup("zebra").isEmpty)
    }
}
