import Foundation
import Testing

@Suite struct AlignCommandTests {
    static func fixture(_ name: String) throws -> String {
        let directory = try #require(Bundle.module.url(forResource: "align", withExtension: nil, subdirectory: "Fixtures"))
        return directory.appendingPathComponent(name).path
    }

    @Test func presplitLinksFormatPrintsEveryLink() throws {
        let result = try PadanProcess.run(["align", "--presplit", "--format", "links",
                                           try Self.fixture("harbour.id.txt"), try Self.fixture("harbour.en.txt")])
        #expect(result.status == 0)
        #expect(result.standardOutput == "0,1\t0\n2\t1\n3\t2\n4\t3\n5\t4\n\t5\n6\t6\n7\t\n")
    }

    @Test func presplitLinesAreTrimmedOfSpacesTabsAndNoBreakSpaces() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = directory.appendingPathComponent("a.id.txt"), target = directory.appendingPathComponent("a.en.txt")
        try "\t Harga cabai naik 12 persen di Medan.\u{00A0}\n \u{3000}\t\nPedagang menyalahkan hujan.  \n"
            .write(to: source, atomically: true, encoding: .utf8)
        try "Chilli prices rose 12 percent in Medan.\r\n\u{2003}Traders blamed the rain.\t\r\n"
            .write(to: target, atomically: true, encoding: .utf8)
        let result = try PadanProcess.run(["align", "--presplit", "--format", "tsv", "--no-glossary", source.path, target.path])
        #expect(result.status == 0, "\(result.standardError)")
        let rows = result.standardOutput.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.map { $0.count == 6 ? [String($0[4]), String($0[5])] : [] } == [
            ["Harga cabai naik 12 persen di Medan.", "Chilli prices rose 12 percent in Medan."],
            ["Pedagang menyalahkan hujan.", "Traders blamed the rain."],
        ])
    }

    @Test func segmentsProseAndWritesTMXWithConfidence() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("out.tmx").path
        let result = try PadanProcess.run(["align", "-o", output,
                                           try Self.fixture("harbour-prose.id.txt"), try Self.fixture("harbour-prose.en.txt")])
        #expect(result.status == 0, "\(result.standardError)")
        let tmx = try String(contentsOfFile: output, encoding: .utf8)
        #expect(tmx.components(separatedBy: "<tu>").count - 1 == 3)
        #expect(tmx.contains("<prop type=\"x-padan-confidence\">"))
        #expect(tmx.contains("<prop type=\"x-padan-origin\">harbour-prose</prop>"))
        #expect(tmx.contains("<seg>SURABAYA (Padan) - Pelabuhan Tanjung Perak menangani 3,9 juta TEU peti kemas sepanjang 2023. Angka itu naik 4,2 persen dibanding tahun sebelumnya.</seg>"))
    }

    @Test func unalignedSentencesOnlyWithKeepUnaligned() throws {
        let files = [try Self.fixture("harbour.id.txt"), try Self.fixture("harbour.en.txt")]
        let plain = try PadanProcess.run(["align", "--presplit", "--format", "tsv"] + files)
        let kept = try PadanProcess.run(["align", "--presplit", "--format", "tsv", "--keep-unaligned"] + files)
        #expect(plain.standardOutput.split(separator: "\n").count == 6)
        #expect(kept.standardOutput.split(separator: "\n").count == 8)
        #expect(kept.standardOutput.contains("harbour\t7\t\t"))
    }

    @Test func minConfidenceFiltersAndIsChecked() throws {
        let files = [try Self.fixture("harbour.id.txt"), try Self.fixture("harbour.en.txt")]
        let all = try PadanProcess.run(["align", "--presplit", "--format", "json"] + files)
        let strict = try PadanProcess.run(["align", "--presplit", "--format", "json", "--min-confidence", "0.999999"] + files)
        #expect(all.status == 0 && strict.status == 0)
        #expect(strict.standardOutput.components(separatedBy: "\"confidence\"").count
            < all.standardOutput.components(separatedBy: "\"confidence\"").count)
        let bad = try PadanProcess.run(["align", "--min-confidence", "2"] + files)
        #expect(bad.status == 64)
        #expect(bad.standardError.contains("between 0 and 1"))
    }

    @Test func emptyBinaryAndNonUTF8InputsAreDataErrors() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let english = try Self.fixture("harbour.en.txt")
        let empty = directory.appendingPathComponent("empty.id.txt")
        try Data("  \n\n".utf8).write(to: empty)
        let latin1 = directory.appendingPathComponent("latin1.id.txt")
        try Data([0x4B, 0x61, 0x6D, 0x69, 0x0A, 0x63, 0x61, 0x66, 0xE9, 0x2E, 0x0A]).write(to: latin1)
        let binary = directory.appendingPathComponent("binary.id.txt")
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]).write(to: binary)
        let output = directory.appendingPathComponent("out.tmx")
        for (file, message) in [(empty, "no sentences"), (latin1, "latin1.id.txt:2:4: error: not UTF-8"), (binary, "a zip archive")] {
            let result = try PadanProcess.run(["align", "-o", output.path, file.path, english])
            #expect(result.status == 65, "\(file.lastPathComponent)")
            #expect(result.standardError.contains(message), "\(result.standardError)")
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
        let missing = try PadanProcess.run(["align", directory.appendingPathComponent("nope.id.txt").path, english])
        #expect(missing.status == 66)
    }

    @Test func batchPairsFilesWarnsAboutAMissingPartnerAndWritesOneTMX() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["harbour.id.txt", "harbour.en.txt", "harbour-prose.id.txt", "harbour-prose.en.txt"] {
            try FileManager.default.copyItem(atPath: try Self.fixture(name), toPath: directory.appendingPathComponent(name).path)
        }
        try Data("Berita tanpa pasangan.\n".utf8).write(to: directory.appendingPathComponent("lonely.id.txt"))
        let output = directory.appendingPathComponent("corpus.tmx").path
        let result = try PadanProcess.run(["align", "--batch", directory.path, "-o", output])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("lonely.id.txt has no partner lonely.en.txt"))
        let tmx = try String(contentsOfFile: output, encoding: .utf8)
        #expect(tmx.contains("<prop type=\"x-padan-origin\">harbour</prop>"))
        #expect(tmx.contains("<prop type=\"x-padan-origin\">harbour-prose</prop>"))
        let nothing = try PadanProcess.run(["align", "--batch", directory.appendingPathComponent("missing").path])
        #expect(nothing.status == 66)
    }

    @Test func glossaryOptionsAreCheckedAndABadGlossaryIsADataError() throws {
        let files = [try Self.fixture("harbour.id.txt"), try Self.fixture("harbour.en.txt")]
        let both = try PadanProcess.run(["align", "--presplit", "--no-glossary", "--glossary", files[0]] + files)
        #expect(both.status == 64)
        #expect(both.standardError.contains("--no-glossary"))
        let plain = try PadanProcess.run(["align", "--presplit", "--format", "links", "--no-glossary"] + files)
        #expect(plain.status == 0)
        #expect(plain.standardOutput.split(separator: "\n").count == 8)
        let missing = try PadanProcess.run(["align", "--presplit", "--glossary", "/nonexistent/terms.tsv"] + files)
        #expect(missing.status != 0 && missing.standardError.contains("terms.tsv"))
    }
}
