import Foundation
import Testing
@testable import Memory
import TMX

/// Units tagged with every form of Indonesian and English CAT tools write, and units of other pairs.
@Suite struct LanguagePairTests {
    static let indonesianTags = ["in", "IN", "in-ID", "id-ID", "ID", "in_ID"]
    static let englishTags = ["en-GB", "EN-US", "en_US", "EN", "en", "en-AU"]

    func unit(_ sourceTag: String, _ source: String, _ targetTag: String, _ target: String) -> TranslationUnit {
        TranslationUnit(variants: [TranslationVariant(language: sourceTag, segment: Segment(text: source)),
                                   TranslationVariant(language: targetTag, segment: Segment(text: target))])
    }

    /// One unit per tag pair, each with its own sentence.
    var taggedUnits: [TranslationUnit] {
        zip(Self.indonesianTags, Self.englishTags).enumerated().map { index, tags in
            unit(tags.0, "Kapal nomor \(index + 1) berlabuh di Tanjung Priok.", tags.1, "Ship number \(index + 1) docked at Tanjung Priok.")
        }
    }

    @Test func everyIndonesianAndEnglishTagIsImportedAsIdEnAndFound() throws {
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        let summary = try memory.importUnits(taggedUnits, origin: "tags.tmx", sourceLanguage: "id", targetLanguage: "en")
        #expect(summary.added == 6 && summary.otherPairs == 0 && summary.missingLanguage == 0)
        for index in 1...6 {
            let best = try #require(try memory.lookup("Kapal nomor \(index) berlabuh di Tanjung Priok.", limit: 1).first)
            #expect(best.score == 100)
            #expect(best.target == "Ship number \(index) docked at Tanjung Priok.")
            #expect(best.sourceLanguage.hasPrefix("id"))
        }
        let stats = try memory.stats()
        #expect(stats.searchableUnits == 6)
        #expect(stats.languagePairs == [MemoryStats.Group(name: "id → en", units: 6)])
        // The file's own tags come back on export.
        #expect(try allUnits(memory) == taggedUnits)
        // `in` selects Indonesian under any tag.
        var selected = 0
        try memory.export(filter: ExportFilter(sourceLanguage: "in", targetLanguage: "en")) { _ in selected += 1 }
        #expect(selected == 6)
    }

    @Test func unitsOfOtherPairsAreKeptCountedAndExportedButNeverLookedUp() throws {
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        var german = unit("de", "Die Fähre legte in Merak ab.", "fr", "Le ferry est parti de Merak.")
        german.attributes = [TMXAttribute("srclang", "de")]
        german.notes = [TMXNote("kept as it came")]
        let frenchFirst = unit("fr", "Le train est arrivé.", "de", "Der Zug kam an.")
        let indonesianOnly = TranslationUnit(variants: [TranslationVariant(language: "in-ID", segment: Segment(text: "Kapal berlabuh di Merak."))])
        var untaggedVariant = TranslationVariant(language: "", segment: Segment(text: "?"))
        untaggedVariant.attributes = []
        let untagged = TranslationUnit(variants: [untaggedVariant])
        let indonesian = unit("id", "Kapal berlabuh di Merak.", "en", "The ship docked at Merak.")
        let units = [german, frenchFirst, indonesianOnly, untagged, indonesian]
        let summary = try memory.importUnits(units, origin: "mixed.tmx", sourceLanguage: "id", targetLanguage: "en")
        #expect(summary == ImportSummary(read: 5, added: 4, duplicates: 0, missingLanguage: 1, otherPairs: 3))

        // Lookups and concordance see only the id → en unit, even for another pair's exact text.
        #expect(try memory.lookup("Die Fähre legte in Merak ab.", threshold: 1).map(\.target) == ["The ship docked at Merak."])
        #expect(try memory.lookup("Kapal berlabuh di Merak.").map(\.target) == ["The ship docked at Merak."])
        #expect(try memory.concordance("Merak", in: .source).map(\.target) == ["The ship docked at Merak."])
        #expect(try memory.concordance("ferry", in: .target).isEmpty)

        let stats = try memory.stats()
        #expect(stats.units == 4 && stats.searchableUnits == 1)
        #expect(Set(stats.languagePairs) == [MemoryStats.Group(name: "de → fr", units: 1), MemoryStats.Group(name: "fr → de", units: 1),
                                             MemoryStats.Group(name: "id → ", units: 1), MemoryStats.Group(name: "id → en", units: 1)])
        // Export gives every kept unit back unchanged, in import order.
        #expect(try allUnits(memory) == [german, frenchFirst, indonesianOnly, indonesian])

        // A second import of the same units finds every one of them a duplicate.
        let again = try memory.importUnits(units, origin: "mixed.tmx", sourceLanguage: "id", targetLanguage: "en")
        #expect(again.added == 0 && again.duplicates == 4, "\(again)")
    }
}
