import Foundation
import Testing
@testable import Memory
import TMX

/// The indexed lookup must give exactly what scoring every unit gives, on random memories.
@Suite struct LookupCompletenessTests {
    static let vocabulary = ["presiden", "menteri", "jakarta", "tiba", "di", "yang", "dan", "itu", "pada", "hari",
                             "senin", "harga", "minyak", "naik", "turun", "persen", "ekonomi", "tumbuh", "Bank", "Indonesia",
                             "kata", "dia", "kepada", "wartawan", "pemerintah", "akan", "tahun", "ini", "ASEAN", "KTT",
                             "bendungan", "baru", "Jawa", "Barat", "polisi", "menangkap", "tersangka", "korupsi"]
    static let marks = [",", ".", "!", "(", ")"]

    static func sentence(_ random: inout SeededGenerator) -> String {
        let length = Int.random(in: 1...14, using: &random)
        return (0..<length).map { _ -> String in
            switch Int.random(in: 0..<10, using: &random) {
            case 0: String(Int.random(in: 1...2030, using: &random))
            case 1: marks.randomElement(using: &random)!
            default: vocabulary.randomElement(using: &random)!
            }
        }.joined(separator: " ")
    }

    static func perturb(_ text: String, _ random: inout SeededGenerator) -> String {
        var words = text.split(separator: " ").map(String.init)
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            let place = Int.random(in: 0...words.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: words.insert(vocabulary.randomElement(using: &random)!, at: place)
            case 1 where place < words.count: words.remove(at: place)
            case 2 where place < words.count: words[place] = words[place].uppercased()
            case 3 where place < words.count: words[place] = String(Int.random(in: 1...99, using: &random))
            default: words.insert(marks.randomElement(using: &random)!, at: place)
            }
        }
        return words.joined(separator: " ")
    }

    /// The top 5 at `threshold` by scoring every one of `stored` (score, position, text); ties
    /// broken by storage order, as unit ids are.
    static func reference(_ query: String, _ stored: [String], threshold: Double) -> ArraySlice<(Double, Int, String)> {
        stored.enumerated()
            .map { (FuzzyScore.score(query, $0.element).percentage, $0.offset, $0.element) }
            .filter { $0.0 >= threshold }
            .sorted { ($1.0, $0.1) < ($0.0, $1.1) }
            .prefix(5)
    }

    /// Low thresholds (1, 40) are where the bound-ordered search stops early instead of scoring
    /// every candidate: they must still give exactly the full scan's top 5.
    @Test(arguments: [(UInt64(1), 50.0), (2, 70), (3, 70), (4, 85), (5, 95), (6, 1), (7, 1), (8, 40), (9, 40)])
    func indexedTopKEqualsFullScan(seed: UInt64, threshold: Double) throws {
        var random = SeededGenerator(state: seed)
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        let sentences = (0..<400).map { _ in Self.sentence(&random) }
        // Two imports, so postings come in several blocks.
        for half in [sentences[..<200], sentences[200...]] {
            try memory.importUnits(half.map { pair($0, "EN " + $0) }, origin: "random", sourceLanguage: "id", targetLanguage: "en")
        }
        let scan = try memory.loadFullScan()
        let stored = try allUnits(memory).map { $0.variants[0].segment.plainText }
        var compared = 0
        for index in 0..<150 {
            let query = index % 3 == 0 ? Self.sentence(&random) : Self.perturb(stored.randomElement(using: &random)!, &random)
            let reference = Self.reference(query, stored, threshold: threshold)
            let indexed = try memory.lookup(query, limit: 5, threshold: threshold)
            #expect(indexed.map(\.score) == reference.map(\.0), "query: \(query)")
            #expect(indexed.map(\.source) == reference.map(\.2), "query: \(query)")
            // The minimal prefix (no counting) and a partly extended one find the same.
            for budget in [0, 150] {
                #expect(try memory.lookup(query, limit: 5, threshold: threshold, postingBudget: budget) == indexed, "budget \(budget), query: \(query)")
            }
            #expect(try scan.lookup(query, limit: 5, threshold: threshold) == indexed)
            compared += reference.count
        }
        // The comparison must not be vacuous.
        #expect(compared > 25)
    }

    /// Wire copy repeats sentences with other numbers: hundreds of units share the query's keys
    /// (every number alike), and a unit whose text hash is not the query's is bounded below 100
    /// unread. Exact copies stored late, near copies differing by case or a mark, and a query
    /// that is not ASCII (no hash) must still give the full scan's top 5, ties by unit id.
    @Test(arguments: [1.0, 40, 70, 95])
    func nearCopiesWithOtherNumbersGiveTheFullScansTopFive(threshold: Double) throws {
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        var sentences = (0..<300).map { "BPBD mencatat \($0 % 37 + 1) kejadian banjir sepanjang \(1990 + $0 % 35)." }
        sentences[40] = "BPBD mencatat 6 kejadian banjir sepanjang 2023."
        sentences += ["BPBD Mencatat 6 kejadian banjir sepanjang 2023.", "BPBD mencatat 6 kejadian banjir sepanjang 2023!",
                      "BPBD mencatat 6 kejadian banjir sepanjang 2023.", "BPBD mencatat 6 kejadian  banjir sepanjang 2023 .",
                      "BPBD mencatat 6 kejadian banjir di Garut sepanjang 2023.", "BPBD mencatat 6 kejadian banjir sepanjang 2023."]
        try memory.importUnits(sentences.enumerated().map { pair($0.element, "EN \($0.offset) " + $0.element) },
                               origin: "numbers", sourceLanguage: "id", targetLanguage: "en")
        let scan = try memory.loadFullScan()
        let stored = try allUnits(memory).map { $0.variants[0].segment.plainText }
        for query in ["BPBD mencatat 6 kejadian banjir sepanjang 2023.", "BPBD mencatat 99 kejadian banjir sepanjang 1900.",
                      "bpbd mencatat 6 kejadian banjir sepanjang 2023", "BPBD mencatat 6 kejadian banjir sepanjang 2023 …"] {
            let reference = Self.reference(query, stored, threshold: threshold)
            let indexed = try memory.lookup(query, limit: 5, threshold: threshold)
            #expect(indexed.map(\.score) == reference.map(\.0), "query: \(query)")
            #expect(indexed.map(\.unitID) == reference.map { Int64($0.1 + 1) }, "query: \(query)")
            #expect(try scan.lookup(query, limit: 5, threshold: threshold) == indexed, "query: \(query)")
        }
    }
}
