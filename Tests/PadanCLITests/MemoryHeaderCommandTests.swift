import Foundation
import Testing

/// `padan memory import` keeps a TMX file's header; `padan memory export` carries it.
@Suite(.serialized) struct MemoryHeaderCommandTests {
    static let xmllint = URL(fileURLWithPath: "/usr/bin/xmllint")
    static let dtd = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Scripts/tmx14.dtd")

    /// The lines of a TMX document's header between `<header …>` and `</header>`.
    static func headerLines(_ tmx: String) -> [String] {
        let lines = tmx.components(separatedBy: "\n")
        return Array(lines.drop { !$0.contains("<header ") }.dropFirst().prefix { !$0.contains("</header>") })
    }

    /// `<prop type="x-padan-import-header">` as Padan writes it: the JSON, XML-escaped.
    static func attributesProperty(_ json: String) -> String {
        let escaped = json.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
        return #"    <prop type="x-padan-import-header">"# + escaped + "</prop>"
    }

    static func export(_ arguments: [String], memory: String, in directory: URL) throws -> String {
        let path = directory.appendingPathComponent("export-\(UUID().uuidString).tmx").path
        let result = try PadanProcess.run(["memory", "export", "-o", path, "--memory", memory] + arguments)
        #expect(result.status == 0, "\(result.standardError)")
        if FileManager.default.isExecutableFile(atPath: xmllint.path) {
            let check = Process()
            check.executableURL = xmllint
            check.arguments = ["--noout", "--nonet", "--nowarning", "--dtdvalid", dtd.path, path]
            try check.run()
            check.waitUntilExit()
            #expect(check.terminationStatus == 0, "\(path) is not valid against the TMX 1.4b DTD")
        }
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test func aTradosHeaderComesBackAfterImportAndExport() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let memory = directory.appendingPathComponent("memory.sqlite").path
        let trados = try MemoryCommandTests.fixture("trados-header")
        let imported = try PadanProcess.run(["memory", "import", trados, try MemoryCommandTests.fixture("heartsome"),
                                             "--memory", memory, "--quiet"])
        #expect(imported.status == 0, "\(imported.standardError)")

        // Alone: the header's notes and props as the file wrote them, its attributes in a prop, its ude.
        let alone = try Self.export(["--origin", "trados-header.tmx"], memory: memory, in: directory)
        let original = Self.headerLines(try String(contentsOfFile: trados, encoding: .utf8))
        let tradosAttributes = Self.attributesProperty(#"""
            {"attributes":[["creationtool","SDL Language Platform"],["creationtoolversion","8.1"],["o-tmf","SDL TM8 Format"],\#
            ["datatype","xml"],["segtype","sentence"],["adminlang","en-US"],["srclang","id-ID"],\#
            ["creationdate","20240301T101010Z"],["creationid","NEWSROOM\\rina"]],"origin":"trados-header.tmx","tmxVersion":"1.4"}
            """#)
        let expected = original.prefix(6) + [tradosAttributes] + original.dropFirst(6)
        #expect(Self.headerLines(alone) == Array(expected))
        #expect(alone.contains(#"<header creationtool="padan" creationtoolversion="#))
        #expect(alone.contains("Lambang \u{E000} dipasang"))

        // Both files: the second one's notes, props and udes after the first one's.
        let both = Self.headerLines(try Self.export([], memory: memory, in: directory))
        #expect(both.filter { $0.contains("<note>") } == [original[0], "    <note>Exported from the shared newsroom memory.</note>"])
        #expect(both.filter { $0.contains("<ude ") }.map { $0.contains("NewsroomSymbols") } == [true, false])
        let carried = both.filter { $0.contains("x-padan-import-header") }
        #expect(carried.first == tradosAttributes)
        #expect(carried.count == 2 && carried[1].contains("Heartsome TM Server") && carried[1].contains("heartsome.tmx"))
    }

    @Test func anOriginFilterCarriesOnlyThatFilesHeader() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let memory = directory.appendingPathComponent("memory.sqlite").path
        for file in ["trados-header", "heartsome"] {
            let result = try PadanProcess.run(["memory", "import", try MemoryCommandTests.fixture(file), "--memory", memory, "--quiet"])
            #expect(result.status == 0, "\(result.standardError)")
        }
        let heartsome = try Self.export(["--origin", "heartsome.tmx"], memory: memory, in: directory)
        let lines = Self.headerLines(heartsome)
        #expect(lines.count == 5)
        #expect(lines.first == "    <note>Exported from the shared newsroom memory.</note>")
        #expect(lines[1].contains("Heartsome TM Server") && lines[1].contains("heartsome.tmx"))
        #expect(lines[2] == #"    <ude name="MacRoman" base="Macintosh">"#)
        #expect(!heartsome.contains("SDL") && !heartsome.contains("NewsroomSymbols"))
        // A filter that keeps no unit keeps no header either: Padan's own, empty.
        let none = try Self.export(["--origin", "elsewhere.tmx"], memory: memory, in: directory)
        #expect(none.contains(#"datatype="plaintext"/>"#))
    }
}
