import Foundation
import Testing
import TextIO
@testable import Terminology

@Suite struct GlossaryTests {
    @Test func loadsTheTSVFormat() throws {
        let (glossary, diagnostics) = try Glossary.load(paths: [fixture("military.tsv")])
        #expect(glossary.entries.count == 10)
        #expect(diagnostics.isEmpty)
        let icbm = try #require(glossary.entries.first { $0.indonesian == ["rudal balistik antarbenua"] })
        #expect(icbm.alternatives == ["ICBM"])
        #expect(icbm.forbidden == ["intercontinental ballistic rocket"])
        #expect(icbm.source.line == 6)
        let us = try #require(glossary.entries.first { $0.english == "United States" })
        #expect(us.isAcronym)
        #expect(us.partOfSpeech == "properNoun")
        #expect(glossary.entries.first { $0.english == "defense" }?.note == "US spelling in wire copy.")
    }

    @Test func aMalformedFileFailsWithEveryProblemAndItsLine() throws {
        let path = try fixture("broken.tsv")
        let error = try #require(throws: GlossaryError.self) { try Glossary.load(paths: [path]) }
        #expect(error.category == .dataError)
        #expect(error.diagnostics.map(\.location.line) == [3, 4, 5, 6])
        #expect(error.description.contains("broken.tsv:3: error: \"kapal selam\" has no English rendering"))
        #expect(error.description.contains("unknown part of speech \"thing\""))
        #expect(error.description.contains("--lenient"))
    }

    @Test func lenientLoadingKeepsTheGoodRows() throws {
        let (glossary, diagnostics) = try Glossary.load(paths: [fixture("broken.tsv")], lenient: true)
        #expect(glossary.entries.map(\.english) == ["tank"])
        #expect(diagnostics.filter { $0.severity == .error }.count == 4)
    }

    @Test func aMissingFileIsNoInput() {
        let error = #expect(throws: GlossaryError.self) { try Glossary.load(paths: ["/nonexistent/terms.tsv"]) }
        #expect(error?.category == .noInput)
    }

    @Test func readsCSVWithQuotingAndReportsConflicts() throws {
        let (glossary, diagnostics) = try Glossary.load(paths: [fixture("military.tsv"), fixture("extra.csv")])
        let ceasefire = try #require(glossary.entries.first { $0.english == "ceasefire" })
        #expect(ceasefire.alternatives == ["truce", "cease-fire"])
        #expect(ceasefire.note == "Write \"ceasefire\", one word.")
        let conflict = try #require(diagnostics.first)
        #expect(conflict.severity == .warning)
        #expect(conflict.message.contains("\"senjata\" (arms) is in conflict with"))
        #expect(conflict.location.line == 2)
    }

    @Test func readsTBXAndReportsAConceptWithoutIndonesian() throws {
        let (glossary, diagnostics) = try Glossary.load(paths: [fixture("terms.tbx")], lenient: true)
        let entry = try #require(glossary.entries.first)
        #expect(entry.indonesian == ["duta besar"])
        #expect(entry.english == "ambassador")
        #expect(entry.alternatives == ["envoy"])
        #expect(entry.forbidden == ["big ambassador"])
        #expect(entry.domain == "diplomacy")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("no Indonesian term") == true)
    }

    @Test(arguments: [GlossaryFormat.tsv, .csv, .tbx])
    func writesAndReadsBackWithoutLoss(format: GlossaryFormat) throws {
        let (original, _) = try Glossary.load(paths: [fixture("military.tsv"), fixture("extra.csv")])
        let path = temporaryPath("roundtrip.\(format.rawValue)")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try original.write(to: path, format: format)
        let (copy, _) = try Glossary.load(paths: [path])
        func fields(_ entry: TermEntry) -> [String] {
            [entry.indonesian.joined(separator: "|"), entry.english, entry.alternatives.joined(separator: "|"),
             entry.forbidden.joined(separator: "|"), entry.domain, entry.partOfSpeech, "\(entry.isAcronym)", entry.note ?? ""]
        }
        #expect(copy.entries.map(fields) == original.entries.map(fields))
    }

    @Test func readsTSVWithWindowsLineEnds() throws {
        let path = temporaryPath("crlf.tsv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = try String(contentsOfFile: fixture("military.tsv"), encoding: .utf8).replacingOccurrences(of: "\n", with: "\r\n")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let (glossary, diagnostics) = try Glossary.load(paths: [path])
        #expect(diagnostics.isEmpty)
        #expect(glossary.entries.count == 10)
        #expect(glossary.entries.last?.note == nil && glossary.entries.last?.source.line == 12)
        #expect(glossary.entries.first { $0.english == "defense" }?.note == "US spelling in wire copy.")
    }

    /// Lines end at LF, CR LF or CR CR LF (a CR before the line end is dropped, once more after
    /// CR LF); a CR inside a line, non-ASCII letters, a combining accent after a tab and an
    /// unterminated last line stay as written, and line numbers count every LF.
    @Test func splitsTSVLinesAndCellsAsWritten() {
        let text = "indonesian\tenglish\tnote\r\n"
            + "rudal\tmissile\tsee \r arms\r\r\n"
            + "\n"
            + "# a comment\n"
            + "kapal perang\twarship\t\u{301}accent first\r\n"
            + "Sultan Hamengku Buwono\tSultan Hamengkubuwono\tJogjakarta, née Yogyakarta\r"
        let (entries, diagnostics) = GlossaryTable.read(text, file: "lines.tsv", delimiter: "\t")
        #expect(diagnostics.isEmpty)
        #expect(entries.map(\.english) == ["missile", "warship", "Sultan Hamengkubuwono"])
        #expect(entries.map(\.source.line) == [2, 5, 6])
        #expect(entries.map(\.note) == ["see \r arms", "\u{301}accent first", "Jogjakarta, née Yogyakarta"])
    }

    @Test func aDirectoryLoadsEveryGlossaryInIt() throws {
        let directory = URL(fileURLWithPath: try fixture("military.tsv")).deletingLastPathComponent().path
        let (glossary, _) = try Glossary.load(paths: [directory], lenient: true)
        #expect(Set(glossary.entries.map { URL(fileURLWithPath: $0.source.file).lastPathComponent })
            == ["broken.tsv", "extra.csv", "military.tsv", "terms.tbx"])
    }

    @Test func statisticsCountByDomainAndFile() throws {
        let (glossary, _) = try Glossary.load(paths: [fixture("military.tsv")])
        let statistics = GlossaryStatistics(glossary)
        #expect(statistics.entries == 10)
        #expect(statistics.byDomain["military"] == 5)
        #expect(statistics.acronyms == 2)
        #expect(statistics.forbiddenRenderings == 3)
    }
}
