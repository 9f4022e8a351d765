import Foundation
import Testing

private func cliFixture(_ name: String) throws -> String {
    try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")).path
}

/// The repository's sample memory.
private let sampleMemory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("TMX/sample.tmx").path

@Suite struct TMXCommandTests {
    @Test func statsOfTheSampleMemory() throws {
        let result = try PadanProcess.run(["tmx", "stats", sampleMemory])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("units           12\n"))
        #expect(result.standardOutput.contains("language pairs  id → en 12"))
        #expect(result.standardOutput.contains("inline tags     bpt 2, ept 2, hi 2, ph 2"))
    }

    @Test func statsAsJSON() throws {
        let result = try PadanProcess.run(["tmx", "stats", "--json", sampleMemory])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        let files = try #require(object["result"] as? [[String: Any]])
        let statistics = try #require(files.first?["statistics"] as? [String: Any])
        #expect(statistics["unitCount"] as? Int == 12)
        #expect((statistics["languagePairs"] as? [String: Int])?["id → en"] == 12)
    }

    @Test func validateSampleIsValid() throws {
        let result = try PadanProcess.run(["tmx", "validate", sampleMemory])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasSuffix("valid TMX: 12 units, 0 errors, 0 warnings\n"))
    }

    @Test func validateReportsErrorsWithLinesAndExits65() throws {
        let path = try cliFixture("ept-without-bpt.tmx")
        let result = try PadanProcess.run(["tmx", "validate", path])
        #expect(result.status == 65)
        #expect(result.standardOutput.contains("\(path):7: error: <ept i=\"2\"> has no <bpt i=\"2\">"))
        #expect(result.standardOutput.contains("\(path):7: error: <bpt i=\"1\"> has no matching <ept i=\"1\">"))
        #expect(result.standardOutput.contains("not valid TMX"))
    }

    @Test func validateWarnsAboutTMX11ButPasses() throws {
        let result = try PadanProcess.run(["tmx", "validate", try cliFixture("tmx11.tmx")])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("warning: lang=\"ID\" is the TMX 1.1–1.3 form"))
    }

    @Test func missingFileIsExit66() throws {
        let result = try PadanProcess.run(["tmx", "stats", "/nonexistent/memory.tmx"])
        #expect(result.status == 66)
        #expect(result.standardError.contains("/nonexistent/memory.tmx: error: no such file"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func convertNormalisesTMX11AndKeepsALanguagePair() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("out.tmx").path
        let result = try PadanProcess.run(["tmx", "convert", try cliFixture("tmx11.tmx"), "-o", output, "--langs", "id,en"])
        #expect(result.status == 0)
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.contains("<tmx version=\"1.4\">"))
        #expect(written.contains("<tuv xml:lang=\"ID\">"))
        #expect(!written.contains(" lang="))
        #expect(written.contains("creationtool=\"padan\""))
        let check = try PadanProcess.run(["tmx", "validate", output])
        #expect(check.status == 0)
        #expect(check.standardOutput.hasSuffix("valid TMX: 2 units, 0 errors, 0 warnings\n"))
    }

    @Test func convertDedupeDropsRepeatedUnits() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let original = try String(contentsOfFile: sampleMemory, encoding: .utf8)
        let firstUnit = try #require(original.range(of: "    <tu tuid=\"kf21-01\"").map { start in
            original[start.lowerBound..<original.range(of: "</tu>\n", range: start.upperBound..<original.endIndex)!.upperBound]
        })
        let doubled = directory.appendingPathComponent("doubled.tmx")
        try original.replacingOccurrences(of: "  </body>", with: firstUnit + "  </body>").write(to: doubled, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("deduped.tmx").path
        let result = try PadanProcess.run(["tmx", "convert", doubled.path, "-o", output, "--dedupe"])
        #expect(result.status == 0)
        #expect(result.standardError.contains("wrote 12 of 13 units; 1 duplicates dropped"))
    }

    @Test func convertOfABadFileLeavesNoOutput() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try PadanProcess.run(["tmx", "convert", try cliFixture("memory-broken.tmx"), "-o", directory.appendingPathComponent("out.tmx").path])
        #expect(result.status == 65)
        #expect(result.standardError.contains("memory-broken.tmx:12:10: error:"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func tsvRoundTripKeepsInlineTags() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let tsv = directory.appendingPathComponent("memory.tsv").path
        let export = try PadanProcess.run(["tmx", "to-tsv", try cliFixture("heartsome.tmx"), "-o", tsv, "--langs", "id,en"])
        #expect(export.status == 0)
        let table = try String(contentsOfFile: tsv, encoding: .utf8)
        #expect(table.hasPrefix("id\ten\n"))
        #expect(table.contains("<ph x=\"2\">&lt;img src=\"peta.png\" alt=\"<sub>Peta Laut Natuna Utara</sub>\"/></ph>"))
        let back = directory.appendingPathComponent("back.tmx").path
        let imported = try PadanProcess.run(["tmx", "from-tsv", tsv, "-o", back])
        #expect(imported.status == 0)
        let again = directory.appendingPathComponent("again.tsv").path
        #expect(try PadanProcess.run(["tmx", "to-tsv", back, "-o", again]).status == 0)
        #expect(try String(contentsOfFile: again, encoding: .utf8) == table)
    }

    @Test func toTSVTakesTwoDifferentLanguagesAndWritesNothingElse() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let tsv = directory.appendingPathComponent("memory.tsv").path
        // Not a pair: a usage error, as every --langs pair of languages gives.
        let one = try PadanProcess.run(["tmx", "to-tsv", try cliFixture("heartsome.tmx"), "-o", tsv, "--langs", "id"])
        #expect(one.status == 64)
        #expect(one.standardError.contains("--langs"))
        // A pair of one language: the file's columns would be the same.
        let same = try PadanProcess.run(["tmx", "to-tsv", try cliFixture("heartsome.tmx"), "-o", tsv, "--langs", "id,id-ID"])
        #expect(same.status == 65)
        #expect(same.standardError.contains("two different languages"))
        #expect(!FileManager.default.fileExists(atPath: tsv))
    }

    @Test func fromTSVNamesTheBadRow() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let tsv = directory.appendingPathComponent("bad.tsv")
        try "id\ten\nSatu\tOne\nDua tanpa terjemahan\n".write(to: tsv, atomically: true, encoding: .utf8)
        let result = try PadanProcess.run(["tmx", "from-tsv", tsv.path, "-o", directory.appendingPathComponent("out.tmx").path])
        #expect(result.status == 65)
        #expect(result.standardError.contains("bad.tsv:3: error: row has 1 column, expected 2"))
    }

    @Test func everyTMXCommandHasHelpWithExamples() throws {
        for command in ["stats", "validate", "convert", "to-tsv", "from-tsv"] {
            let result = try PadanProcess.run(["tmx", command, "--help"])
            #expect(result.status == 0)
            #expect(result.standardOutput.contains("Examples:"), "\(command) --help should show examples")
        }
    }
}
