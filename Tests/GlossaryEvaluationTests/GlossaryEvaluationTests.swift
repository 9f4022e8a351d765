import Foundation
import GlossaryEvaluation
import Terminology
import Testing

/// The scorer of issue 14's blind lists, on small lists of our own (`Fixtures/`).
@Suite struct GlossaryEvaluationTests {
    let evaluation: GlossaryEvaluation

    init() throws {
        evaluation = GlossaryEvaluation(glossary: try Glossary.load(paths: [try fixture("glossary.tsv")]).0)
    }

    @Test func heldOutCountsEntriesAndOnlyCorrectCompositionsPerDesk() throws {
        let path = try fixture("heldout.tsv")
        let phrases = try BlindList.heldOut(try String(contentsOfFile: path, encoding: .utf8), file: path)
        #expect(phrases.count == 7)
        let score = evaluation.score(heldOut: phrases)
        #expect(score.desks.map(\.desk) == ["politics", "military", "law"])
        let politics = score.desks[0].counts, military = score.desks[1].counts, law = score.desks[2].counts
        // pasukan perdamaian is an entry; pejabat pemerintah is composed as government official.
        #expect(politics.phrases == 2 && politics.entries == 1 && politics.compositions == 1)
        // senjata is an entry ("weapon" against "weapons"); uji coba rudal is composed as missile test;
        // senjata nuklir is composed as "nuclear weapon", which the list does not accept.
        #expect(military.phrases == 3 && military.entries == 1 && military.compositions == 1)
        // saksi mata has no part in the glossary; "president office" is not "presidential office".
        #expect(law.phrases == 2 && law.entries == 0 && law.compositions == 0)
        #expect(score.overall.phrases == 7 && score.overall.found == 4 && score.overall.entriesWithAcceptableEnglish == 2)
        #expect(abs(score.overall.foundPercent - 400.0 / 7) < 0.001)
    }

    @Test func compositionListGivesOfferedAcceptableAndPrecision() throws {
        let path = try fixture("composition.tsv")
        let score = evaluation.score(composition: try BlindList.composition(try String(contentsOfFile: path, encoding: .utf8), file: path))
        #expect(score.phrases == 4)
        #expect(score.offered == 3)
        #expect(score.acceptable == 2)
        #expect(abs(score.precisionPercent - 200.0 / 3) < 0.001)
        #expect(score.offeredPercent == 75)
    }

    @Test func renderingsCompareAsTheFormatSays() {
        #expect(EnglishRendering.normalised("  Cease-fire   Violations ") == "cease fire violation")
        #expect(EnglishRendering.matches(any: ["peacekeeping troops"], of: ["Peacekeeping troop"]))
        #expect(!EnglishRendering.matches(any: ["president office"], of: ["presidential office"]))
        // Only the last word's final s is ignored.
        #expect(EnglishRendering.normalised("arms control") != EnglishRendering.normalised("arm control"))
    }

    @Test func aMalformedListIsRejectedWithFileAndLine() throws {
        let path = try fixture("malformed.tsv")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let error = try #require(throws: BlindListError.self) { try BlindList.heldOut(text, file: "malformed.tsv") }
        #expect(error.diagnostics.map(\.location.line) == [2, 3])
        #expect(error.description.contains("malformed.tsv:2: error: 2 columns, expected 3"))
        #expect(error.description.contains("malformed.tsv:3: error: the indonesian cell is empty"))
        // The wrong header for the list's kind is named too.
        #expect(throws: BlindListError.self) { try BlindList.composition(text, file: "malformed.tsv") }
    }
}

/// The path of a file in `Fixtures/`.
func fixture(_ name: String) throws -> String {
    try #require(Bundle.module.path(forResource: name, ofType: nil, inDirectory: "Fixtures"), "no fixture \(name)")
}
