import Foundation
import Testing
@testable import Memory
import TMX

/// `lookup(batch:)` answers each query as a single lookup does, in order, and fails cleanly.
@Suite struct BatchLookupTests {
    static func filledMemory(_ scratch: ScratchMemory) throws -> TranslationMemory {
        let memory = try scratch.open()
        try memory.importUnits([
            pair("Menteri keuangan tiba di Surabaya pada hari Kamis.", "The finance minister arrived in Surabaya on Thursday."),
            pair("Menteri keuangan tiba di Medan pada hari Jumat.", "The finance minister arrived in Medan on Friday."),
            pair("Harga cabai merah turun 12 persen bulan ini.", "The price of red chillies fell 12 percent this month."),
            pair("Polisi menyita dua truk kayu ilegal.", "Police seized two trucks of illegal timber."),
        ], origin: "batch", sourceLanguage: "id", targetLanguage: "en")
        return memory
    }

    @Test(arguments: [1.0, 40, 70])
    func batchGivesWhatSingleLookupsGive(threshold: Double) throws {
        let scratch = ScratchMemory()
        let memory = try Self.filledMemory(scratch)
        let queries = ["Menteri keuangan tiba di Medan pada hari Jumat lalu.", "Harga cabai merah turun 15 persen bulan ini.",
                       "Sebuah kalimat yang sama sekali baru.", "", "Polisi menyita dua truk."]
        var answers: [(Int, [MemoryMatch])] = []
        try memory.lookup(batch: queries, limit: 3, threshold: threshold) { answers.append(($0, $1)) }
        #expect(answers.map(\.0) == Array(queries.indices))
        for (index, matches) in answers {
            #expect(matches == (try memory.lookup(queries[index], limit: 3, threshold: threshold)), "query \(index)")
        }
        // The near copies find their units whatever the threshold.
        #expect(answers[0].1.first?.source == "Menteri keuangan tiba di Medan pada hari Jumat.")
        #expect(answers[1].1.first?.adaptedTarget == "The price of red chillies fell 15 percent this month.")
    }

    @Test func badThresholdIsRefusedBeforeAnyAnswer() throws {
        let scratch = ScratchMemory()
        let memory = try Self.filledMemory(scratch)
        var calls = 0
        #expect(throws: MemoryError.self) {
            try memory.lookup(batch: ["Polisi menyita kayu."], threshold: 0) { _, _ in calls += 1 }
        }
        #expect(calls == 0)
    }

    @Test func errorThrownByTheCallerEndsTheBatch() throws {
        struct Stop: Error {}
        let scratch = ScratchMemory()
        let memory = try Self.filledMemory(scratch)
        var calls = 0
        #expect(throws: Stop.self) {
            try memory.lookup(batch: ["Polisi menyita kayu.", "Harga cabai naik.", "Menteri tiba."]) { index, _ in
                calls += 1
                if index == 1 { throw Stop() }
            }
        }
        #expect(calls == 2)
    }
}
