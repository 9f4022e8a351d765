import Testing
@testable import Memory

/// Candidate ranking: groups by falling score bound, none lost above the threshold.
@Suite struct RankedCandidatesTests {
    @Test func groupsComeByFallingBoundAndDropThoseBelowTheThreshold() {
        var ranked = RankedCandidates(queryWords: 10)
        ranked.add(id: 9, sharedAtMost: 10, wordCount: 10)   // 100
        ranked.add(id: 4, sharedAtMost: 12, wordCount: 20)   // 10 shared at most of 20: 50
        ranked.add(id: 2, sharedAtMost: 5, wordCount: 10)    // 50
        ranked.add(id: 7, sharedAtMost: 8, wordCount: 8)     // 80
        ranked.add(id: 5, sharedAtMost: 3, wordCount: 10)    // 30
        let groups = ranked.groups(atLeast: 40)
        #expect(groups.map(\.bound) == [100, 80, 50])
        #expect(groups.map { $0.ids.sorted() } == [[9], [7], [2, 4]])
        #expect(ranked.groups(atLeast: 1).flatMap(\.ids).count == 5)
    }

    @Test func sentencesWithoutWordsBoundAtAHundred() {
        var ranked = RankedCandidates(queryWords: 0)
        ranked.add(id: 3, sharedAtMost: 0, wordCount: 0)
        #expect(ranked.groups(atLeast: 100).map(\.bound) == [100])
    }

    @Test func overlongSentencesStillGetABound() {
        var ranked = RankedCandidates(queryWords: 5_000)
        ranked.add(id: 1, sharedAtMost: 4_000, wordCount: 9_000)
        let bound = ranked.groups(atLeast: 1).first?.bound ?? 0
        // The true bound is 4000/9000 ≈ 44; the clamped one is larger, never smaller.
        #expect(bound >= 100 * 4_000 / 9_000.0)
    }

    @Test func counterRecordsCountsAndWordCounts() {
        var counter = PostingCounter()
        counter.reset(needed: 2)
        PostingList.encode([3, 7, 15]).withUnsafeBytes { counter.count(block: $0, weight: 1, wordCount: 6) }
        PostingList.encode([7, 15]).withUnsafeBytes { counter.count(block: $0, weight: 1, wordCount: 6) }
        PostingList.encode([12]).withUnsafeBytes { counter.count(block: $0, weight: 2, wordCount: 9) }
        #expect(counter.candidates == [7, 15, 12])
        #expect(counter.wordCounts == [6, 6, 9])
        #expect(counter.count(of: 3) == 1)
        #expect(counter.count(of: 12) == 2)
    }

    @Test func counterGrowsToTheLargestIDItMeets() {
        var counter = PostingCounter()
        counter.reset(needed: 2)
        #expect(counter.count(of: 5) == 0)
        PostingList.encode([1, 70_000, 300_000]).withUnsafeBytes { counter.count(block: $0, weight: 1, wordCount: 3) }
        PostingList.encode([70_000, 300_000, 2_000_000]).withUnsafeBytes { counter.count(block: $0, weight: 1, wordCount: 3) }
        #expect(counter.candidates == [70_000, 300_000])
        #expect(counter.count(of: 1) == 1)
        #expect(counter.count(of: 2_000_000) == 1)
        #expect(counter.count(of: 2_000_001) == 0)
        #expect(counter.count(of: 150_000) == 0)
    }

    @Test func aResetCounterStartsFromZero() {
        var counter = PostingCounter()
        counter.reset(needed: 2)
        PostingList.encode([4, 90_000]).withUnsafeBytes { counter.count(block: $0, weight: 2, wordCount: 5) }
        #expect(counter.candidates == [4, 90_000])
        counter.reset(needed: 1)
        #expect(counter.candidates.isEmpty)
        #expect(counter.count(of: 4) == 0)
        #expect(counter.count(of: 90_000) == 0)
        // A count left from before the reset would make 4 reach 3 and 90000 a candidate.
        PostingList.encode([4, 600_000]).withUnsafeBytes { counter.count(block: $0, weight: 1, wordCount: 7) }
        #expect(counter.candidates == [4, 600_000])
        #expect(counter.wordCounts == [7, 7])
        #expect(counter.count(of: 4) == 1)
        #expect(counter.count(of: 90_000) == 0)
    }
}
