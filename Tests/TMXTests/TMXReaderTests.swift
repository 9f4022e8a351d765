import Foundation
import Testing
import TextIO
@testable import TMX

@Suite struct TMXReaderTests {
    @Test func omegaTExportKeepsPairedTagsPropsAndNotes() throws {
        let (memory, reader) = try readAll(try fixture("omegat.tmx"))
        #expect(memory.header.version == "1.4")
        #expect(memory.header.attributes[named: "creationtool"] == "OmegaT")
        #expect(memory.units.count == 3)
        let second = memory.units[1].variant(for: "id")?.segment
        #expect(second?.content == [
            text("Menurut juru bicara "),
            tag(.bpt, [("i", "0"), ("x", "0")], [text("<b0>")]),
            text("TNI AU"),
            tag(.ept, [("i", "0")], [text("</b0>")]),
            text(", pesawat pertama tiba tahun 2026."),
        ])
        #expect(second?.plainText == "Menurut juru bicara TNI AU, pesawat pertama tiba tahun 2026.")
        let third = memory.units[2]
        #expect(third.properties.map(\.type) == ["file", "prev", "next"])
        #expect(third.variant(for: "en")?.notes.first?.text == "Client prefers \"instalment\", not \"phase\".")
        #expect(third.variant(for: "en")?.attributes[named: "changeid"] == "bayu")
        #expect(reader.warnings.isEmpty)
    }

    @Test func tradosWorkbenchUTF16WithEmptyPropsAndUnknownTags() throws {
        let (memory, reader) = try readAll(try fixture("trados-workbench-utf16.tmx"))
        #expect(memory.units.count == 2)
        #expect(memory.header.properties.first?.type == "RTFFontTable")
        #expect(memory.header.properties.first?.value.hasPrefix("\n{\\fonttbl") == true)
        let first = memory.units[0]
        #expect(first.attributes[named: "usagecount"] == "7")
        #expect(first.properties.map(\.value) == ["Antara", ""])
        #expect(first.variant(for: "id")?.segment.plainText == "Menteri Pertahanan Prabowo Subianto bertemu mitranya dari Korea Selatan di Jakarta.")
        let second = try #require(memory.units[1].variant(for: "en-GB"))
        #expect(second.segment.content[1] == tag(.ut, [], [text("{\\i ")]))
        #expect(second.segment.plainText == "The two countries agreed to continue the KF-21 Boramae project.")
        #expect(reader.warnings.allSatisfy { $0.severity == .warning && $0.message.contains("<ut>") })
        #expect(reader.warnings.count == 4)
    }

    @Test func tradosStudioEmptyPairedTagsAndPlaceholders() throws {
        let (memory, reader) = try readAll(try fixture("trados-studio.tmx"))
        #expect(memory.header.properties.count == 5)
        let first = try #require(memory.units.first?.variant(for: "id"))
        #expect(first.segment.content[1] == tag(.bpt, [("i", "1"), ("type", "1"), ("x", "1")]))
        #expect(first.segment.inlineTagCount == 2)
        #expect(memory.units[1].variant(for: "en")?.segment.content[1] == tag(.ph, [("x", "2"), ("type", "0")]))
        #expect(reader.warnings.isEmpty)
    }

    @Test func memoQContextPropsAndCurlyBraceCodes() throws {
        let (memory, _) = try readAll(try fixture("memoq.tmx"))
        #expect(memory.header.sourceLanguage == "id-id")
        let unit = try #require(memory.units.first)
        #expect(unit.properties.first { $0.type == "x-context-pre" }?.value == "<seg>Seoul menyebut peluncuran itu provokasi.</seg>")
        #expect(unit.properties.first { $0.type == "x-context-post" }?.value == "")
        #expect(unit.variant(for: "en")?.segment.plainText == "The United States and Japan condemned the Hwasong-18 test.")
    }

    @Test func heartsomeIsolatedTagsSubFlowsHighlightsAndUserEncoding() throws {
        let (memory, reader) = try readAll(try fixture("heartsome.tmx"))
        #expect(memory.header.sourceLanguage == "*all*")
        #expect(memory.header.notes.first?.text == "Exported from the shared newsroom memory.")
        let encoding = try #require(memory.header.userDefinedEncodings.first)
        #expect(encoding.maps.first?[named: "subst"] == "[Apple]")
        let first = try #require(memory.units.first?.variant(for: "id"))
        #expect(first.segment.content.last == tag(.hi, [("type", "place")], [text("Natuna")]))
        #expect(first.segment.plainText == "Kapal perang RI mengusir kapal asing dari perairan Natuna")
        let map = try #require(memory.units[1].variant(for: "en")?.segment.content[1])
        #expect(map == tag(.ph, [("x", "2")], [
            text("<img src=\"peta.png\" alt=\""), tag(.sub, [], [text("Map of the North Natuna Sea")]), text("\"/>"),
        ]))
        #expect(reader.warnings.isEmpty)
    }

    @Test func okapiWhiteSpaceInsideSegmentsIsKeptExactly() throws {
        let (memory, _) = try readAll(try fixture("okapi.tmx"))
        #expect(memory.units[0].variant(for: "id")?.segment.plainText == "  Dua kapal selam  Scorpène   akan dibangun di Surabaya.")
        #expect(memory.units[1].variant(for: "en")?.segment.plainText == "The contract is worth Rp 33 trillion,\naccording to PT PAL & Naval Group.")
    }

    @Test func tmx11LangAttributeIsReadWithAWarning() throws {
        let (memory, reader) = try readAll(try fixture("omegat-level1-tmx11.tmx"))
        #expect(memory.header.version == "1.1")
        #expect(memory.units.count == 2)
        #expect(memory.units[0].variants.map(\.language) == ["ID", "EN-GB"])
        #expect(memory.units[0].variant(for: "en")?.segment.plainText == "North Korea fired a ballistic missile into the Sea of Japan.")
        #expect(reader.warnings.count == 4)
        #expect(reader.warnings.allSatisfy { $0.message.contains("TMX 1.1–1.3") })
    }

    @Test func latin1DeclaredEncodingIsDecoded() throws {
        let (memory, _) = try readAll(try fixture("latin1-declared.tmx"))
        #expect(memory.units.first?.notes.first?.text == "Kutipan dari harian « Le Monde ».")
    }

    @Test func deviationsOfRealExportsAreReadWithWarnings() throws {
        let (memory, reader) = try readAll(try fixture("deviations.tmx"))
        #expect(memory.header.version == nil)
        #expect(memory.header.attributes.isEmpty)
        #expect(memory.units.count == 1)
        #expect(memory.units[0].properties == [TMXProperty(type: nil, value: "desk-internasional")])
        let messages = reader.warnings.map(\.message)
        #expect(messages.contains("<tmx> has no version"))
        #expect(messages.contains("no <header> before <body>"))
        #expect(messages.contains("<prop> without type"))
        #expect(messages.contains { $0.hasPrefix("lang=\"id\" is the TMX 1.1–1.3 form") })
        #expect(messages.contains { $0.contains("is not a TMX date") })
        #expect(reader.warnings.allSatisfy { $0.severity == .warning })
        #expect(reader.warnings.first { $0.message.contains("<prop>") }?.location.line == 5)
    }

    @Test func readsFromMemoryAndStopsAtTheEnd() throws {
        let document = """
            <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="id" datatype="plaintext"/>
            <body><tu><tuv xml:lang="id"><seg>Satu</seg></tuv></tu></body></tmx>
            """
        let reader = try TMXReader(bytes: Array(document.utf8), fileName: "inline.tmx")
        #expect(try reader.next()?.variants.first?.segment == Segment(text: "Satu"))
        #expect(try reader.next() == nil)
        #expect(try reader.next() == nil)
        #expect(reader.bytesRead > 0)
    }
}
