import Foundation
import GRDB
import Testing
@testable import Memory
import TMX

/// The read-ahead walks SQLite's B-trees itself: what it finds must be what SQLite finds.
@Suite struct BTreeReadAheadTests {
    /// A memory of 6,000 units over 4,000 distinct words: every table and index it walks has
    /// interior pages, and the posting blocks of the words in most units of 9 words (`di` in
    /// every one) spill to overflow pages.
    let scratch = ScratchMemory()

    init() throws {
        var random = SeededGenerator(state: 16)
        let common = ["yang", "dan", "pada", "itu"]
        let units = (0..<6_000).map { index -> TranslationUnit in
            let words = (0..<(index % 3 == 0 ? Int.random(in: 3...18, using: &random) : 7)).map { _ in
                Bool.random(using: &random) ? common.randomElement(using: &random)! : Self.word(Int.random(in: 0..<4_000, using: &random))
            }
            return pair("di " + words.joined(separator: " ") + " \(index).", "English \(index)")
        }
        _ = try scratch.open().importUnits(units, origin: "random", sourceLanguage: "id", targetLanguage: "en")
    }

    /// The `number`th made-up word: `k` and the number's base-26 digits as letters (`kb`, `kab`…).
    static func word(_ number: Int) -> String {
        var letters = "", rest = number
        repeat {
            letters.append(Character(UnicodeScalar(UInt8(97 + rest % 26))))
            rest /= 26
        } while rest > 0
        return "k" + letters
    }

    static func roots(_ db: Database) throws -> [String: Int] {
        var roots: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT name, rootpage FROM sqlite_schema") { roots[row[0]] = row[1] }
        return roots
    }

    @Test func termIndexEntriesAreSQLitesOwn() throws {
        let memory = try scratch.open()
        let file = try #require(BTreeReadAhead(path: scratch.path))
        try memory.database.read { db in
            let roots = try Self.roots(db)
            let keys = ["di", Self.word(7), Self.word(3_999), "tidakada", "", "zzz", "a"] + (0..<60).map { Self.word($0 * 61) }
            let ranges = keys.map { key -> (low: [BTreeReadAhead.Value], high: [BTreeReadAhead.Value]) in
                ([.integer(0), .text(Array(key.utf8))], [.integer(0), .text(Array(key.utf8))])
            }
            let found = file.rowids(inIndex: try #require(roots["sqlite_autoindex_term_1"]), ranges: ranges)
            let expected = try Int64.fetchAll(db, sql: "SELECT id FROM term WHERE side = 0 AND key IN (\(keys.map { _ in "?" }.joined(separator: ",")))",
                                              arguments: StatementArguments(keys))
            #expect(expected.count > 50)
            #expect(found.sorted() == expected.sorted())
        }
    }

    @Test func postingRangesAreSQLitesOwn() throws {
        let memory = try scratch.open()
        let file = try #require(BTreeReadAhead(path: scratch.path))
        try memory.database.read { db in
            let roots = try Self.roots(db)
            let terms = try Int64.fetchAll(db, sql: "SELECT id FROM term WHERE side = 0 ORDER BY unit_count DESC LIMIT 40")
            for wordCounts in [1...100, 5...9, 12...12, 30...40] {
                let ranges = terms.map { term -> (low: [BTreeReadAhead.Value], high: [BTreeReadAhead.Value]) in
                    ([.integer(term), .integer(Int64(wordCounts.lowerBound))], [.integer(term), .integer(Int64(wordCounts.upperBound))])
                }
                let found = file.rowids(inIndex: try #require(roots["posting_term"]), ranges: ranges)
                let expected = try Int64.fetchAll(db, sql: """
                    SELECT rowid FROM posting WHERE term_id IN (\(terms.map(String.init).joined(separator: ","))) AND word_count BETWEEN ? AND ?
                    """, arguments: [wordCounts.lowerBound, wordCounts.upperBound])
                #expect(found.sorted() == expected.sorted(), "word counts \(wordCounts)")
            }
        }
    }

    @Test func leavesHoldTheirRowsAndOverflowRunsAreSQLitesOwn() throws {
        let memory = try scratch.open()
        let file = try #require(BTreeReadAhead(path: scratch.path))
        try memory.database.read { db in
            let roots = try Self.roots(db)
            for (table, rowids) in [("unit", [Int64](stride(from: 1, through: 6_000, by: 37)) + [99_999, -4]),
                                    ("unit_key", [3, 1_500, 5_999, 1, 2_000]),
                                    ("posting", try Int64.fetchAll(db, sql: "SELECT rowid FROM posting"))] {
                let stored = Set(try Int64.fetchAll(db, sql: "SELECT rowid FROM \(table)"))
                let leaves = file.leaves(root: try #require(roots[table]), rowids: rowids)
                #expect(leaves.count > 1, "\(table) is one page")
                var held: [Int64] = []
                for leaf in leaves {
                    let onPage = Set(file.rows(onLeaf: leaf.page).map(\.rowid))
                    let present = leaf.rowids.filter(stored.contains)
                    #expect(present.allSatisfy(onPage.contains), "\(table) page \(leaf.page)")
                    held += present
                }
                #expect(held.sorted() == rowids.filter(stored.contains).sorted(), "\(table)")
            }
            // The commonest words' blocks spill: their overflow pages are those SQLite's page list names.
            let spilling = file.leaves(root: try #require(roots["posting"]), rowids: try Int64.fetchAll(db, sql: "SELECT rowid FROM posting"))
                .flatMap { file.rows(onLeaf: $0.page) }.filter { $0.overflow != nil }
            #expect(!spilling.isEmpty)
            let overflowPages = Set(try Int.fetchAll(db, sql: "SELECT pageno FROM dbstat WHERE name = 'posting' AND pagetype = 'overflow'"))
            #expect(spilling.allSatisfy { overflowPages.contains($0.overflow!) })
            #expect(spilling.map(\.overflowPages).reduce(0, +) == overflowPages.count)
        }
    }
}

/// What the read-ahead must refuse, or walk without harm.
@Suite struct BTreeReadAheadRefusalTests {
    @Test func refusesWhatIsNotAnSQLiteFile() throws {
        let scratch = ScratchMemory()
        try FileManager.default.createDirectory(at: scratch.directory, withIntermediateDirectories: true)
        try Data("not a database, only words".utf8).write(to: URL(fileURLWithPath: scratch.path))
        #expect(BTreeReadAhead(path: scratch.path) == nil)
        #expect(BTreeReadAhead(path: scratch.directory.appendingPathComponent("missing.sqlite").path) == nil)
    }

    @Test func pagesThatAreNoTreeGiveNothing() throws {
        let scratch = ScratchMemory()
        _ = try scratch.open().importUnits([pair("Harga naik.", "Prices rise.")], origin: "one", sourceLanguage: "id", targetLanguage: "en")
        let file = try #require(BTreeReadAhead(path: scratch.path))
        // Page 1 (the schema) is refused, pages past the end cannot be read.
        #expect(file.leaves(root: 1, rowids: [1]).isEmpty)
        #expect(file.leaves(root: 1 << 30, rowids: [1]).isEmpty)
        #expect(file.rowids(inIndex: 1 << 30, ranges: [([.integer(0)], [.integer(0)])]).isEmpty)
        #expect(file.rows(onLeaf: 1 << 30).isEmpty)
    }
}
