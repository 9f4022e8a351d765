import Foundation
import Testing

/// `padan term export --format omegat`: what OmegaT's `glossary/` folder reads.
@Suite struct TermExportOmegaTTests {
    static let glossary = """
        indonesian\tenglish\talternatives\tforbidden\tdomain\tpos\tacronym\tnote
        KTT | konferensi tingkat tinggi\tsummit\tsummit meeting\thigh-level conference\tdiplomacy\tnoun\tyes\tSpelled out on first use.
        pesawat nirawak\tdrone\tunmanned aerial vehicle | UAV\t\tmilitary\tnoun\tno\t
        Gedung Putih\tWhite House\t\t\tinternational\tproperNoun\tno\tPlace of the “Oval Office”.

        """

    @Test func writesSourceTargetCommentPerSpellingInUTF8() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("terms.tsv")
        try Self.glossary.write(to: input, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("glossary/padan.txt")
        try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)

        let result = try PadanProcess.run(["term", "export", "--glossary", input.path, "--format", "omegat", "-o", output.path])
        #expect(result.status == 0, "\(result.standardError)")
        let bytes = try Data(contentsOf: output)
        #expect(String(data: bytes, encoding: .utf8) == """
            KTT\tsummit\talso: summit meeting · not: high-level conference · Spelled out on first use.
            konferensi tingkat tinggi\tsummit\talso: summit meeting · not: high-level conference · Spelled out on first use.
            pesawat nirawak\tdrone\talso: unmanned aerial vehicle, UAV
            Gedung Putih\tWhite House\tPlace of the “Oval Office”.

            """)
        #expect(bytes.prefix(3) != Data([0xEF, 0xBB, 0xBF]), "no byte-order mark")

        // Standard output without -o.
        let printed = try PadanProcess.run(["term", "export", "--glossary", input.path, "--format", "omegat"])
        #expect(printed.standardOutput == String(data: bytes, encoding: .utf8))
        let unknown = try PadanProcess.run(["term", "export", "--glossary", input.path, "--format", "wordfast"])
        #expect(unknown.status == 64)
    }
}
