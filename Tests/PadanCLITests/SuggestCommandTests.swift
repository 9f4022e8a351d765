import Foundation
import Testing

@Suite struct SuggestCommandTests {
    private func fixture(_ name: String) throws -> String {
        try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")).path
    }

    /// A memory holding `memory-news.tmx`, in a fresh directory used as `PADAN_HOME`.
    private func home() throws -> URL {
        let directory = try PadanProcess.temporaryDirectory()
        let imported = try PadanProcess.run(["memory", "import", try fixture("memory-news.tmx")],
                                            environment: ["PADAN_HOME": directory.path])
        #expect(imported.status == 0, "\(imported.standardError)")
        return directory
    }

    @Test func suggestsMatchesTermsAndWarningsFromStandardInput() throws {
        let directory = try home()
        defer { try? FileManager.default.removeItem(at: directory) }
        let article = "Pada 2019 ekonomi Indonesia tumbuh 5,0 persen. Kunjungan kenegaraan itu berlangsung dua hari."
        let result = try PadanProcess.run(["suggest"], input: article, environment: ["PADAN_HOME": directory.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("In 2019 Indonesia's economy grew 5.0 percent."))
        #expect(result.standardOutput.contains("100%  Kunjungan kenegaraan itu berlangsung dua hari."))
        #expect(result.standardOutput.contains("kunjungan kenegaraan → state visit") || result.standardOutput.contains("Kunjungan kenegaraan → state visit"))
        #expect(result.standardOutput.contains("! numbers:"))
        #expect(result.standardOutput.contains("2 sentences: 1 exact, 1 fuzzy, 0 without a match"))
        #expect(!result.standardOutput.contains("\u{1B}["), "no colour when stdout is not a terminal")
    }

    @Test func writesJSONAndXLIFF() throws {
        let directory = try home()
        defer { try? FileManager.default.removeItem(at: directory) }
        let xliff = directory.appendingPathComponent("out.xlf").path
        let result = try PadanProcess.run(["suggest", "-", "--json", "--xliff", xliff],
                                          input: "Kunjungan kenegaraan itu berlangsung dua hari.",
                                          environment: ["PADAN_HOME": directory.path])
        #expect(result.status == 0, "\(result.standardError)")
        let json = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        #expect(json?["schemaVersion"] as? Int == 1)
        let sentences = (json?["result"] as? [String: Any])?["sentences"] as? [[String: Any]]
        #expect(sentences?.count == 1)
        let written = try String(contentsOfFile: xliff, encoding: .utf8)
        #expect(written.contains("<alt-trans match-quality=\"100\""))
        #expect(written.contains("urn:oasis:names:tc:xliff:document:1.2"))
    }

    @Test func aMissingArticleIsExit66AndAMemoryThatIsNotOneIsExit65() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = try PadanProcess.run(["suggest", "/nonexistent/berita.txt"], environment: ["PADAN_HOME": directory.path])
        #expect(missing.status == 66)
        let notMemory = directory.appendingPathComponent("notes.txt")
        try "catatan".write(to: notMemory, atomically: true, encoding: .utf8)
        let bad = try PadanProcess.run(["suggest", "-", "--memory", notMemory.path], input: "KTT dibuka.")
        #expect(bad.status == 65)
        #expect(bad.standardError.contains("not an SQLite database"))
        #expect(try String(contentsOf: notMemory, encoding: .utf8) == "catatan")
    }
}

@Suite struct CheckCommandTests {
    @Test func reportsFindingsWithLinesAndExitsOne() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = directory.appendingPathComponent("a.id.txt"), target = directory.appendingPathComponent("a.en.txt")
        try "KTT dibuka di Hanoi.\nHarga naik 2,5 persen.\nKorea Utara menguji rudal.\n".write(to: source, atomically: true, encoding: .utf8)
        try "The high-level conference opened in Hanoi.\nPrices rose 3.5 percent.\nKorea Utara menguji rudal.\n".write(to: target, atomically: true, encoding: .utf8)
        let result = try PadanProcess.run(["check", source.path, target.path])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("a.id.txt:1: forbidden:"))
        #expect(result.standardOutput.contains("a.id.txt:2: numbers:"))
        #expect(result.standardOutput.contains("a.id.txt:3: untranslated:"))
        #expect(result.standardOutput.contains("3 pairs checked"))
    }

    @Test func aCleanPairExitsZero() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = directory.appendingPathComponent("b.id.txt"), target = directory.appendingPathComponent("b.en.txt")
        try "KTT dibuka di Hanoi pada hari Senin.\n".write(to: source, atomically: true, encoding: .utf8)
        try "The summit opened in Hanoi on Monday.\n".write(to: target, atomically: true, encoding: .utf8)
        let result = try PadanProcess.run(["check", source.path, target.path, "--json"])
        #expect(result.status == 0, "\(result.standardOutput)")
        #expect(result.standardOutput.contains("\"result\" : ["))
    }
}

@Suite struct MissingMemoryTests {
    @Test(arguments: [["memory", "stats"], ["memory", "lookup", "KTT dibuka."], ["memory", "search", "KTT"], ["suggest", "-"]])
    func aCommandThatOnlyReadsDoesNotCreateAMemory(arguments: [String]) throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("none.sqlite").path
        let result = try PadanProcess.run(arguments + ["--memory", path], input: "KTT dibuka.")
        #expect(result.status == 66)
        #expect(result.standardError.contains("no translation memory here yet"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
