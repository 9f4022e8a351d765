import Foundation
import Testing

/// `language-tags.tmx` tags its Indonesian `in`, `IN`, `in-ID`, `id-ID` and `ID` and its English
/// `en`, `EN-GB`, `en-GB`, `EN-US` and `en_US`, and holds a German–French unit and an
/// Indonesian–Malay one.
@Suite struct LanguageTagCommandTests {
    @Test func everyTagImportsAsIndonesianEnglishAndOtherPairsAreKept() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let memory = directory.appendingPathComponent("memory.sqlite").path
        let input = try MemoryCommandTests.fixture("language-tags")

        let imported = try PadanProcess.run(["memory", "import", input, "--memory", memory, "--quiet"])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput.hasSuffix(
            "language-tags.tmx: 7 units added (2 not id → en: kept for export, not used for lookups)\n"))

        for (query, english) in [("Feri itu berangkat dari Merak pukul enam pagi.", "The ferry left Merak at six in the morning."),
                                 ("Harga cabai di pasar Cianjur naik tajam.", "Chilli prices at the Cianjur market rose sharply."),
                                 ("Bupati meresmikan jembatan gantung baru di desa itu.", "The regent opened a new suspension bridge in the village."),
                                 ("Banjir merendam ratusan rumah di pinggir sungai.", "Floods submerged hundreds of houses along the river."),
                                 ("Kereta cepat itu mengangkut seribu penumpang pada hari pertama.",
                                  "The high-speed train carried a thousand passengers on its first day.")] {
            let lookup = try PadanProcess.run(["memory", "lookup", query, "--memory", memory])
            #expect(lookup.standardOutput.hasPrefix("100%  \(query)\n      \(english)\n"), "\(lookup.standardOutput)")
        }
        let german = try PadanProcess.run(["memory", "lookup", "Die Fähre legte um sechs Uhr ab.", "--memory", memory])
        #expect(german.status == 0 && german.standardOutput.hasPrefix("no match"))

        let stats = try PadanProcess.run(["memory", "stats", "--memory", memory])
        #expect(stats.standardOutput.contains("units:       7 (5 searchable, 2 of other language pairs kept for export)\n"))
        #expect(stats.standardOutput.contains("        5  id → en\n"))
        #expect(stats.standardOutput.contains("        1  de → fr\n"))
        #expect(stats.standardOutput.contains("        1  id → ms\n"))

        // Export gives every unit back with the tags it came with.
        let exported = try MemoryCommandTests.export(memory, in: directory)
        let tags = { (text: String) in
            text.split(separator: "\n").compactMap { line in
                line.range(of: #"xml:lang="[^"]*""#, options: .regularExpression).map { String(line[$0]) }
            }
        }
        let original = try String(contentsOfFile: input, encoding: .utf8)
        #expect(tags(exported) == tags(original))
        #expect(exported.contains("<seg>Die Fähre legte um sechs Uhr ab.</seg>"))
    }
}
