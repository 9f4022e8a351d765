import Foundation
import Testing

@Suite struct SegmentCommandTests {
    static let article = "JAKARTA (Antara) - Prof. Budi tiba pukul 10.00 WIB. Harga naik 2,5 persen.\n\n\"Kapan?\" tanya dia. Ia diam.\n"

    @Test func printsOneSentencePerLineAndABlankLineBetweenParagraphs() throws {
        let result = try PadanProcess.run(["segment", "--lang", "id", "-"], input: Self.article)
        #expect(result.status == 0)
        #expect(result.standardOutput == """
            JAKARTA (Antara) - Prof. Budi tiba pukul 10.00 WIB.
            Harga naik 2,5 persen.

            "Kapan?" tanya dia.
            Ia diam.

            """)
        #expect(result.standardError.isEmpty)
    }

    @Test func jsonGivesCharacterOffsetsAndParagraphs() throws {
        let result = try PadanProcess.run(["segment", "--lang", "id-ID", "--json", "-"], input: "Café 🇮🇩 buka. Ia senang.")
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        let payload = try #require(object["result"] as? [String: Any])
        #expect(payload["language"] as? String == "id")
        let sentences = try #require(payload["sentences"] as? [[String: Any]])
        #expect(sentences.map { $0["text"] as? String } == ["Café 🇮🇩 buka.", "Ia senang."])
        #expect(sentences.map { $0["start"] as? Int } == [0, 13])
        #expect(sentences.map { $0["end"] as? Int } == [12, 23])
        #expect(sentences.map { $0["paragraph"] as? Int } == [0, 0])
    }

    @Test func languageComesFromTheFileNameWhenNotGiven() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("story.en.txt")
        try "He lives in the U.S. The rest stayed home. Gen. Ray spoke.".write(to: file, atomically: true, encoding: .utf8)
        let result = try PadanProcess.run(["segment", file.path])
        #expect(result.status == 0)
        #expect(result.standardOutput == "He lives in the U.S.\nThe rest stayed home.\nGen. Ray spoke.\n")
    }

    @Test func srxRulesExtendOrReplaceTheBuiltInOnes() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let srx = directory.appendingPathComponent("desk.srx")
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <srx version="2.0"><header cascade="no"/><body>
            <languagerules><languagerule languagerulename="Desk">
            <rule break="yes"><beforebreak>;</beforebreak><afterbreak>\\s</afterbreak></rule>
            </languagerule></languagerules>
            <maprules><languagemap languagepattern="id.*" languagerulename="Desk"/></maprules>
            </body></srx>
            """.write(to: srx, atomically: true, encoding: .utf8)
        let text = "Prof. Budi datang; Ani pergi. Selesai."
        let extended = try PadanProcess.run(["segment", "--lang", "id", "--srx", srx.path, "-"], input: text)
        #expect(extended.status == 0)
        #expect(extended.standardOutput == "Prof. Budi datang;\nAni pergi.\nSelesai.\n")
        let replaced = try PadanProcess.run(["segment", "--lang", "id", "--srx", srx.path, "--srx-only", "-"], input: text)
        #expect(replaced.status == 0)
        #expect(replaced.standardOutput == "Prof. Budi datang;\nAni pergi. Selesai.\n")
    }

    @Test func aBrokenSRXFileIsADataErrorWithItsLine() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let srx = directory.appendingPathComponent("broken.srx")
        try "<srx version=\"2.0\"><header cascade=\"no\"/><body><languagerules>\n<languagerule languagerulename=\"X\">\n<rule><beforebreak>[.?</beforebreak></rule>\n</languagerule></languagerules><maprules><languagemap languagepattern=\".*\" languagerulename=\"X\"/></maprules></body></srx>"
            .write(to: srx, atomically: true, encoding: .utf8)
        let result = try PadanProcess.run(["segment", "--lang", "en", "--srx", srx.path, "-"], input: "A. B.")
        #expect(result.status == 65)
        #expect(result.standardError.contains("broken.srx:3"))
        #expect(result.standardError.contains("ICU"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test(arguments: [
        (["segment", "--lang", "fr", "-"], Int32(64), "unknown language"),
        (["segment", "-"], 64, "--lang"),
        (["segment", "--srx-only", "--lang", "id", "-"], 64, "--srx"),
        (["segment", "--lang", "id", "/nonexistent/berita.txt"], 66, "no such file"),
    ])
    func badUsageAndMissingInputsGetTheirExitStatus(_ arguments: [String], _ status: Int32, _ message: String) throws {
        let result = try PadanProcess.run(arguments, input: "Teks.")
        #expect(result.status == status)
        #expect(result.standardError.contains(message))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func nonUTF8InputIsRefused() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("latin1.id.txt")
        try Data([0x43, 0x61, 0x66, 0xE9, 0x2E]).write(to: file)
        let result = try PadanProcess.run(["segment", file.path])
        #expect(result.status == 65)
        #expect(result.standardError.contains("latin1.id.txt"))
    }
}
