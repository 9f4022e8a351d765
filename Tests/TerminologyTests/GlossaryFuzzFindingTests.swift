import Testing
@testable import Terminology

/// Inputs fuzz-glossary-tsv and fuzz-glossary-csv (`Fuzz/`) found crashing the glossary reader.
@Suite struct GlossaryFuzzFindingTests {
    /// A header row naming a column twice made the column map shorter than the row, and a row
    /// as long as the map was read past its end: "Index out of range", the process gone.
    @Test(arguments: ["fuzz-repeated-column.tsv", "fuzz-repeated-column.csv"])
    func aColumnNamedTwiceIsAnErrorNamingBothPlaces(name: String) throws {
        let error = #expect(throws: GlossaryError.self) { try Glossary.load(paths: [try fixture(name)]) }
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(diagnostic.location.line == 1)
        #expect(diagnostic.message.contains("appears twice in the header row"))
        #expect(diagnostic.message.contains("columns 1 and"))
    }

    @Test func lenientlyTheFileGivesNoEntriesAndTheSameError() throws {
        let (glossary, diagnostics) = try Glossary.load(paths: [try fixture("fuzz-repeated-column.tsv")], lenient: true)
        #expect(glossary.entries.isEmpty)
        #expect(diagnostics.contains { $0.severity == .error && $0.message.contains("\"indonesian\" appears twice") })
    }
}
