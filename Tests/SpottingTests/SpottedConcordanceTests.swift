import Foundation
import Memory
import Spotting
import Testing

@Suite struct SpottedConcordanceTests {
    @Test func highlightsTheRenderingAndCountsThemAcrossAffixedForms() throws {
        let (memory, directory) = try SpottingFixtures.memory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try memory.spottedConcordance("pengerahan", in: .source, limit: 2)
        #expect(result.hits.count == 2)
        #expect(result.sampled == 4)   // pengerahan three times, pengerahannya once
        for spotted in result.hits {
            let range = try #require(spotted.spotRange)
            #expect(String(Array(spotted.hit.target)[range]).hasSuffix("deployment"), "\(spotted)")
        }
        #expect(result.renderings.first?.modelWords.hasSuffix("deployment") == true)
        #expect(result.renderings.reduce(0) { $0 + $1.count } == 4)
        #expect(result.summaryLine.hasPrefix("pengerahan: "))
    }

    @Test func spotsTheIndonesianForAnEnglishQuery() throws {
        let (memory, directory) = try SpottingFixtures.memory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try memory.spottedConcordance("budget", in: .target)
        #expect(result.hits.count == 3)
        #expect(result.renderings.first?.modelWords == SpottingText.modelWord(of: "anggaran", language: .indonesian))
        #expect(result.renderings.first?.text == "anggaran")
        #expect(result.renderings.first?.count == 3)
    }

    @Test func tallyGroupsRenderingsByStemAndSortsByCount() {
        var tally = RenderingTally()
        for (words, text) in [("deployment", "deployments"), ("deployment", "deployment"), ("deployment", "deployment"),
                              ("mobilization", "Mobilization"), ("mobilization", "mobilization"), ("security council", "Security Council")] {
            tally.add(modelWords: words, text: text)
        }
        #expect(tally.total == 6)
        // A capital that is only a sentence start goes; one a name always has stays.
        #expect(tally.renderings.map(\.text) == ["deployment", "mobilization", "Security Council"])
        #expect(tally.renderings.map(\.count) == [3, 2, 1])
        #expect(tally.renderings.summary(limit: 2) == "deployment 3, mobilization 2, …")
        // A name keeps its capitals against a rare careless lower case; a sentence start does not.
        #expect(RenderingTally.shownForm(["World Bank": 5, "world bank": 1]) == "World Bank")
        #expect(RenderingTally.shownForm(["Deployment": 4, "deployment": 3]) == "deployment")
        #expect(RenderingTally.shownForm([:]) == nil)
    }
}
