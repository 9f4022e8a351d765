import Testing
@testable import Terminology

/// `PieceWordTable` keeps a slot's first 16 bytes inline and compares the rest in the text: words
/// alike in their first 16 bytes, or one the start of another, must each keep their own entry.
@Suite struct PieceWordTableTests {
    /// An entry that tells which word it was stored for: its first key is `number`.
    static func entry(_ number: Int) -> AnalysisCache.Entry {
        var keys = WordKeys()
        keys.append(number: number, isRoot: number % 2 == 0)
        return AnalysisCache.Entry(keys: keys, isDerived: number % 3 == 0, isCompound: false, carriesNya: number % 5 == 0)
    }

    /// The byte ranges of the space-separated words of `text`.
    static func ranges(in text: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = [], start = 0
        for (index, byte) in text.enumerated() where byte == 0x20 {
            if index > start { ranges.append(start..<index) }
            start = index + 1
        }
        if text.count > start { ranges.append(start..<text.count) }
        return ranges
    }

    @Test func wordsAlikeInTheirFirstSixteenBytesOrInTheirStartKeepTheirOwnEntries() {
        let words = ["pertanggungjawabannya", "pertanggungjawabanku", "pertanggungjawabanmu", "pertanggungjawaban", "pertanggungjawab",
                     "pertanggungjawa", "per", "pe", "p", "memperdagangkannya", "memperdagangkanlah", "sebagian-sebagian",
                     "persenjataan", "Persenjataan", "antarbenua", "antar", "Korea–AS"]
        // Each word twice, the second time far from the first, so both copies are read.
        let text = Array((words + words.reversed()).joined(separator: " ").utf8)
        let ranges = Self.ranges(in: text)
        #expect(ranges.count == 2 * words.count)
        text.withUnsafeBufferPointer { bytes in
            var table = PieceWordTable(capacity: 4)
            for (number, range) in ranges.prefix(words.count).enumerated() {
                #expect(table.entry(for: range, in: bytes) == nil, "\(words[number]) found before it was stored")
                table.store(Self.entry(number), for: range, in: bytes)
            }
            for (offset, range) in ranges.dropFirst(words.count).enumerated() {
                let number = words.count - 1 - offset
                let found = table.entry(for: range, in: bytes)
                #expect(found?.keys.number(0) == number, "\(words[number]) found as \(found.map { words[$0.keys.number(0)] } ?? "nothing")")
                #expect(found?.isDerived == (number % 3 == 0) && found?.carriesNya == (number % 5 == 0))
            }
        }
    }

    @Test func everyEntryOutlivesTheTableGrowing() {
        // 3,000 distinct words from a table made for 4: it doubles many times.
        let words = (0..<3000).map { "kata\($0)x\($0 * 7919 % 1000)" }
        // Then words never stored: one past the last, one with another tail, a start, a long one.
        let absent = ["kata3000x0", "kata1x79", "kata", "kata1x7919kata1x7919"]
        let text = Array((words + absent).joined(separator: " ").utf8)
        let ranges = Self.ranges(in: text)
        text.withUnsafeBufferPointer { bytes in
            var table = PieceWordTable(capacity: 4)
            for (number, range) in ranges.prefix(words.count).enumerated() { table.store(Self.entry(number), for: range, in: bytes) }
            let lost = ranges.prefix(words.count).enumerated().filter { table.entry(for: $0.element, in: bytes)?.keys.number(0) != $0.offset }
            #expect(lost.isEmpty, "\(lost.count) of \(words.count) words lost or confused")
            for range in ranges.dropFirst(words.count) { #expect(table.entry(for: range, in: bytes) == nil) }
        }
    }
}
