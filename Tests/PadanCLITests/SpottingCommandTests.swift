import Foundation
import Testing

@Suite struct SpottingCommandTests {
    /// Writes the team's own small pairs as TMX: each term in six sentences.
    static func writeTMX(in directory: URL) throws -> String {
        let subjects = [("Dewan Keamanan", "The Security Council"), ("Pasukan perdamaian", "The peacekeepers")]
        let predicates = [("bertemu di Jakarta.", "met in Jakarta."), ("mengecam serangan itu.", "condemned the attack."),
                          ("menolak usulan yang baru.", "rejected the new proposal."), ("tiba kemarin.", "arrived yesterday."),
                          ("meminta gencatan senjata.", "asked for a ceasefire."), ("membahas krisis pangan.", "discussed the food crisis.")]
        let units = subjects.flatMap { subject in
            predicates.map { "<tu><tuv xml:lang=\"id\"><seg>\(subject.0) \($0.0)</seg></tuv><tuv xml:lang=\"en\"><seg>\(subject.1) \($0.1)</seg></tuv></tu>" }
        }
        let path = directory.appendingPathComponent("desk.tmx").path
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="id" datatype="plaintext"/>
            <body>
            \(units.joined(separator: "\n"))
            </body></tmx>
            """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func searchHighlightsTheSpottedTranslationAndCountsRenderings() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let memory = directory.appendingPathComponent("memory.sqlite").path
        let tmx = try Self.writeTMX(in: directory)
        #expect(try PadanProcess.run(["memory", "import", tmx, "--memory", memory, "--quiet"]).status == 0)
        let search = try PadanProcess.run(["memory", "search", "Dewan Keamanan", "--memory", memory, "--limit", "2"])
        #expect(search.status == 0)
        #expect(search.standardOutput.contains("  The [Security Council] "), "\(search.standardOutput)")
        #expect(search.standardOutput.contains("Dewan Keamanan: Security Council 6  (over 6 hits)\n"), "\(search.standardOutput)")
        let json = try PadanProcess.run(["memory", "search", "Dewan Keamanan", "--memory", memory, "--json"])
        #expect(json.standardOutput.contains(#""spotText" : "Security Council""#))
        #expect(json.standardOutput.contains(#""spotRange" : ["#))
    }

    @Test func extractWritesAGlossaryTSVAndRefusesMissingInput() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let tmx = try Self.writeTMX(in: directory)
        let output = directory.appendingPathComponent("candidates.tsv").path
        let extracted = try PadanProcess.run(["term", "extract", "--tmx", tmx, "--min-frequency", "3", "-o", output, "--quiet"])
        #expect(extracted.status == 0, "\(extracted.standardError)")
        let tsv = try String(contentsOfFile: output, encoding: .utf8)
        #expect(tsv.hasPrefix("indonesian\tenglish\talternatives\tforbidden\tdomain\tpos\tacronym\tnote\n"))
        #expect(tsv.contains("\nDewan Keamanan\tSecurity Council\t"), "\(tsv)")
        #expect(!tsv.contains("\nyang\t"))

        let missing = try PadanProcess.run(["term", "extract", "--tmx", directory.appendingPathComponent("none.tmx").path, "-o", output])
        #expect(missing.status == 66, "\(missing.standardError)")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == tsv)
    }
}
