import Documents
import TMX
import Testing
import XMLStream

@Suite struct XLIFFReaderTests {
    private func units(_ name: String) throws -> (units: [TranslationUnit], reader: XLIFFReader) {
        let reader = try XLIFFReader(path: try fixturePath(name))
        var units: [TranslationUnit] = []
        while let unit = try reader.next() { units.append(unit) }
        return (units, reader)
    }

    private func property(_ unit: TranslationUnit, _ type: String) -> String? {
        unit.properties.first { $0.type == type }?.value
    }

    @Test func omegaTStyle12KeepsPairedAndStandaloneCodesAndSkipsUntranslated() throws {
        let (units, reader) = try units("omegat.xlf")
        #expect(reader.version == "1.2")
        #expect(units.count == 2)
        #expect(reader.untranslated == 2)
        let first = try #require(units.first)
        let english = try #require(first.variant(for: "en")).segment
        #expect(english.content == [
            .text("Heavy rain has fallen on "),
            .tag(InlineTag(.bpt, attributes: [TMXAttribute("i", "1"), TMXAttribute("x", "1"), TMXAttribute("type", "bold")])),
            .text("Green Valley Regency"),
            .tag(InlineTag(.ept, attributes: [TMXAttribute("i", "1")])),
            .text(" since Sunday night."),
        ])
        #expect(first.notes.map(\.text) == ["Nama kabupaten fiktif; jangan diterjemahkan lain."])
        #expect(property(first, "x-xliff-state") == "translated")
        #expect(property(first, "x-xliff-original") == "laporan-banjir.odt")
        #expect(try #require(units.last?.variant(for: "id")).segment.content.contains(.tag(InlineTag(.ph, attributes: [TMXAttribute("x", "2"), TMXAttribute("type", "lb")]))))
    }

    @Test func tradosMarkedSegmentsBecomeOneUnitEachWithTheirNativeCodes() throws {
        let (units, reader) = try units("trados.sdlxliff")
        #expect(units.map { $0.variant(for: "en")?.segment.plainText } == ["Chilli prices rose.", "Traders complained."])
        #expect(reader.untranslated == 1)
        #expect(units.map { property($0, "x-sdl-conf") } == ["Translated", "ApprovedTranslation"])
        #expect(units.map { property($0, "x-xliff-id") } == ["a1b2/1", "a1b2/2"])
        let second = try #require(units.last?.variant(for: "id-ID")).segment
        #expect(second.content[1] == .tag(InlineTag(.bpt, attributes: [TMXAttribute("i", "1"), TMXAttribute("x", "5")], content: [.text("<b>")])))
        #expect(second.content[3] == .tag(InlineTag(.ept, attributes: [TMXAttribute("i", "1")], content: [.text("</b>")])))
        #expect(units[0].variant(for: "en")?.language == "en-GB")
    }

    @Test func memoQStatusDecidesAndBxExPairThroughRid() throws {
        let (units, reader) = try units("memoq.mqxliff")
        #expect(units.count == 2)
        #expect(reader.untranslated == 1)
        #expect(units.map { property($0, "x-memoq-status") } == ["ManuallyConfirmed", "PartiallyEdited"])
        let english = try #require(units.first?.variant(for: "en")).segment
        #expect(english.inlineTagCount == 2)
        guard case .tag(let begin) = english.content[1], case .tag(let end) = english.content[3] else {
            Issue.record("expected codes around “nine”: \(english.content)")
            return
        }
        #expect(begin.kind == .bpt && end.kind == .ept)
        #expect(begin.attributes[named: "i"] == end.attributes[named: "i"])
        #expect(units.last?.variant(for: "en")?.segment.content[1] == .tag(InlineTag(.ph, attributes: [TMXAttribute("x", "3")], content: [.text("<img src=\"ikon.png\"/>")])))
    }

    @Test func phraseIsolatedCodesAndTranslateNo() throws {
        let (units, reader) = try units("phrase.xlf")
        #expect(units.count == 1)
        #expect(reader.untranslated == 1)
        #expect(property(units[0], "x-phrase-confirmed") == "1")
        #expect(units[0].variant(for: "id")?.segment.content[1]
                == .tag(InlineTag(.it, attributes: [TMXAttribute("pos", "begin"), TMXAttribute("x", "1")], content: [.text("<span>")])))
    }

    @Test func xliff20OriginalDataPairedCodesMarkersAndStates() throws {
        let (units, reader) = try units("xliff20.xlf")
        #expect(reader.version == "2.0")
        #expect(units.count == 3)
        #expect(reader.untranslated == 1)
        let first = try #require(units.first?.variant(for: "en")).segment
        #expect(first.content == [
            .text("The "),
            .tag(InlineTag(.bpt, attributes: [TMXAttribute("i", "1"), TMXAttribute("x", "1")], content: [.text("<a href=\"/jadwal\">")])),
            .text("train"),
            .tag(InlineTag(.ept, attributes: [TMXAttribute("i", "1")], content: [.text("</a>")])),
            .text(" timetable changes"),
            .tag(InlineTag(.ph, attributes: [TMXAttribute("x", "2")], content: [.text("<br/>")])),
            .text(" from Monday."),
        ])
        #expect(units[0].notes.map(\.text) == ["Gunakan \"commuter line\", bukan \"KRL\"."])
        let second = try #require(units[1].variant(for: "id")).segment
        #expect(second.plainText == "Penumpang diminta datang lebih awal di stasiun…")
        #expect(second.content.contains(.tag(InlineTag(.hi, attributes: [TMXAttribute("type", "x-term")], content: [.text("di stasiun")]))))
        #expect(property(units[1], "x-xliff-substate") == "x-desk:checked")
        #expect(property(units[1], "x-xliff-id") == "u1/s2")
        #expect(units[2].variant(for: "en")?.segment.content[1] == .tag(InlineTag(.it, attributes: [TMXAttribute("pos", "end"), TMXAttribute("x", "9")])))
    }

    @Test func aTMXFileIsNotXLIFF() throws {
        let tmx = "<?xml version=\"1.0\"?><tmx version=\"1.4\"><header/><body/></tmx>"
        let error = try #require(throws: XMLError.self) { try XLIFFReader(bytes: Array(tmx.utf8), fileName: "m.xlf") }
        #expect(error.kind == .invalid)
        #expect(error.message.contains("not an XLIFF file"))
    }

    @Test(arguments: [
        ("<xliff version=\"3.0\"><file/></xliff>", "not one Padan reads"),
        ("<xliff version=\"1.2\"><file target-language=\"en\"><body/></file></xliff>", "no source language"),
        ("<xliff version=\"1.2\"><file source-language=\"id\" target-language=\"en\"><body><trans-unit id=\"7\"><target>x</target></trans-unit></body></file></xliff>", "has no <source>"),
        ("<xliff version=\"1.2\"><file source-language=\"id\" target-language=\"en\"><body><trans-unit id=\"7\"><source>a <b>b</b></source></trans-unit></body></file></xliff>", "not an XLIFF 1.2 inline element"),
    ])
    func structuralProblemsAreInvalid(document: String, message: String) throws {
        let reader: XLIFFReader
        do {
            reader = try XLIFFReader(bytes: Array(document.utf8), fileName: "bad.xlf")
        } catch {
            #expect(error.kind == .invalid)
            #expect(error.message.contains(message))
            return
        }
        let error = try #require(throws: XMLError.self) { while try reader.next() != nil {} }
        #expect(error.kind == .invalid)
        #expect(error.message.contains(message))
    }

    @Test func malformedXMLIsReportedWithItsLine() throws {
        let document = "<xliff version=\"1.2\">\n<file source-language=\"id\" target-language=\"en\">\n<body><trans-unit id=\"1\"><source>a</target>"
        // libxml2 reads ahead, so the error may come as the reader opens or on a later unit.
        let error = try #require(throws: XMLError.self) {
            let reader = try XLIFFReader(bytes: Array(document.utf8), fileName: "rusak.xlf")
            while try reader.next() != nil {}
        }
        #expect(error.kind == .malformed)
        #expect(error.location.line == 3)
    }

    @Test func entityDeclarationsAreRefused() throws {
        let document = "<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><xliff version=\"1.2\"><file source-language=\"id\" target-language=\"en\"><body/></file></xliff>"
        let error = try #require(throws: XMLError.self) { try XLIFFReader(bytes: Array(document.utf8), fileName: "xxe.xlf") }
        #expect(error.kind == .entityReference)
    }
}
