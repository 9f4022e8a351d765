import Foundation
import Testing
@testable import Memory
import TMX

@Suite struct ReviewedPairTests {
    let pairs = [
        ReviewedPair(source: "Presiden tiba di Bandung pada Selasa.", target: "The president arrived in Bandung on Tuesday.", confidence: 0.93, linkKind: "1-1"),
        ReviewedPair(source: "Ia meresmikan jembatan baru. Jembatan itu panjangnya 2 kilometer.",
                     target: "He opened a new bridge two kilometres long.", confidence: 1, linkKind: "2-1"),
    ]

    @Test func storedPairsCarryTheReviewedMarkIntoExport() throws {
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        let summary = try memory.storeReviewed(pairs, origin: "jembatan-7")
        #expect(summary.added == 2)
        var exported: [TranslationUnit] = []
        _ = try memory.export { exported.append($0) }
        #expect(exported.count == 2)
        for unit in exported {
            let props = Dictionary(uniqueKeysWithValues: unit.properties.compactMap { p in p.type.map { ($0, p.value) } })
            #expect(props[ReviewedPair.reviewedProperty] == "yes")
            #expect(props["x-padan-origin"] == "jembatan-7")
        }
        #expect(Set(exported.compactMap { $0.properties.first { $0.type == "x-padan-link" }?.value }) == ["1-1", "2-1"])
        let hits = try memory.concordance("jembatan", in: .source)
        #expect(hits.first?.origin == "jembatan-7")
    }

    @Test func aPairWithAnEmptySideStoresNothing() throws {
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        let bad = pairs + [ReviewedPair(source: "Kalimat tanpa pasangan.", target: "  ", confidence: 1, linkKind: "1-0")]
        #expect { try memory.storeReviewed(bad, origin: "x") } throws: { error in
            (error as? MemoryError)?.message.contains("pair 2 has no text") == true
        }
        #expect(try memory.stats().units == 0)
    }

    @Test func storingTheSameReviewTwiceAddsNothingNew() throws {
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        _ = try memory.storeReviewed(pairs, origin: "a")
        let again = try memory.storeReviewed(pairs, origin: "a")
        #expect(again.added == 0 && again.duplicates == 2)
    }
}
