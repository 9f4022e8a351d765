import Foundation
import Testing
@testable import TMX

@Suite struct TMXRoundTripTests {
    static let styles = ["omegat.tmx", "omegat-level1-tmx11.tmx", "trados-workbench-utf16.tmx", "trados-studio.tmx",
                         "memoq.tmx", "heartsome.tmx", "okapi.tmx", "latin1-declared.tmx", "deviations.tmx"]

    @Test(arguments: styles)
    func readWriteReadGivesAnEqualModel(_ name: String) throws {
        let original = try readAll(try fixture(name)).memory
        let path = temporaryPath(name)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try write(original, to: path)
        let (copy, reader) = try readAll(path)
        var expected = original
        expected.header.version = original.header.version ?? "1.4"
        #expect(copy == expected)
        #expect(!reader.warnings.contains { $0.severity == .error })
    }

    @Test func segmentContentIsWrittenWithoutIndentation() throws {
        let memory = try readAll(try fixture("okapi.tmx")).memory
        let path = temporaryPath("okapi.tmx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try write(memory, to: path)
        let output = try String(contentsOfFile: path, encoding: .utf8)
        #expect(output.contains("<seg>  Dua kapal selam  Scorpène   akan dibangun di Surabaya.</seg>"))
        #expect(output.contains("<seg>The contract is worth <bpt i=\"1\" x=\"1\">&lt;strong&gt;</bpt>Rp 33 trillion<ept i=\"1\">&lt;/strong&gt;</ept>,\naccording to PT PAL &amp; Naval Group.</seg>"))
        #expect(output.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\">"))
        #expect(output.contains("\n    <tu tuid=\"kapal-selam.html_1_0\">\n      <prop type=\"Txt::FileName\">kapal-selam.html</prop>"))
    }

    @Test func padanHeaderHasEveryRequiredAttribute() throws {
        let path = temporaryPath("padan.tmx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let unit = TranslationUnit(variants: [
            TranslationVariant(language: "id", segment: Segment(text: "Seoul & Jakarta <sepakat>")),
            TranslationVariant(language: "en", segment: Segment(text: "Seoul & Jakarta <agree>")),
        ])
        let writer = try TMXWriter(path: path, header: .padan(toolVersion: "9.9"))
        try writer.write(unit)
        try writer.finish()
        let (memory, reader) = try readAll(path)
        #expect(memory.units == [unit])
        #expect(reader.warnings.isEmpty)
        for name in TMXSchema.requiredHeaderAttributes { #expect(memory.header.attributes[named: name] != nil) }
        #expect(memory.header.attributes[named: "creationtool"] == "padan")
        #expect(memory.header.attributes[named: "creationtoolversion"] == "9.9")
    }

    @Test func variantWithoutLanguageIsRefusedAndNoFileIsLeft() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("padan-tmx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out.tmx").path
        do {
            let writer = try TMXWriter(path: path, header: .padan(toolVersion: "1"))
            var variant = TranslationVariant(language: "id", segment: Segment(text: "x"))
            variant.attributes = []
            let error = try #require(throws: TMXError.self) { try writer.write(TranslationUnit(variants: [variant])) }
            #expect(error.kind == .invalid)
            #expect(error.message.contains("without a language"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func unwritableDestinationIsACannotWriteError() throws {
        let error = try #require(throws: TMXError.self) {
            try TMXWriter(path: "/nonexistent-padan-dir/out.tmx", header: .padan(toolVersion: "1"))
        }
        #expect(error.kind == .cannotWrite)
        #expect(error.category == .cannotCreate)
    }
}
