import Testing
@testable import Suggestion

@Suite struct SuggesterWithoutMemoryTests {
    @Test func givesEachSentenceItsGlossaryTermsAndNoMatches() throws {
        let suggester = Suggester(memory: nil, glossary: try deskGlossary())
        let result = try suggester.suggest(article: "Korea Utara meluncurkan rudal. Para pemimpin menghadiri KTT di Hanoi.")
        #expect(result.sentences.map(\.text) == ["Korea Utara meluncurkan rudal.", "Para pemimpin menghadiri KTT di Hanoi."])
        #expect(result.sentences.allSatisfy { $0.matches.isEmpty && $0.warnings.isEmpty })
        #expect(result.sentences[1].terms.map(\.english) == ["summit"])
        #expect(result.sentences[0].terms.map(\.english).contains("North Korea"))
    }
}
