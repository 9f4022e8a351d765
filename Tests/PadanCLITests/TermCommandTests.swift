import Foundation
import Testing

@Suite struct TermCommandTests {
    static let glossary = """
        indonesian\tenglish\talternatives\tforbidden\tdomain\tpos\tacronym\tnote
        senjata\tweapon\tarms\t\tmilitary\tnoun\tno\t
        pertahanan\tdefense\t\t\tmilitary\tnoun\tno\t
        KTT\tsummit\t\thigh-level conference\tdiplomacy\tnoun\tyes\t
        rudal balistik\tballistic missile\t\t\tmilitary\tnoun\tno\t

        """

    /// A directory with `terms.tsv` holding `glossary`, removed after `body`.
    private func withGlossary(_ body: (URL) throws -> Void) throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.glossary.write(to: directory.appendingPathComponent("terms.tsv"), atomically: true, encoding: .utf8)
        try body(directory)
    }

    @Test func findPrintsHitsWithLevelsAndOffsets() throws {
        try withGlossary { directory in
            let result = try PadanProcess.run(["term", "find", "-", "--glossary", directory.appendingPathComponent("terms.tsv").path],
                                              input: "Persenjataan dan pertahanannya dibahas di KTT; ketahanan tidak.")
            #expect(result.status == 0)
            #expect(result.standardOutput == """
                0-12\tderived\tPersenjataan\tweapon
                17-30\tinflected\tpertahanannya\tdefense
                42-45\texact\tKTT\tsummit

                """)
        }
    }

    @Test func findJSONUsesTheShippedDirectoryFromTheEnvironment() throws {
        try withGlossary { directory in
            let result = try PadanProcess.run(["term", "find", "-", "--json"], input: "rudal-rudal balistik",
                                              environment: ["PADAN_GLOSSARIES": directory.path])
            #expect(result.status == 0)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
            #expect(object["schemaVersion"] as? Int == 1)
            let hits = try #require(object["result"] as? [[String: Any]])
            #expect(hits.count == 1)
            #expect(hits.first?["english"] as? String == "ballistic missile")
            #expect(hits.first?["level"] as? String == "inflected")
            #expect(hits.first?["start"] as? Int == 0)
            #expect(hits.first?["end"] as? Int == 20)
        }
    }

    @Test func findComposesANounPhraseAndSaysWhatItMatchedOfAnUnknownPhrase() throws {
        try withGlossary { directory in
            let glossary = directory.appendingPathComponent("terms.tsv").path
            let composed = try PadanProcess.run(["term", "find", "-", "--glossary", glossary], input: "senjata pertahanan\n")
            #expect(composed.status == 0)
            #expect(composed.standardOutput == """
                0-7\texact\tsenjata\tweapon
                8-18\texact\tpertahanan\tdefense
                0-18\tcomposed\tsenjata pertahanan\tdefense weapon\tsenjata → weapon + pertahanan → defense
                # no entry for "senjata pertahanan"; composed: defense weapon (senjata → weapon + pertahanan → defense)

                """)
            let parts = try PadanProcess.run(["term", "find", "-", "--glossary", glossary], input: "senjata canggih")
            #expect(parts.standardOutput.hasSuffix("# no entry for \"senjata canggih\"; parts matched: senjata → weapon; not in the glossary: canggih\n"))
            let known = try PadanProcess.run(["term", "find", "-", "--glossary", glossary], input: "rudal balistik")
            #expect(known.standardOutput == "0-14\texact\trudal balistik\tballistic missile\n")
            let json = try PadanProcess.run(["term", "find", "-", "--json", "--glossary", glossary], input: "senjata pertahanan")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
            let hits = try #require(object["result"] as? [[String: Any]])
            #expect(hits.map { $0["level"] as? String } == ["exact", "exact", "composed"])
            #expect((hits.last?["parts"] as? [[String: Any]])?.map { $0["english"] as? String } == ["weapon", "defense"])
        }
    }

    /// A long text is written in blocks formatted on every core: the output is each line's own
    /// output, shifted, in order, with the head of a composition ending one block and its modifier
    /// starting the next (five matches a line, 4,096 a block).
    @Test func findListsALongTextsHitsInOrderAcrossOutputBlocks() throws {
        try withGlossary { directory in
            let glossary = directory.appendingPathComponent("terms.tsv").path
            let line = "Senjata pertahanan dan rudal balistik dibahas di KTT; KTT lagi.\n"
            let single = try PadanProcess.run(["term", "find", "-", "--glossary", glossary], input: line)
            let singleLines = single.standardOutput.split(separator: "\n").map(String.init)
            #expect(singleLines.count == 6 && singleLines[2].contains("\tcomposed\t"))
            let copies = 2_000
            let result = try PadanProcess.run(["term", "find", "-", "--glossary", glossary], input: String(repeating: line, count: copies))
            #expect(result.status == 0)
            var expected = ""
            for copy in 0..<copies {
                for hit in singleLines {
                    let fields = hit.split(separator: "\t", maxSplits: 1)
                    let offsets = fields[0].split(separator: "-").map { Int($0)! + copy * line.count }
                    expected += "\(offsets[0])-\(offsets[1])\t\(fields[1])\n"
                }
            }
            #expect(result.standardOutput == expected)
        }
    }

    @Test func checkExitsOneWithFindingsAndZeroWithout() throws {
        try withGlossary { directory in
            let source = directory.appendingPathComponent("a.id.txt"), target = directory.appendingPathComponent("a.en.txt")
            try "Senjata dibahas di KTT.\nRudal balistik diuji.\n".write(to: source, atomically: true, encoding: .utf8)
            try "Arms were discussed at the high-level conference.\nBallistic missiles were tested.\n".write(to: target, atomically: true, encoding: .utf8)
            let glossary = directory.appendingPathComponent("terms.tsv").path
            let result = try PadanProcess.run(["term", "check", source.path, target.path, "--glossary", glossary])
            #expect(result.status == 1)
            #expect(result.standardOutput == """
                \(source.path):1: missing: "KTT": expected "summit"
                \(source.path):1: forbidden: "KTT": forbidden rendering "high-level conference" used; write "summit"

                """)
            try "Arms were discussed at the summit.\nBallistic missiles were tested.\n".write(to: target, atomically: true, encoding: .utf8)
            #expect(try PadanProcess.run(["term", "check", source.path, target.path, "--glossary", glossary]).status == 0)
        }
    }

    @Test func stemReadsWordsFromArgumentsOrStandardInput() throws {
        let arguments = try PadanProcess.run(["term", "stem", "memperluas", "Bekasi"])
        #expect(arguments.standardOutput == "memperluas\tluas\nBekasi\tBekasi\n")
        let piped = try PadanProcess.run(["term", "stem", "-"], input: "persenjataan\nnegara-negara\n")
        #expect(piped.standardOutput == "persenjataan\tsenjata\nnegara-negara\tnegara\n")
    }

    @Test func lookupIsTolerantOfAffixesAndTypos() throws {
        try withGlossary { directory in
            let glossary = directory.appendingPathComponent("terms.tsv").path
            let affixed = try PadanProcess.run(["term", "lookup", "persenjataan", "--glossary", glossary])
            #expect(affixed.status == 0)
            #expect(affixed.standardOutput.hasPrefix("senjata\tweapon (also: arms)\tmilitary\tsameBase"))
            let typo = try PadanProcess.run(["term", "lookup", "ballistc missile", "--glossary", glossary])
            #expect(typo.standardOutput.hasPrefix("rudal balistik\tballistic missile"))
            let none = try PadanProcess.run(["term", "lookup", "zebra", "--glossary", glossary])
            #expect(none.status == 1)
        }
    }

    @Test func importAndExportConvertBetweenFormats() throws {
        try withGlossary { directory in
            let tbx = directory.appendingPathComponent("terms.tbx").path
            let export = try PadanProcess.run(["term", "export", "--glossary", directory.appendingPathComponent("terms.tsv").path, "-o", tbx])
            #expect(export.status == 0)
            let back = try PadanProcess.run(["term", "import", tbx])
            #expect(back.status == 0)
            #expect(back.standardOutput == Self.glossary)
        }
    }

    @Test func aBadGlossaryIsADataErrorWithItsLine() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bad.tsv")
        try "indonesian\tenglish\nrudal\t\n".write(to: path, atomically: true, encoding: .utf8)
        let result = try PadanProcess.run(["term", "find", "-", "--glossary", path.path], input: "rudal")
        #expect(result.status == 65)
        #expect(result.standardError.contains("bad.tsv:2: error: \"rudal\" has no English rendering"))
        #expect(result.standardOutput.isEmpty)
        let missing = try PadanProcess.run(["term", "stats", "--glossary", directory.appendingPathComponent("none.tsv").path])
        #expect(missing.status == 66)
    }

    @Test func statsCountsEntries() throws {
        try withGlossary { directory in
            let result = try PadanProcess.run(["term", "stats", "--json", "--glossary", directory.path])
            #expect(result.status == 0)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
            let statistics = try #require(object["result"] as? [String: Any])
            #expect(statistics["entries"] as? Int == 4)
            #expect((statistics["byDomain"] as? [String: Int])?["military"] == 3)
        }
    }
}
