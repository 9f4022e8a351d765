import Foundation
import GRDB
import Testing
@testable import Memory
import TMX

@Suite struct MemoryStoreTests {
    static let taggedUnit = TranslationUnit(
        attributes: [TMXAttribute("tuid", "42"), TMXAttribute("creationdate", "20180412T093000Z"), TMXAttribute("x-desk", "politik")],
        notes: [TMXNote("diperiksa redaktur", attributes: [TMXAttribute("xml:lang", "id")])],
        properties: [TMXProperty(type: "x-padan-confidence", value: "0.87"), TMXProperty(type: "x-article", value: "antara-0412")],
        variants: [
            TranslationVariant(language: "id-ID", segment: Segment([
                .text("Menteri "),
                .tag(InlineTag(.bpt, attributes: [TMXAttribute("i", "1")], content: [.text("<b>")])),
                .text("Pertahanan"),
                .tag(InlineTag(.ept, attributes: [TMXAttribute("i", "1")], content: [.text("</b>")])),
                .text(" tiba di "),
                .tag(InlineTag(.hi, attributes: [TMXAttribute("type", "place")], content: [.text("Jakarta")])),
                .text("."),
            ]), notes: [TMXNote("judul")], properties: [TMXProperty(type: "x-style", value: "lead")]),
            TranslationVariant(language: "en-GB", segment: Segment(text: "The Defence Minister arrived in Jakarta."),
                               attributes: [TMXAttribute("changeid", "editor")]),
        ])

    @Test func unitEncodingKeepsEverything() throws {
        let texts = (source: Self.taggedUnit.variants[0].segment.plainText, target: Self.taggedUnit.variants[1].segment.plainText)
        #expect(try UnitCoding.decode(UnitCoding.encode(Self.taggedUnit, texts: texts), texts: texts) == Self.taggedUnit)
    }

    @Test func exportGivesBackWhatWasImportedAndDropsExactDuplicates() throws {
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        let plain = pair("Harga minyak naik.", "Oil prices rose.")
        let summary = try memory.importUnits([Self.taggedUnit, plain, plain, Self.taggedUnit], origin: "a.tmx",
                                             sourceLanguage: "id", targetLanguage: "en")
        #expect(summary == ImportSummary(read: 4, added: 2, duplicates: 2, missingLanguage: 0, otherPairs: 0))
        let again = try memory.importUnits([plain, pair("Harga minyak naik.", "Oil prices went up.")], origin: "b.tmx",
                                           sourceLanguage: "id", targetLanguage: "en")
        #expect(again.added == 1 && again.duplicates == 1)
        #expect(try allUnits(memory) == [Self.taggedUnit, plain, pair("Harga minyak naik.", "Oil prices went up.")])

        let stats = try memory.stats()
        #expect(stats.units == 3)
        #expect(stats.origins == [.init(name: "a.tmx", units: 2), .init(name: "b.tmx", units: 1)])
        #expect(stats.oldest == TMXDate.parse("20180412T093000Z"))
    }

    /// Term ids are given while reading and rows are written in batches: a memory filled by two
    /// imports (the second meeting old and new words, and duplicates of the first) must index its
    /// words as one import of the same units does.
    @Test func twoImportsIndexWordsAsOneImportDoes() throws {
        let places = ["Bekasi", "Bogor", "Depok", "Tangerang", "Serang"]
        // Units 60 to 89, only in the second import, bring new words on both sides.
        let verbs = [("memperbaiki", "repaired"), ("membangun", "built"), ("meresmikan", "opened")]
        let units = (0..<90).map { index in
            let (kata, verb) = verbs[index / 30]
            return pair("Warga \(places[index % 5]) \(kata) jembatan ke-\(index % 11) pada hari \(index % 7).",
                        "Residents of \(places[index % 5]) \(verb) bridge \(index % 11) on day \(index % 7).")
        }
        let once = ScratchMemory(), twice = ScratchMemory()
        let whole = try once.open(), split = try twice.open()
        _ = try whole.importUnits(units, origin: "a.tmx", sourceLanguage: "id", targetLanguage: "en")
        let first = try split.importUnits(units[..<40], origin: "a.tmx", sourceLanguage: "id", targetLanguage: "en")
        let second = try split.importUnits(units[25...], origin: "a.tmx", sourceLanguage: "id", targetLanguage: "en")
        #expect(first.added == 40 && second.added == 50 && second.duplicates == 15)

        func terms(_ memory: TranslationMemory) throws -> [[String]] {
            try memory.database.read { db in
                try Row.fetchAll(db, sql: "SELECT id, side, key, unit_count, base FROM term ORDER BY id").map { row in
                    (0..<5).map { (row[$0] as DatabaseValue).description }
                }
            }
        }
        func unitKeys(_ memory: TranslationMemory) throws -> [Data] {
            try memory.database.read { db in try Data.fetchAll(db, sql: "SELECT source_keys FROM unit_key ORDER BY id") }
        }
        #expect(try terms(split) == terms(whole))
        #expect(try unitKeys(split) == unitKeys(whole))
        // The import date differs between the two memories; ids, scores and texts must not.
        func matches(_ memory: TranslationMemory, _ query: String) throws -> [String] {
            try memory.lookup(query, limit: 5, threshold: 60).map { "\($0.unitID) \($0.score) \($0.target)" }
        }
        for unit in units.prefix(12) + [pair("Warga Bogor memperbaiki jembatan pada hari Minggu.", "")] {
            let query = unit.variants[0].segment.plainText
            #expect(try matches(split, query) == matches(whole, query))
            #expect(try !matches(whole, query).isEmpty)
        }
    }

    @Test func exportFiltersByOriginDateAndLanguage() throws {
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        let old = pair("Satu.", "One.", attributes: [TMXAttribute("creationdate", "20150101T000000Z")])
        let recent = pair("Dua.", "Two.", attributes: [TMXAttribute("creationdate", "20200101T000000Z")])
        try memory.importUnits([old, recent], origin: "x.tmx", sourceLanguage: "id", targetLanguage: "en")
        try memory.importUnits([pair("Tiga.", "Three.")], origin: "y.tmx", sourceLanguage: "id", targetLanguage: "en")
        func exported(_ filter: ExportFilter) throws -> [TranslationUnit] {
            var units: [TranslationUnit] = []
            try memory.export(filter: filter) { units.append($0) }
            return units
        }
        #expect(try exported(ExportFilter(origin: "x.tmx")) == [old, recent])
        #expect(try exported(ExportFilter(since: TMXDate.parse("20190101T000000Z"))).map { $0.variants[0].segment.plainText } == ["Dua.", "Tiga."])
        #expect(try exported(ExportFilter(sourceLanguage: "en")).isEmpty)
        #expect(try exported(ExportFilter(sourceLanguage: "id", targetLanguage: "en")).count == 3)
    }

    @Test func lookupFindsExactAndFuzzyMatchesAndAdaptsNumbers() throws {
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        try memory.importUnits([
            pair("Pada 2018 ekonomi Indonesia tumbuh 5,2 persen.", "In 2018 Indonesia's economy grew 5.2 percent."),
            pair("Presiden meresmikan bendungan baru di Jawa Barat.", "The president opened a new dam in West Java."),
            pair("Harga beras naik tajam bulan lalu.", "Rice prices rose sharply last month."),
        ], origin: "news.tmx", sourceLanguage: "id", targetLanguage: "en")

        let exact = try memory.lookup("Presiden meresmikan bendungan baru di Jawa Barat.")
        #expect(exact.map(\.score) == [100])
        #expect(exact.first?.origin == "news.tmx")

        let numbers = try #require(try memory.lookup("Pada 2019 ekonomi Indonesia tumbuh 5,0 persen.").first)
        #expect(abs(numbers.score - 100 * (1 - 0.4 / 7)) < 1e-9)
        #expect(numbers.adaptedTarget == "In 2019 Indonesia's economy grew 5.0 percent.")

        let fuzzy = try memory.lookup("Presiden meresmikan bendungan di Jawa Tengah.", threshold: 50)
        #expect(fuzzy.count == 1 && fuzzy[0].adaptedTarget == nil)
        #expect(try memory.lookup("Presiden meresmikan bendungan di Jawa Tengah.", threshold: 80).isEmpty)
        #expect(throws: MemoryError.self) { try memory.lookup("x", threshold: 0) }
    }

    @Test func concordanceSearchesEitherSideWithExtraForms() throws {
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        try memory.importUnits([
            pair("Presiden berkunjung ke Tokyo.", "The president visited Tokyo."),
            pair("Kunjungan kenegaraan itu berlangsung dua hari.", "The state visit lasted two days."),
            pair("Kenegaraan dan kunjungan dibahas.", "Statehood and visits were discussed."),
        ], origin: nil, sourceLanguage: "id", targetLanguage: "en")

        let phrase = try memory.concordance("kunjungan kenegaraan", in: .source)
        #expect(phrase.map(\.source) == ["Kunjungan kenegaraan itu berlangsung dua hari.", "Kenegaraan dan kunjungan dibahas."])
        #expect(phrase.map(\.isPhrase) == [true, false])
        #expect(phrase[0].ranges == [0..<9, 10..<20])

        let forms = try memory.concordance("kunjungan", in: .source) { $0 == "kunjungan" ? ["berkunjung", "mengunjungi"] : [] }
        #expect(forms.count == 3)
        #expect(try memory.concordance("VISIT", in: .target).map(\.target) == ["The state visit lasted two days."])
        #expect(try memory.concordance("Tokyo", in: .target).count == 1)
    }

    @Test func concordanceFindsIndonesianAffixedFormsByTheirBase() throws {
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        try memory.importUnits([
            pair("Persenjataan TNI diperbarui tahun ini.", "The armed forces' weaponry is being renewed this year."),
            pair("Polisi menyita senjata-senjata rakitan.", "Police seized home-made weapons."),
            pair("Kelompok bersenjata menyerang pos itu.", "An armed group attacked the post."),
            pair("Senjata itu ditemukan di sungai.", "The weapon was found in the river."),
            pair("Sejak pagi hujan turun.", "It has rained since morning."),
        ], origin: nil, sourceLanguage: "id", targetLanguage: "en")

        let byBase = try memory.concordance("senjata", in: .source)
        #expect(Set(byBase.map(\.source)) == ["Persenjataan TNI diperbarui tahun ini.", "Polisi menyita senjata-senjata rakitan.",
                                               "Kelompok bersenjata menyerang pos itu.", "Senjata itu ditemukan di sungai."])
        let reduplicated = try #require(byBase.first { $0.source.hasPrefix("Polisi") })
        #expect(reduplicated.ranges == [15..<30])
        // An affixed query word finds the other forms of its base too.
        #expect(try memory.concordance("persenjataan", in: .source).count == 4)
        // Exact matching and the English side match surface words only.
        #expect(try memory.concordance("senjata", in: .source, exact: true).map(\.source) == ["Senjata itu ditemukan di sungai."])
        #expect(try memory.concordance("weapon", in: .target).map(\.target) == ["The weapon was found in the river."])
        // Every word must occur, each in any of its forms.
        #expect(try memory.concordance("tahun senjata", in: .source).map(\.source) == ["Persenjataan TNI diperbarui tahun ini."])
    }

    @Test func sourceWordsOfOtherLanguagesGetNoIndonesianBase() throws {
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        let malay = TranslationUnit(variants: [
            TranslationVariant(language: "ms", segment: Segment(text: "Persenjataan baru.")),
            TranslationVariant(language: "en", segment: Segment(text: "New weaponry.")),
        ])
        try memory.importUnits([malay], origin: nil, sourceLanguage: "ms", targetLanguage: "en")
        let bases = try memory.database.read { db in try String.fetchAll(db, sql: "SELECT base FROM term WHERE base IS NOT NULL") }
        #expect(bases.isEmpty)
        #expect(try memory.concordance("senjata", in: .source).isEmpty)
    }

    @Test func defaultPathHonoursPadanHome() {
        #expect(TranslationMemory.defaultPath(environment: ["PADAN_HOME": "/srv/padan", "HOME": "/home/a"]) == "/srv/padan/memory.sqlite")
        #expect(TranslationMemory.defaultPath(environment: ["HOME": "/home/a"]) == "/home/a/.local/share/padan/memory.sqlite")
    }
}
