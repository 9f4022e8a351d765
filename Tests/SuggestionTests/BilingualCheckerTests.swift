import Testing
import TextIO
@testable import Suggestion
import Terminology

@Suite struct BilingualCheckerTests {
    private func pair(_ source: String, _ target: String, line: Int) -> AlignedPair {
        AlignedPair(source: source, target: target, location: SourceLocation(file: "desk.tmx", line: line))
    }

    private func kinds(_ findings: [CheckFinding], at line: Int) -> [SuggestionWarning.Kind] {
        findings.filter { $0.location.line == line }.map(\.warning.kind)
    }

    @Test func findsEachKindOfProblemInItsPair() throws {
        let checker = BilingualChecker(glossary: try deskGlossary())
        let findings = checker.check([
            pair("Rudal itu terbang sejauh 1.000 kilometer.", "The missile flew 1,000 kilometers.", line: 1),
            pair("Rudal itu terbang sejauh 1.500 kilometer.", "The missile flew 1,000 kilometers.", line: 2),
            pair("Korea Utara menguji rudal.", "Korea Utara menguji rudal.", line: 3),
            pair("Pasukan itu tiba pada hari Kamis.", "Pasukan itu tiba di pangkalan dengan kapal.", line: 4),
            pair("KTT dibuka di Hanoi.", "The high-level conference opened in Hanoi.", line: 5),
            pair("Anggaran pertahanan naik.", "The defence budget rose.", line: 6),
            pair("Presiden tiba.", "The president arrived.", line: 7),
        ])
        #expect(kinds(findings, at: 1).isEmpty)
        #expect(kinds(findings, at: 2) == [.numberMismatch])
        #expect(kinds(findings, at: 3) == [.untranslated])
        #expect(kinds(findings, at: 4) == [.untranslated])
        #expect(kinds(findings, at: 5).contains(.forbiddenRendering))
        #expect(kinds(findings, at: 6).contains(.forbiddenRendering))
        #expect(kinds(findings, at: 7).isEmpty)
    }

    @Test func findsASentenceAndATermTranslatedTwoWays() throws {
        let checker = BilingualChecker(glossary: try deskGlossary())
        let findings = checker.check([
            pair("KTT dibuka.", "The summit opened.", line: 1),
            pair("KTT dibuka.", "The summit meeting opened.", line: 2),
            pair("KTT ditutup.", "The summit closed.", line: 3),
        ])
        let sentence = try #require(findings.first { $0.warning.kind == .inconsistentTranslation })
        #expect(sentence.warning.message.contains("2 ways"))
        #expect(sentence.location.line == 1)
        let term = try #require(findings.first { $0.warning.kind == .inconsistentTerm })
        #expect(term.warning.message.contains("“summit” 2 times, “summit meeting” 1 time"))
        #expect(term.location.line == 2)
    }
}
