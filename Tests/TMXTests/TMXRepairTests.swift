import Foundation
import Testing
import TextIO
@testable import TMX

/// What translate-toolkit, lxml and OmegaT load but TMX forbids: read with a warning per repair,
/// reported by `validate` as errors. `foreign-markup.tmx` holds one of each.
@Suite struct TMXRepairTests {
    private func document(_ segment: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="id" datatype="html"/>
        <body><tu><tuv xml:lang="id"><seg>\(segment)</seg></tuv></tu></body></tmx>
        """
    }

    private func validated(_ segment: String) throws -> TMXValidationReport {
        let path = temporaryPath("repair.tmx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try document(segment).write(toFile: path, atomically: true, encoding: .utf8)
        return try TMXValidator.validate(path: path, fileName: "repair.tmx")
    }

    @Test func unpairedCodesBecomeIsolatedOnesAndARepeatedPairIsRenumbered() throws {
        let (memory, reader) = try readAll(try fixture("foreign-markup.tmx"))
        #expect(memory.units.count == 4)
        #expect(memory.units[0].variant(for: "id")?.segment.content == [
            text("Rapat "), tag(.it, [("pos", "end")], [text("</b>")]), text("dimulai "),
            tag(.it, [("pos", "begin")], [text("<b>")]), text("pagi ini."),
        ])
        #expect(memory.units[1].variant(for: "id")?.segment.content == [
            tag(.bpt, [("i", "1")], [text("<i>")]), text("Satu"), tag(.ept, [("i", "1")], [text("</i>")]), text(" dan "),
            tag(.bpt, [("i", "2")], [text("<i>")]), text("dua"), tag(.ept, [("i", "2")], [text("</i>")]), text("."),
        ])
        // The English of the same units was valid and is read as written.
        #expect(memory.units[1].variant(for: "en")?.segment.content.count == 8)
        let warnings = reader.warnings.filter { $0.location.line == 6 || $0.location.line == 10 }
        #expect(warnings.map(\.severity) == [.warning, .warning, .warning])
        #expect(warnings.map(\.location.line) == [6, 6, 10])
    }

    @Test func htmlElementsBecomePlaceholdersHoldingTheirMarkupAndEntitiesTheirCharacters() throws {
        let (memory, reader) = try readAll(try fixture("foreign-markup.tmx"))
        let indonesian = try #require(memory.units[2].variant(for: "id")?.segment)
        #expect(indonesian.content == [
            text("Kota "), tag(.ph, [], [text(#"<span class="place" title="a &amp; b">"#)]), text("MünsÜter"),
            tag(.ph, [], [text("</span>")]), text(" ramai."), tag(.ph, [], [text("<br/>")]),
        ])
        #expect(indonesian.plainText == "Kota MünsÜter ramai.")
        let english = try #require(memory.units[2].variant(for: "en")?.segment)
        #expect(english.plainText == "The city of Münster was busy\u{A0}— ")
        #expect(english.content.last == tag(.ph, [], [text(#"<img src="x.png"/>"#)]))
        // A CDATA section and a comment keep an entity-like text as written.
        #expect(memory.units[3].variant(for: "id")?.segment.plainText == "Tanda &Uuml; tetap.")
        let messages = reader.warnings.filter { $0.location.line == 14 || $0.location.line == 15 }.map(\.message)
        #expect(messages.filter { $0.contains("is not a TMX element; read as <ph>") }.count == 3)
        #expect(messages.contains("&Uuml; is an HTML entity the file does not declare; read as “Ü”"))
        #expect(messages.contains { $0.hasPrefix("<img> inside <ph> is markup") })
        #expect(reader.warnings.allSatisfy { $0.severity == .warning })
        #expect(reader.warnings.count == 11)
    }

    @Test func whatReadingRepairsWritesBackAsValidTMX() throws {
        let (memory, _) = try readAll(try fixture("foreign-markup.tmx"))
        let path = temporaryPath("repaired.tmx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try write(memory, to: path)
        let report = try TMXValidator.validate(path: path)
        #expect(report.errorCount == 0, "\(report.diagnostics)")
        #expect(try readAll(path).memory.units == memory.units)
    }

    @Test(arguments: [
        ("Rapat <ept i=\"1\">&lt;/b&gt;</ept>dimulai.", "<ept i=\"1\"> has no <bpt i=\"1\"> before it"),
        ("<bpt i=\"1\">a</bpt>x<ept i=\"1\">b</ept><bpt i=\"1\">a</bpt>y<ept i=\"1\">b</ept>", "a second <bpt i=\"1\"> in one segment"),
        ("Kota <span class=\"place\">Bogor</span>.", "<span> is not allowed inside <seg>"),
        ("M&Uuml;nchen", "&Uuml; is an HTML entity"),
    ])
    func validateStillReportsEachAsAnError(_ segment: String, _ message: String) throws {
        let report = try validated(segment)
        #expect(!report.isValid)
        #expect(report.diagnostics.contains { $0.severity == .error && $0.message.contains(message) }, "\(report.diagnostics)")
    }

    @Test func anHTMLEntityErrorGivesItsLineAndColumn() throws {
        let report = try validated("M&Uuml;nchen")
        let error = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(error.location.line == 3 && error.location.column != nil)
    }

    @Test(arguments: [
        ("Kota <b>Bogor</seg>", "Opening and ending tag mismatch"),
        ("Kota &bogus; Bogor", "Entity 'bogus' not defined"),
        ("Kota <seg>Bogor</seg>", "<seg> is not allowed inside <seg>"),
    ])
    func anythingElseThatIsNotWellFormedOrNotTMXIsStillRefused(_ segment: String, _ message: String) throws {
        let bytes = Array(document(segment).utf8)
        let error = try #require(throws: TMXError.self) {
            let reader = try TMXReader(bytes: bytes, fileName: "bad.tmx")
            while try reader.next() != nil {}
        }
        #expect(error.message.contains(message), "\(error)")
        #expect(error.location.line == 3)
    }

    @Test func declaredEntitiesAreStillRefusedWhenReadingRepairs() throws {
        let error = try #require(throws: TMXError.self) { _ = try readAll(try fixture("xxe.tmx")) }
        #expect(error.kind == .unsafe)
    }
}
