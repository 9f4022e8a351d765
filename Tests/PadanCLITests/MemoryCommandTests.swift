import Foundation
import Testing

@Suite(.serialized) struct MemoryCommandTests {
    static func fixture(_ name: String) throws -> String {
        try #require(Bundle.module.url(forResource: name, withExtension: "tmx", subdirectory: "Fixtures")).path
    }

    /// A scratch directory with a memory that holds `memory-news.tmx`.
    static func seededMemory() throws -> (directory: URL, memory: String) {
        let directory = try PadanProcess.temporaryDirectory()
        let memory = directory.appendingPathComponent("memory.sqlite").path
        let result = try PadanProcess.run(["memory", "import", try fixture("memory-news"), "--memory", memory, "--quiet"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasSuffix("memory-news.tmx: 4 units added\n"))
        return (directory, memory)
    }

    static func export(_ memory: String, in directory: URL) throws -> String {
        let path = directory.appendingPathComponent("export-\(UUID().uuidString).tmx").path
        let result = try PadanProcess.run(["memory", "export", "-o", path, "--memory", memory])
        #expect(result.status == 0, "\(result.standardError)")
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    static func unitCount(_ memory: String) throws -> Int {
        let result = try PadanProcess.run(["memory", "stats", "--json", "--memory", memory])
        #expect(result.status == 0, "\(result.standardError)")
        let json = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        return try #require((json?["result"] as? [String: Any])?["units"] as? Int)
    }

    /// A match's day is its unit's UTC date, at the edges where calendar arithmetic goes wrong:
    /// a leap day, the last second of a year, a century that is not a leap year, before 1970.
    @Test func matchDaysAreTheUnitsUTCDates() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let dated = [("20000229T235959Z", "2000-02-29"), ("19991231T235959Z", "1999-12-31"),
                     ("21000301T000000Z", "2100-03-01"), ("19650704T120000Z", "1965-07-04")]
        let units = dated.enumerated().map { index, date in
            """
                <tu tuid="\(index + 1)" creationdate="\(date.0)">
                  <tuv xml:lang="id"><seg>Banjir melanda desa nomor \(index + 1) kemarin sore.</seg></tuv>
                  <tuv xml:lang="en"><seg>Floods hit village number \(index + 1) yesterday afternoon.</seg></tuv>
                </tu>
            """
        }.joined(separator: "\n")
        let tmx = directory.appendingPathComponent("dated.tmx")
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="test" creationtoolversion="1" datatype="plaintext" segtype="sentence"
              adminlang="en" srclang="id" o-tmf="test"/><body>
            \(units)
            </body></tmx>
            """.write(to: tmx, atomically: true, encoding: .utf8)
        let memory = directory.appendingPathComponent("memory.sqlite").path
        let imported = try PadanProcess.run(["memory", "import", tmx.path, "--memory", memory, "--quiet"])
        #expect(imported.status == 0, "\(imported.standardError)")
        for (index, date) in dated.enumerated() {
            let lookup = try PadanProcess.run(["memory", "lookup", "Banjir melanda desa nomor \(index + 1) kemarin sore.", "--memory", memory])
            #expect(lookup.standardOutput.contains("dated.tmx · \(date.1) · unit \(index + 1)\n"), "\(lookup.standardOutput)")
        }
    }

    @Test func importLookupSearchAndExportKeepWhatCameIn() throws {
        let (directory, memory) = try Self.seededMemory()
        defer { try? FileManager.default.removeItem(at: directory) }

        let again = try PadanProcess.run(["memory", "import", try Self.fixture("memory-news"), "--memory", memory, "--quiet"])
        #expect(again.standardOutput.hasSuffix("0 units added, 4 duplicates dropped\n"))

        let lookup = try PadanProcess.run(["memory", "lookup", "Pada 2019 ekonomi Indonesia tumbuh 5,0 persen.", "--memory", memory])
        #expect(lookup.status == 0)
        #expect(lookup.standardOutput.hasPrefix(" 94%  Pada 2018 ekonomi Indonesia tumbuh 5,2 persen."))
        #expect(lookup.standardOutput.contains("→ In 2019 Indonesia's economy grew 5.0 percent."))
        #expect(lookup.standardOutput.contains("      memory-news.tmx · 2018-04-12 · unit 1\n"))

        let json = try PadanProcess.run(["memory", "lookup", "Harga beras naik menjadi Rp13.000 per kilogram.", "--json", "--memory", memory])
        #expect(json.standardOutput.contains(#""adaptedTarget" : "The price of rice rose to Rp13,000 per kilogram.""#))
        #expect(json.standardOutput.contains(#""schemaVersion" : 1"#))

        let search = try PadanProcess.run(["memory", "search", "state visit", "--lang", "en", "--memory", memory])
        #expect(search.standardOutput.hasPrefix("= The [state] [visit] lasted two days.\n  Kunjungan kenegaraan itu berlangsung dua hari.\n"))

        let exported = try Self.export(memory, in: directory)
        for kept in [#"x-editor="rina""#, "<note>Angka dari BPS.</note>", #"<prop type="x-article">lapor-0412</prop>"#,
                     #"<bpt i="1">&lt;b&gt;</bpt>bendungan baru<ept i="1">&lt;/b&gt;</ept>"#, #"creationdate="20200116T101500Z""#] {
            #expect(exported.contains(kept), "export lost \(kept)")
        }
        // Exported units imported into a fresh memory export the same again.
        let copy = directory.appendingPathComponent("copy.sqlite").path
        let exportPath = directory.appendingPathComponent("round.tmx").path
        try exported.write(toFile: exportPath, atomically: true, encoding: .utf8)
        #expect(try PadanProcess.run(["memory", "import", exportPath, "--memory", copy, "--quiet"]).status == 0)
        #expect(try Self.export(copy, in: directory) == exported)
    }

    @Test func exportFiltersByDateOriginAndLanguages() throws {
        let (directory, memory) = try Self.seededMemory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("recent.tmx").path
        let recent = try PadanProcess.run(["memory", "export", "-o", out, "--since", "2020-01-01", "--memory", memory])
        #expect(recent.standardOutput == "\(out): 2 units exported\n")
        let none = try PadanProcess.run(["memory", "export", "-o", out, "--origin", "elsewhere.tmx", "--memory", memory])
        #expect(none.standardOutput == "\(out): 0 units exported\n")
        let wrongLanguages = try PadanProcess.run(["memory", "export", "-o", out, "--langs", "en,id", "--memory", memory])
        #expect(wrongLanguages.standardOutput == "\(out): 0 units exported\n")
        let badDate = try PadanProcess.run(["memory", "export", "-o", out, "--since", "last week", "--memory", memory])
        #expect(badDate.status == 64)
        #expect(badDate.standardError.contains("--since needs a date like 2024-01-31"))
    }

    @Test func aMalformedTMXLeavesTheMemoryAsItWas() throws {
        let (directory, memory) = try Self.seededMemory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let before = try Self.export(memory, in: directory)
        let result = try PadanProcess.run(["memory", "import", try Self.fixture("memory-broken"), "--memory", memory])
        #expect(result.status == 65)
        #expect(result.standardError.contains("memory-broken.tmx:12:"))
        #expect(result.standardOutput.isEmpty)
        #expect(try Self.unitCount(memory) == 4)
        #expect(try Self.export(memory, in: directory) == before)
    }

    @Test func aFileThatIsNotAMemoryIsRefusedUntouched() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("notes.txt").path
        let bytes = Data("Catatan redaksi: jangan dihapus.\n".utf8)
        try bytes.write(to: URL(fileURLWithPath: path))
        let result = try PadanProcess.run(["memory", "stats", "--memory", path])
        #expect(result.status == 65)
        #expect(result.standardError == "padan: \(path): error: not a translation memory (not an SQLite database); give another path with --memory\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["notes.txt"])
    }

    @Test func padanHomeChoosesTheDefaultMemory() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try PadanProcess.run(["memory", "import", try Self.fixture("memory-news"), "--quiet"],
                                          environment: ["PADAN_HOME": directory.path])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("memory.sqlite").path))
        #expect(try Self.unitCount(directory.appendingPathComponent("memory.sqlite").path) == 4)
    }

    @Test func searchFindsIndonesianAffixedFormsUnlessExact() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let memory = directory.appendingPathComponent("memory.sqlite").path
        let tmx = directory.appendingPathComponent("weapons.tmx").path
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="id" datatype="plaintext"/>
            <body>
            <tu><tuv xml:lang="id"><seg>Persenjataan TNI diperbarui.</seg></tuv><tuv xml:lang="en"><seg>The armed forces' weaponry is renewed.</seg></tuv></tu>
            <tu><tuv xml:lang="id"><seg>Polisi menyita senjata-senjata rakitan.</seg></tuv><tuv xml:lang="en"><seg>Police seized home-made weapons.</seg></tuv></tu>
            <tu><tuv xml:lang="id"><seg>Senjata itu ditemukan.</seg></tuv><tuv xml:lang="en"><seg>The weapon was found.</seg></tuv></tu>
            </body></tmx>
            """.write(toFile: tmx, atomically: true, encoding: .utf8)
        let imported = try PadanProcess.run(["memory", "import", tmx, "--memory", memory, "--quiet"])
        #expect(imported.status == 0, "\(imported.standardError)")

        let search = try PadanProcess.run(["memory", "search", "senjata", "--memory", memory])
        #expect(search.status == 0)
        for line in ["= [Senjata] itu ditemukan.", "= Polisi menyita [senjata-senjata] rakitan.", "= [Persenjataan] TNI diperbarui."] {
            #expect(search.standardOutput.contains(line + "\n"), "missing \(line) in \(search.standardOutput)")
        }
        let exact = try PadanProcess.run(["memory", "search", "senjata", "--exact", "--memory", memory])
        #expect(exact.standardOutput.hasPrefix("= [Senjata] itu ditemukan.\n"))
        #expect(!exact.standardOutput.contains("Polisi"))
        #expect(!exact.standardOutput.contains("Persenjataan"))
    }

    @Test(arguments: ["import", "export", "stats", "search", "lookup"])
    func everyCommandHasHelpWithExamples(command: String) throws {
        let result = try PadanProcess.run(["memory", command, "--help"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Examples:"))
        #expect(result.standardOutput.contains("padan memory \(command)"))
    }

    /// Starts importing a large generated TMX and kills the process once it has read half of it
    /// (its transaction holds about 30,000 new units, more than SQLite's page cache keeps, so
    /// pages have gone to disk); meanwhile another process looks up; reopening shows the memory
    /// as before. Under ThreadSanitizer (CI) 200,000 units made this one test five minutes.
    @Test func aKilledImportLeavesTheMemoryAsBefore() throws {
        let (directory, memory) = try Self.seededMemory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let before = try Self.export(memory, in: directory)
        let big = directory.appendingPathComponent("big.tmx").path
        let developerTool = PadanProcess.binary.deletingLastPathComponent().appendingPathComponent("padan-dev")
        let generate = Process()
        generate.executableURL = developerTool
        generate.arguments = ["generate-memory", "--units", "60000", "-o", big]
        try generate.run()
        generate.waitUntilExit()
        #expect(generate.terminationStatus == 0)

        let importer = Process()
        importer.executableURL = PadanProcess.binary
        importer.arguments = ["memory", "import", big, "--memory", memory, "--quiet"]
        importer.standardOutput = FileHandle.nullDevice
        try importer.run()
        // Half the file read means half the units inserted into the open transaction.
        let tmxSize = try #require(try FileManager.default.attributesOfItem(atPath: big)[.size] as? Int)
        func bytesRead() -> Int {
            let io = (try? String(contentsOfFile: "/proc/\(importer.processIdentifier)/io", encoding: .utf8)) ?? ""
            let line = io.split(separator: "\n").first { $0.hasPrefix("rchar:") }
            return line.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
        }
        while importer.isRunning && bytesRead() < tmxSize / 2 { usleep(20_000) }
        #expect(importer.isRunning, "the import finished before it could be interrupted")
        let lookup = try PadanProcess.run(["memory", "lookup", "Kunjungan kenegaraan itu berlangsung dua hari.", "--json", "--memory", memory])
        #expect(lookup.standardOutput.contains(#""score" : 100"#))
        #expect(importer.isRunning, "the lookup waited for the import")
        kill(importer.processIdentifier, SIGKILL)
        importer.waitUntilExit()
        #expect(importer.terminationReason == .uncaughtSignal)

        #expect(try Self.unitCount(memory) == 4)
        #expect(try Self.export(memory, in: directory) == before)
    }
}
