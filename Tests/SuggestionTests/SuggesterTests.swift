import Foundation
import Memory
import Testing
import TMX
@testable import Suggestion
import Terminology

/// A fresh memory in a temporary directory, filled with Indonesian/English pairs.
func makeMemory(_ pairs: [(String, String)]) throws -> (TranslationMemory, URL) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("padan-suggest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let memory = try TranslationMemory(path: directory.appendingPathComponent("memory.sqlite").path)
    let units = pairs.map { source, target in
        TranslationUnit(variants: [TranslationVariant(language: "id", segment: Segment(text: source)),
                                   TranslationVariant(language: "en", segment: Segment(text: target))])
    }
    _ = try memory.importUnits(units, origin: "desk.tmx", sourceLanguage: "id", targetLanguage: "en")
    return (memory, directory)
}

func deskGlossary() throws -> Glossary {
    let url = try #require(Bundle.module.url(forResource: "desk", withExtension: "tsv", subdirectory: "Fixtures"))
    return try Glossary.load(paths: [url.path]).0
}

@Suite struct SuggesterTests {
    let memory: TranslationMemory
    let directory: URL
    let suggester: Suggester

    init() throws {
        (memory, directory) = try makeMemory([
            ("Korea Utara meluncurkan rudal pada hari Kamis.", "North Korea launched a missile on Thursday."),
            ("Rudal itu terbang sejauh 1.000 kilometer.", "The missile flew 1,000 kilometers."),
            ("Para pemimpin menghadiri KTT di Hanoi.", "The leaders attended the summit in Hanoi."),
            ("KTT itu dibuka pada hari Selasa.", "The summit opened on Tuesday."),
            ("KTT tersebut membahas krisis di Myanmar.", "The high-level conference discussed the crisis in Myanmar."),
        ])
        suggester = Suggester(memory: memory, glossary: try deskGlossary())
    }

    private func sentence(_ text: String) throws -> SentenceSuggestion {
        try #require(try suggester.suggest(article: text).sentences.first)
    }

    @Test func anExactMatchComesFirstWithItsOrigin() throws {
        let result = try sentence("Para pemimpin menghadiri KTT di Hanoi.")
        let best = try #require(result.matches.first)
        #expect(best.score == 100)
        #expect(best.target == "The leaders attended the summit in Hanoi.")
        #expect(best.origin == "desk.tmx")
        #expect(result.terms.map(\.english) == ["summit"])
    }

    @Test func newNumbersAreCarriedOverAndFlagged() throws {
        let result = try sentence("Rudal itu terbang sejauh 1.200 kilometer.")
        let best = try #require(result.matches.first)
        #expect(best.adaptedTarget == "The missile flew 1,200 kilometers.")
        let warning = try #require(result.warnings.first { $0.kind == .numberMismatch })
        #expect(warning.message.contains("the match has “1.000” where the sentence has “1.200”"))
    }

    @Test func aDifferentDayIsFlagged() throws {
        let result = try sentence("Korea Utara meluncurkan rudal pada hari Senin.")
        let warning = try #require(result.warnings.first { $0.kind == .dateMismatch })
        #expect(warning.message.contains("“Kamis” where the sentence has “Senin”"))
    }

    @Test func aMatchWithAForbiddenRenderingIsFlagged() throws {
        let result = try sentence("KTT tersebut membahas krisis di Suriah.")
        #expect(result.matches.first?.target.contains("high-level conference") == true)
        #expect(result.warnings.contains { $0.kind == .forbiddenRendering && $0.message.contains("high-level conference") })
        #expect(result.warnings.contains { $0.kind == .missingGlossaryRendering && $0.message.contains("summit") })
    }

    @Test func aTermTheMemoryRendersTwoWaysIsCountedOncePerArticle() throws {
        let article = "KTT di Jakarta ditunda. KTT berikutnya digelar di Manila."
        let result = try suggester.suggest(article: article)
        let warnings = result.warnings.filter { $0.kind == .inconsistentTerm }
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.contains("“summit” 2 times, “high-level conference” 1 time (forbidden)") == true)
    }

    @Test func aSentenceWithoutMatchStillGetsItsTerms() throws {
        let result = try sentence("Pertahanan udara diperkuat setelah uji senjata.")
        #expect(result.matches.isEmpty)
        #expect(Set(result.terms.map(\.english)) == ["defense", "weapon"])
        #expect(result.terms.allSatisfy { $0.start >= 0 && $0.end <= result.text.count })
    }

    @Test func aNounPhraseWithoutAnEntryGetsAComposedRenderingBelowTheTerms() throws {
        let result = try sentence("Sebuah rudal pertahanan diuji.")
        #expect(result.terms.map(\.english) == ["missile", "defense"])
        #expect(result.composed.map(\.english) == ["defense missile"])
        #expect(result.composed.first?.parts.map(\.indonesian) == ["rudal", "pertahanan"])
        #expect(try sentence("Pertahanan, rudal diuji.").composed.isEmpty)
    }
}
