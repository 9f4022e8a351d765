import Foundation
import Testing

/// `padan align --into-memory` feeds the memory's word-translation table; `padan memory lexicon`
/// reads it, and `--rebuild` recomputes it from the units.
@Suite(.serialized) struct MemoryLexiconCommandTests {
    /// A pair written for this test: every subject with every place, one sentence a line.
    static func writePair(in directory: URL) throws -> (source: String, target: String) {
        let subjects = [("Gubernur", "The governor"), ("Menteri", "The minister"), ("Wartawan", "The reporter"), ("Dokter", "The doctor")]
        let places = [("pasar", "the market"), ("sekolah", "the school"), ("pelabuhan", "the port")]
        var source = "", target = ""
        for subject in subjects {
            for place in places {
                source += "\(subject.0) mengunjungi \(place.0) kemarin.\n"
                target += "\(subject.1) visited \(place.1) yesterday.\n"
            }
        }
        let sourcePath = directory.appendingPathComponent("desk.id.txt").path, targetPath = directory.appendingPathComponent("desk.en.txt").path
        try source.write(toFile: sourcePath, atomically: true, encoding: .utf8)
        try target.write(toFile: targetPath, atomically: true, encoding: .utf8)
        return (sourcePath, targetPath)
    }

    @Test func alignedPairsTeachTheTableAndARebuildGivesItBack() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let memory = directory.appendingPathComponent("memory.sqlite").path
        let pair = try Self.writePair(in: directory)
        let stored = try PadanProcess.run(["align", "--presplit", "--into-memory", "--quiet", "--memory", memory, pair.source, pair.target])
        #expect(stored.status == 0, "\(stored.standardError)")

        let lookup = try PadanProcess.run(["memory", "lexicon", "pasar", "rudal", "--memory", memory])
        #expect(lookup.status == 0, "\(lookup.standardError)")
        let lines = lookup.standardOutput.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("pasar\tpasar\tmarket ") == true, "\(lookup.standardOutput)")
        #expect(lines.last == "rudal\trudal\t(not in the table)")

        let rebuilt = try PadanProcess.run(["memory", "lexicon", "--rebuild", "pasar", "--memory", memory])
        #expect(rebuilt.status == 0)
        #expect(rebuilt.standardError.contains("word-translation table rebuilt"))
        #expect(rebuilt.standardOutput.split(separator: "\n").first == lines.first)
    }

    @Test func aMissingMemoryOrNoWordIsAnError() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = try PadanProcess.run(["memory", "lexicon", "pasar", "--memory", directory.appendingPathComponent("none.sqlite").path])
        #expect(missing.status == 66)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("none.sqlite").path))
        let nothing = try PadanProcess.run(["memory", "lexicon", "--memory", directory.appendingPathComponent("none.sqlite").path])
        #expect(nothing.status == 64)
    }
}
