import Foundation
import Lexicon
import Testing
@testable import Memory
import TMX

/// Units written for these tests: a subject, a verb and a place, each with one rendering, in
/// every combination, so that Model 1 can tell which word translates which.
private func desk(_ subjects: ArraySlice<(String, String)>) -> [TranslationUnit] {
    let verbs = [("mengunjungi", "visited"), ("meninggalkan", "left"), ("memuji", "praised")]
    let places = [("Bandung", "Bandung"), ("pelabuhan", "the port"), ("pasar", "the market"), ("sekolah", "the school")]
    return subjects.flatMap { subject in
        verbs.flatMap { verb in
            places.map { place in
                pair("\(subject.0) \(verb.0) \(place.0) kemarin.", "\(subject.1) \(verb.1) \(place.1) yesterday.")
            }
        }
    }
}

private let subjects = [("Gubernur", "The governor"), ("Menteri", "The minister"), ("Presiden", "The president"),
                        ("Wartawan", "The reporter"), ("Dokter", "The doctor"), ("Polisi", "The police")]

/// The count of one pair in the memory's table, 0 when absent.
private func count(_ memory: TranslationMemory, _ source: String, _ target: String) throws -> Double {
    try memory.wordTranslationCounts(minimumCount: 0).pairs.first { $0.key.source == source && $0.key.target == target }?.value ?? 0
}

@Suite struct WordTranslationTableTests {
    @Test func theTableGrowsWithEveryImportAndLearnsTranslations() throws {
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        #expect(try memory.wordTranslationCounts().isEmpty)
        _ = try memory.importUnits(desk(subjects.prefix(3)), origin: "a.tmx", sourceLanguage: "id", targetLanguage: "en")
        let first = try count(memory, "pasar", "market")
        #expect(first > 3)
        #expect(try count(memory, "dokter", "doctor") == 0)
        let model = WordTranslationModel(counts: try memory.wordTranslationCounts())
        #expect(model.translations(ofSource: "pasar").max { $0.association < $1.association }?.target == "market")
        #expect(model.translations(ofSource: "mengunjungi").isEmpty)   // words count by their root, kunjung
        #expect(model.translations(ofSource: "kunjung").max { $0.association < $1.association }?.target == "visit")   // and English words by their stem

        _ = try memory.importUnits(desk(subjects.suffix(3)), origin: "b.tmx", sourceLanguage: "id", targetLanguage: "en")
        #expect(try count(memory, "pasar", "market") > first + 3)
        #expect(try count(memory, "dokter", "doctor") > 3)

        // Duplicates store nothing, so they teach nothing.
        let before = try memory.wordTranslationCounts(minimumCount: 0)
        let again = try memory.importUnits(desk(subjects.prefix(2)), origin: "c.tmx", sourceLanguage: "id", targetLanguage: "en")
        #expect(again.added == 0)
        #expect(try memory.wordTranslationCounts(minimumCount: 0) == before)
    }

    @Test func theTableSurvivesExportAndImportAndCanBeRebuilt() throws {
        let scratch = ScratchMemory(), copy = ScratchMemory()
        let memory = try scratch.open()
        _ = try memory.importUnits(desk(subjects[...]), origin: "a.tmx", sourceLanguage: "id", targetLanguage: "en")
        let original = try memory.wordTranslationCounts(minimumCount: 0)
        #expect(original.count > 20)

        let exported = try exportFile(memory, in: scratch)
        let imported = try copy.open()
        _ = try imported.importUnits(exported.units, origin: "export.tmx", sourceLanguage: "id", targetLanguage: "en")
        let restored = try imported.wordTranslationCounts(minimumCount: 0)
        #expect(Set(restored.pairs.keys) == Set(original.pairs.keys))
        for (pair, value) in original.pairs { #expect(abs((restored.pairs[pair] ?? 0) - value) < 1e-9) }

        try memory.database.write { db in try db.execute(sql: "DELETE FROM lexicon_count") }
        #expect(try memory.wordTranslationCounts().isEmpty)
        #expect(try memory.rebuildWordTranslations() == original.count)
        let rebuilt = try memory.wordTranslationCounts(minimumCount: 0)
        for (pair, value) in original.pairs { #expect(abs((rebuilt.pairs[pair] ?? 0) - value) < 1e-9) }
    }

    @Test func onlyIndonesianToEnglishUnitsCount() throws {
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        _ = try memory.importUnits(desk(subjects.prefix(2)), origin: "en-id.tmx", sourceLanguage: "en", targetLanguage: "id")
        #expect(try memory.stats().units == 24)
        #expect(try memory.wordTranslationCounts(minimumCount: 0).isEmpty)
    }

    @Test func aBrokenImportLeavesTheTableAsItWas() throws {
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        _ = try memory.importUnits(desk(subjects.prefix(2)), origin: "a.tmx", sourceLanguage: "id", targetLanguage: "en")
        let before = try memory.wordTranslationCounts(minimumCount: 0)
        struct Broken: Error {}
        var units = desk(subjects.suffix(2)).makeIterator()
        var served = 0
        #expect(throws: (any Error).self) {
            try memory.importUnits(from: {
                served += 1
                if served == 20 { throw Broken() }
                return units.next()
            }, origin: "broken.tmx", sourceLanguage: "id", targetLanguage: "en")
        }
        #expect(try memory.wordTranslationCounts(minimumCount: 0) == before)
    }
}
