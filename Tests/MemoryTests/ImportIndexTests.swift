import Foundation
import GRDB
import Testing
@testable import Memory

/// The import's posting buffer and term table: what they give back equals what a plain
/// dictionary and sort give, on random input.
@Suite struct ImportIndexTests {
    @Test func postingBufferGivesBlocksByTermThenWordCountWithIdsAscending() throws {
        var random = SeededGenerator(state: 11)
        var buffer = PostingBuffer()
        var expected: [Int64: [Int: [Int64]]] = [:]
        var id: Int64 = 0
        for _ in 0..<3_000 {
            id += Int64.random(in: 1...300, using: &random)
            let wordCount = Int.random(in: 0...200, using: &random)
            let terms = Set((0..<Int.random(in: 0...12, using: &random)).map { _ in Int64.random(in: 1...400, using: &random) }).sorted()
            buffer.add(unit: id, wordCount: wordCount, terms: terms)
            for term in terms { expected[term, default: [:]][wordCount, default: []].append(id) }
        }
        var written: [(Int64, Int, [Int64])] = []
        try buffer.drain { term, wordCount, block in
            var ids: [Int64] = []
            PostingList.decode(Data(block), into: &ids)
            written.append((term, wordCount, ids))
        }
        let reference = expected.flatMap { term, byCount in byCount.map { (term, $0.key, $0.value) } }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        #expect(written.map(\.0) == reference.map(\.0))
        #expect(written.map(\.1) == reference.map(\.1))
        #expect(written.map(\.2) == reference.map(\.2))
        #expect(buffer.byteCount == 0)
        #expect(buffer.unitCounts.reduce(0, +) == reference.reduce(0) { $0 + $1.2.count })
    }

    @Test func postingBufferStartsAfreshAfterADrain() throws {
        var buffer = PostingBuffer()
        buffer.add(unit: 5, wordCount: 3, terms: [2])
        try buffer.drain { _, _, _ in }
        buffer.add(unit: 9, wordCount: 3, terms: [2])
        buffer.add(unit: 12, wordCount: 3, terms: [2])
        var ids: [Int64] = []
        try buffer.drain { _, _, block in PostingList.decode(Data(block), into: &ids) }
        #expect(ids == [9, 12])
        #expect(buffer.unitCounts[2] == 3)
    }

    @Test func termTableFindsKeysByBytesFoldingCapitals() {
        var random = SeededGenerator(state: 5)
        var table = TermTable()
        var reference: [String: Int64] = [:]
        let letters = Array("abcdefghij-'0")
        for id in 0..<5_000 {
            let key = String((0..<Int.random(in: 1...9, using: &random)).map { _ in letters.randomElement(using: &random)! })
            guard reference[key] == nil else { continue }
            reference[key] = Int64(id)
            table.insert(key: key.utf8, id: Int64(id))
        }
        #expect(table.count == reference.count)
        for (key, id) in reference {
            var upper = key.uppercased(), exact = key
            #expect(upper.withUTF8 { table.id(of: $0, foldingASCII: true) } == id)
            #expect(exact.withUTF8 { table.id(of: $0, foldingASCII: false) } == id)
            if upper != key { #expect(upper.withUTF8 { table.id(of: $0, foldingASCII: false) } == nil) }
        }
        var missing = "zzz"
        #expect(missing.withUTF8 { table.id(of: $0, foldingASCII: true) } == nil)
    }

    /// Keys that share low bits (so probe past each other), keys repeated, 0 and negative keys,
    /// and growth well past the first table: the rows come back as a dictionary of arrays has them.
    @Test func importedKeysGiveEveryRowOfAKeyInOrder() {
        var random = SeededGenerator(state: 7)
        var keys = ImportedKeys()
        var reference: [Int64: [Int64]] = [:]
        let pool = (0..<3_000).map { index -> Int64 in
            index % 3 == 0 ? Int64(index) << 40 : Int64(bitPattern: random.next())
        } + [0, -1, Int64.min, Int64.max]
        for row in 1...20_000 {
            let key = pool.randomElement(using: &random)!
            keys.add(key: key, row: Int64(row))
            reference[key, default: []].append(Int64(row))
        }
        for key in pool { #expect(keys.rows(for: key) == (reference[key] ?? [])) }
        #expect(keys.rows(for: 12_345) == [])
    }

    /// The import's byte path gives every word the id its `MatchToken` key has.
    @Test func importedKeysAreTheTokenKeys() throws {
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        let texts = ["Presiden JOKO tiba di Jakarta pada 2019, kata-kata Rp1.500 ke G-20.",
                     "presiden Joko TIBA: \"Jakarta\" 3,5 persen; café Café CAFÉ cafe\u{301} naïve",
                     "Ô l'État d'Indonésie", ""]
        try memory.importUnits(texts.map { pair($0, $0) }, origin: "t", sourceLanguage: "id", targetLanguage: "en")
        let (terms, keys) = try memory.database.read { db in
            (try Row.fetchAll(db, sql: "SELECT id, side, key FROM term"),
             try Data.fetchAll(db, sql: "SELECT source_keys FROM unit_key ORDER BY id"))
        }
        var byID: [Int64: String] = [:]
        for row in terms where (row[1] as Int) == 0 { byID[row[0]] = row[2] }
        for (text, stored) in zip(texts, keys) {
            #expect(PostingList.decodeKeys(stored).map { byID[$0] ?? "?" } == MatchToken.wordKeys(of: text), "\(text)")
        }
        // Canonically equal forms (é composed or not) stay one term, as `String` equality has them.
        let cafe = terms.filter { (($0[2] as String)) == "café" }
        #expect(cafe.count == 2)   // one per side
    }
}
