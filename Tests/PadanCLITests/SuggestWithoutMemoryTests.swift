import Foundation
import Testing

/// A new user's first `padan suggest`, before any memory exists.
@Suite struct SuggestWithoutMemoryTests {
    @Test func givesGlossaryTermsAndOneLineOnHowToMakeAMemory() throws {
        let home = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let xliff = home.appendingPathComponent("berita.xlf").path
        let result = try PadanProcess.run(["suggest", "-", "--xliff", xliff], input: "Para pemimpin menghadiri KTT di Hanoi.",
                                          environment: ["PADAN_HOME": home.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("KTT → summit"))
        #expect(result.standardOutput.contains("no memory match"))
        #expect(result.standardOutput.contains("1 sentences: 0 exact, 0 fuzzy, 1 without a match;"))
        #expect(result.standardOutput.hasSuffix(" terms; 0 warnings\n"))
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("no translation memory at \(home.path)/memory.sqlite") == true)
        #expect(lines.first?.contains("padan memory import FILE.tmx") == true)
        // Nothing is created as a side effect, and the XLIFF is written all the same.
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("memory.sqlite").path))
        #expect(try String(contentsOfFile: xliff, encoding: .utf8).contains("<source>Para pemimpin menghadiri KTT di Hanoi.</source>"))
    }

    @Test func aMemoryNamedOnTheCommandLineMustExist() throws {
        let home = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try PadanProcess.run(["suggest", "-", "--memory", home.appendingPathComponent("typo.sqlite").path],
                                          input: "KTT dibuka.", environment: ["PADAN_HOME": home.path])
        #expect(result.status == 66)
        #expect(result.standardError.contains("no translation memory here yet"))
    }
}
