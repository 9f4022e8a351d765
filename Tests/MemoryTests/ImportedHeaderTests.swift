import Foundation
import GRDB
import Testing
@testable import Memory
import TMX

@Suite struct ImportedHeaderTests {
    /// A small header of another tool, with `props` and `notes`.
    static func header(tool: String, props: [TMXProperty] = [], notes: [TMXNote] = [],
                       encodings: [TMXUserDefinedEncoding] = []) -> TMXHeader {
        TMXHeader(attributes: [TMXAttribute("creationtool", tool), TMXAttribute("creationtoolversion", "2"),
                               TMXAttribute("segtype", "sentence"), TMXAttribute("o-tmf", tool), TMXAttribute("adminlang", "en"),
                               TMXAttribute("srclang", "id"), TMXAttribute("datatype", "plaintext")],
                  notes: notes, properties: props, userDefinedEncodings: encodings)
    }

    /// The `x-padan-import-header` prop's JSON, decoded by Foundation rather than by Padan.
    static func decodedAttributes(_ property: TMXProperty) throws -> (attributes: [[String]], origin: String?, version: String?) {
        #expect(property.type == "x-padan-import-header")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(property.value.utf8)) as? [String: Any])
        #expect(Set(object.keys).isSubset(of: ["attributes", "origin", "tmxVersion"]))
        return (try #require(object["attributes"] as? [[String]]), object["origin"] as? String, object["tmxVersion"] as? String)
    }

    static func headerRowCount(_ memory: TranslationMemory) throws -> Int {
        try memory.database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM import_header") ?? -1 }
    }

    @Test func aFileExportedAloneGetsBackItsHeaderPropsNotesAndUdes() throws {
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        let reader = try TMXReader(path: try fixture("memoq-header", "tmx").path)
        let original = reader.header
        let summary = try memory.importUnits(from: { try reader.next() }, origin: "pilkada.tmx", header: original,
                                             sourceLanguage: "id", targetLanguage: "en")
        #expect(summary.added == 2)

        let exported = try exportFile(memory, in: scratch)
        #expect(exported.header.attributes == TMXHeader.padan(toolVersion: "0.1.0").attributes)
        #expect(exported.header.notes == original.notes)
        #expect(exported.header.userDefinedEncodings == original.userDefinedEncodings)
        #expect(exported.header.properties.dropLast() == original.properties[...])
        let carried = try Self.decodedAttributes(try #require(exported.header.properties.last))
        #expect(carried.attributes == original.attributes.map { [$0.name, $0.value] })
        #expect(carried.attributes.contains(["creationid", #"DESK\nadia"#]))
        #expect(carried.origin == "pilkada.tmx")
        #expect(carried.version == "1.4")
        #expect(exported.units.first?.variants.first?.segment.plainText.first == "\u{E000}")
        // The header's elements come out as the file wrote them, in the same order.
        let fixtureText = try String(contentsOf: try fixture("memoq-header", "tmx"), encoding: .utf8)
        let block = fixtureText.components(separatedBy: "\n").drop { !$0.contains("<note>") }.prefix { !$0.contains("</header>") }
        let (notesAndProps, encodings) = (block.prefix { !$0.contains("<ude") }, block.drop { !$0.contains("<ude") })
        #expect((notesAndProps.count, encodings.count) == (7, 4))
        #expect(exported.text.contains(notesAndProps.joined(separator: "\n") + "\n    <prop type=\"x-padan-import-header\">"))
        #expect(exported.text.contains("</prop>\n" + encodings.joined(separator: "\n") + "\n  </header>"))
    }

    @Test func identicalHeaderPartsOfTwoImportsAreCarriedOnceInImportOrder() throws {
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        let desk = TMXProperty(type: "x-desk", value: "ekonomi"), client = TMXProperty(type: "x-client", value: "Kantor Berita")
        let note = TMXNote("Diperiksa redaktur.")
        let encoding = TMXUserDefinedEncoding(attributes: [TMXAttribute("name", "PUA")], maps: [[TMXAttribute("unicode", "#xE000")]])
        let first = Self.header(tool: "OmegaT", props: [desk, client], notes: [note], encodings: [encoding])
        let second = Self.header(tool: "memoQ", props: [TMXProperty(type: "x-desk", value: "politik"), client, desk],
                                 notes: [note, TMXNote("Kedua.")], encodings: [encoding])
        _ = try memory.importUnits([pair("Satu.", "One.")], origin: "a.tmx", header: first, sourceLanguage: "id", targetLanguage: "en")
        _ = try memory.importUnits([pair("Dua.", "Two.")], origin: "b.tmx", header: second, sourceLanguage: "id", targetLanguage: "en")

        let header = TMXHeader.padan(toolVersion: "0.1.0").carrying(try memory.importedHeaders())
        #expect(header.notes == [note, TMXNote("Kedua.")])
        #expect(header.userDefinedEncodings == [encoding])
        #expect(header.properties.prefix(3) == [desk, client, TMXProperty(type: "x-desk", value: "politik")])
        let carried = try header.properties.dropFirst(3).map(Self.decodedAttributes)
        #expect(carried.map(\.origin) == ["a.tmx", "b.tmx"])
        #expect(carried.map { $0.attributes.first } == [["creationtool", "OmegaT"], ["creationtool", "memoQ"]])
    }

    @Test func exportFiltersCarryOnlyTheHeadersOfImportsWithExportedUnits() throws {
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        let antara = Self.header(tool: "Trados", props: [TMXProperty(type: "x-source", value: "Antara")])
        let tempo = Self.header(tool: "OmegaT", props: [TMXProperty(type: "x-source", value: "Tempo")])
        _ = try memory.importUnits([pair("Satu.", "One.", attributes: [TMXAttribute("creationdate", "20150101T000000Z")])],
                               origin: "antara.tmx", header: antara, sourceLanguage: "id", targetLanguage: "en")
        _ = try memory.importUnits([pair("Dua.", "Two.", attributes: [TMXAttribute("creationdate", "20200101T000000Z")])],
                               origin: "tempo.tmx", header: tempo, sourceLanguage: "id", targetLanguage: "en")

        let onlyAntara = try exportFile(memory, in: scratch, filter: ExportFilter(origin: "antara.tmx"))
        #expect(onlyAntara.units.count == 1)
        #expect(onlyAntara.header.properties.first == TMXProperty(type: "x-source", value: "Antara"))
        #expect(try onlyAntara.header.properties.dropFirst().map { try Self.decodedAttributes($0).origin } == ["antara.tmx"])
        #expect(try memory.importedHeaders(filter: ExportFilter(since: TMXDate.parse("20190101T000000Z"))).map(\.origin) == ["tempo.tmx"])
        #expect(try memory.importedHeaders(filter: ExportFilter(sourceLanguage: "id", targetLanguage: "en")).count == 2)
        let base = TMXHeader.padan(toolVersion: "0.1.0")
        #expect(base.carrying(try memory.importedHeaders(filter: ExportFilter(sourceLanguage: "en"))) == base)
    }

    @Test func aFailedImportLeavesNoHeaderRow() throws {
        struct BrokenInput: Error {}
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        let kept = Self.header(tool: "OmegaT", props: [TMXProperty(type: "x-desk", value: "ekonomi")])
        _ = try memory.importUnits([pair("Satu.", "One.")], origin: "first.tmx", header: kept, sourceLanguage: "id", targetLanguage: "en")
        var remaining = (0..<3000).map { pair("Kalimat \($0).", "Sentence \($0).") }
        #expect(throws: BrokenInput.self) {
            _ = try memory.importUnits(from: {
                if remaining.isEmpty { throw BrokenInput() }
                return remaining.removeFirst()
            }, origin: "broken.tmx", header: Self.header(tool: "Broken"), sourceLanguage: "id", targetLanguage: "en")
        }
        #expect(try Self.headerRowCount(memory) == 1)
        #expect(try memory.importedHeaders().map(\.header) == [kept])
    }

    @Test func reimportingAFileReusesItsHeaderRowUnlessTheHeaderChanged() throws {
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        let header = Self.header(tool: "OmegaT", props: [TMXProperty(type: "x-desk", value: "ekonomi")])
        _ = try memory.importUnits([pair("Satu.", "One.")], origin: "desk.tmx", header: header, sourceLanguage: "id", targetLanguage: "en")
        let firstDate = try #require(try memory.importedHeaders().first?.importedAt)

        // The same file again: every unit a duplicate, so nothing is added, not even a header.
        let again = try memory.importUnits([pair("Satu.", "One.")], origin: "desk.tmx", header: header, sourceLanguage: "id", targetLanguage: "en")
        #expect(again.added == 0)
        // The file grew, its header did not change: the same row, with the newer date.
        _ = try memory.importUnits([pair("Satu.", "One."), pair("Dua.", "Two.")], origin: "desk.tmx", header: header,
                               sourceLanguage: "id", targetLanguage: "en")
        #expect(try Self.headerRowCount(memory) == 1)
        #expect(try #require(try memory.importedHeaders().first?.importedAt) > firstDate)
        // The same header under another origin, and a changed header under the same origin: new rows.
        _ = try memory.importUnits([pair("Tiga.", "Three.")], origin: "copy.tmx", header: header, sourceLanguage: "id", targetLanguage: "en")
        var changed = header
        changed.properties.append(TMXProperty(type: "x-editor", value: "rina"))
        _ = try memory.importUnits([pair("Empat.", "Four.")], origin: "desk.tmx", header: changed, sourceLanguage: "id", targetLanguage: "en")
        // Units without a header (an alignment) store none.
        _ = try memory.importUnits([pair("Lima.", "Five.")], origin: "aligned", sourceLanguage: "id", targetLanguage: "en")
        #expect(try Self.headerRowCount(memory) == 3)
        #expect(try memory.importedHeaders().map(\.origin) == ["desk.tmx", "copy.tmx", "desk.tmx"])

        let exported = TMXHeader.padan(toolVersion: "0.1.0").carrying(try memory.importedHeaders())
        #expect(exported.properties.prefix(2) == [TMXProperty(type: "x-desk", value: "ekonomi"), TMXProperty(type: "x-editor", value: "rina")])
        // The two desk.tmx rows have the same attributes: one prop says so.
        #expect(try exported.properties.dropFirst(2).map { try Self.decodedAttributes($0).origin } == ["desk.tmx", "copy.tmx"])
    }

    @Test func aPadanExportImportedBackExportsTheSameFile() throws {
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        let reader = try TMXReader(path: try fixture("memoq-header", "tmx").path)
        _ = try memory.importUnits(from: { try reader.next() }, origin: "pilkada.tmx", header: reader.header,
                               sourceLanguage: "id", targetLanguage: "en")
        let first = try exportFile(memory, in: scratch)

        let copyScratch = ScratchMemory()
        let copy = try copyScratch.open()
        _ = try copy.importUnits(first.units, origin: "export.tmx", header: first.header, sourceLanguage: "id", targetLanguage: "en")
        #expect(try exportFile(copy, in: copyScratch).text == first.text)
        // Another Padan version's export is another header: its attributes are carried.
        let newer = try exportFile(copy, in: copyScratch, base: .padan(toolVersion: "0.2.0"))
        #expect(try Self.decodedAttributes(try #require(newer.header.properties.last)).origin == "export.tmx")
    }

    @Test func theStoredHeaderKeepsEveryAttributeInOrder() throws {
        let scratch = ScratchMemory()
        let memory = try scratch.open()
        var header = Self.header(tool: "Heartsome", props: [TMXProperty(type: "x-a", value: "1", attributes: [TMXAttribute("o-encoding", "latin1")])])
        header.version = nil
        header.attributes.insert(TMXAttribute("x-vendor", "line one\nline \"two\""), at: 0)
        _ = try memory.importUnits([pair("Satu.", "One.")], origin: nil, header: header, sourceLanguage: "id", targetLanguage: "en")
        let stored = try #require(try memory.importedHeaders().first)
        #expect(stored.header == header)
        #expect(stored.origin == nil)
        let carried = try Self.decodedAttributes(stored.attributesProperty)
        #expect(carried.attributes.first == ["x-vendor", "line one\nline \"two\""])
        #expect(carried.origin == nil && carried.version == nil)
        #expect(!stored.attributesProperty.value.contains("\n"))
    }

    @Test func aVersion1MemoryOpensUpgradesAndExportsAsBefore() throws {
        let scratch = ScratchMemory()
        try FileManager.default.createDirectory(at: scratch.directory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: try fixture("memory-v1", "sqlite"), to: URL(fileURLWithPath: scratch.path))
        let memory = try scratch.open()
        let migrations = try memory.database.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY 1") }
        #expect(migrations == ["v1", "v2", "v3", "v4", "v5-payload-text-references", "v6-source-hash"])
        #expect(try memory.importedHeaders().isEmpty)

        let exported = try exportFile(memory, in: scratch)
        #expect(exported.text == (try String(contentsOf: try fixture("memory-v1-export", "tmx"), encoding: .utf8)))
        let source = try TMXReader(path: try fixture("memory-v1-source", "tmx").path)
        var sourceUnits: [TranslationUnit] = []
        while let unit = try source.next() { sourceUnits.append(unit) }
        #expect(exported.units == sourceUnits)
        #expect(try memory.lookup("Banjir merendam 1.200 rumah di Kabupaten Bandung, Senin.").first?.score == 100)

        // New imports into the upgraded memory keep their header; the old units still bring none.
        let header = Self.header(tool: "OmegaT", props: [TMXProperty(type: "x-desk", value: "daerah")])
        _ = try memory.importUnits([pair("Hujan reda.", "The rain stopped.")], origin: "new.tmx", header: header,
                               sourceLanguage: "id", targetLanguage: "en")
        #expect(try memory.importedHeaders().map(\.origin) == ["new.tmx"])
        #expect(try memory.importedHeaders(filter: ExportFilter(origin: "memory-v1-source.tmx")).isEmpty)
    }

    @Test func aMemoryWithAMigrationAfterTheLastIsRefused() throws {
        let scratch = ScratchMemory()
        do {
            let memory = try scratch.open()
            _ = try memory.importUnits([pair("Satu.", "One.")], origin: "a.tmx", header: Self.header(tool: "OmegaT"),
                                   sourceLanguage: "id", targetLanguage: "en")
            try memory.database.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')") }
            try memory.database.close()
        }
        let error = try #require(throws: MemoryError.self) { try scratch.open() }
        #expect(error.kind == .newerSchema)
    }
}
