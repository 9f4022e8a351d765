import Foundation
import Testing
import TextIO
@testable import XMLStream

private func fixture(_ name: String) throws -> String {
    let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
    return url.path
}

private func readAll(_ reader: XMLPullReader) throws -> [XMLEvent] {
    var events: [XMLEvent] = []
    while let event = try reader.next() { events.append(event) }
    return events
}

@Suite struct XMLPullReaderTests {
    @Test func mixedContentKeepsWhitespaceAndBalancesEmptyElements() throws {
        let events = try readAll(try XMLPullReader(path: fixture("mixed.xml")))
        let expected: [XMLEvent] = [
            .comment(" a comment "),
            .start(XMLStartTag(name: "root", attributes: [])),
            .start(XMLStartTag(name: "seg", attributes: [XMLAttribute(name: "xml:space", value: "preserve")])),
            .text("  KTT "),
            .start(XMLStartTag(name: "bpt", attributes: [XMLAttribute(name: "i", value: "1"), XMLAttribute(name: "x", value: "1")])),
            .text("<b>"), .end(name: "bpt"), .text("Hanoi"),
            .start(XMLStartTag(name: "ept", attributes: [XMLAttribute(name: "i", value: "1")])),
            .text("</b>"), .end(name: "ept"), .text(" "),
            .start(XMLStartTag(name: "ph", attributes: [])), .end(name: "ph"),
            .text("& é  "),
            .end(name: "seg"), .end(name: "root"),
        ]
        #expect(events == expected)
    }

    @Test func externalEntityIsRefusedBeforeAnythingIsRead() throws {
        let reader = try XMLPullReader(path: fixture("xxe-local-file.xml"))
        let error = try #require(throws: XMLError.self) { try readAll(reader) }
        #expect(error.kind == .entityReference)
        #expect(!error.message.contains(ProcessInfo.processInfo.hostName))
    }

    @Test func billionLaughsEndsInAClearError() throws {
        let reader = try XMLPullReader(path: fixture("billion-laughs.xml"))
        let error = try #require(throws: XMLError.self) { try readAll(reader) }
        #expect(error.kind == .entityReference)
    }

    @Test func externalDTDIsNotFetched() throws {
        let events = try readAll(try XMLPullReader(path: fixture("external-dtd.xml")))
        #expect(events.first == .start(XMLStartTag(name: "tmx", attributes: [XMLAttribute(name: "version", value: "1.4")])))
    }

    @Test func truncatedFileNamesLineAndColumn() throws {
        let reader = try XMLPullReader(path: fixture("truncated.xml"))
        let error = try #require(throws: XMLError.self) { try readAll(reader) }
        #expect(error.kind == .malformed)
        #expect(error.location.line == 4)
        #expect(error.location.file.hasSuffix("truncated.xml"))
        #expect(error.description.contains("truncated"))
    }

    @Test func bytesThatAreNotTheDeclaredEncodingAreAnError() throws {
        let reader = try XMLPullReader(path: fixture("latin1-undeclared.xml"))
        let error = try #require(throws: XMLError.self) { try readAll(reader) }
        #expect(error.kind == .malformed)
        #expect(error.location.line == 2)
        #expect(error.description.contains("encoding"))
    }

    @Test func declaredLegacyEncodingIsDecoded() throws {
        let events = try readAll(try XMLPullReader(path: fixture("latin1-declared.xml")))
        #expect(events.contains(.text("café")))
    }

    @Test func missingFileIsCannotOpen() {
        let error = #expect(throws: XMLError.self) { try XMLPullReader(path: "/nonexistent/padan.tmx") }
        #expect(error?.kind == .cannotOpen)
        #expect(error?.category == .noInput)
    }

    @Test func inMemoryDocumentReportsItsName() throws {
        let reader = try XMLPullReader(bytes: Array("<a><b>".utf8), fileName: "<stdin>")
        let error = try #require(throws: XMLError.self) { try readAll(reader) }
        #expect(error.location.file == "<stdin>")
    }

    @Test func nodeCursorNumbersKnownNamesAndTellsWhiteSpaceApart() throws {
        let document = "<tmx>\n  <tu tuid=\"7\" srclang=\"id\"><seg> Kapal <ph x=\"1\"/></seg><x-tool/></tu>\n</tmx>"
        let reader = try XMLPullReader(bytes: Array(document.utf8), fileName: "cursor.xml")
        reader.knownNames = ["tu", "seg", "ph", "tmx"]
        var seen: [String] = []
        while let kind = try reader.read() {
            switch kind {
            case .start:
                var attributes: [String] = []
                reader.forEachAttribute { name, value in attributes.append("\(name)=\(value)") }
                #expect(attributes.count == reader.attributeCount)
                seen.append("<\(reader.nameIndex.map(String.init) ?? reader.name)" + attributes.map { " " + $0 }.joined() + ">")
            case .end: seen.append("</\(reader.nameIndex.map(String.init) ?? reader.name)>")
            case .text: seen.append(reader.valueIsWhitespace ? "_" : "[\(reader.value)]")
            case .comment: seen.append("<!--\(reader.value)-->")
            }
        }
        #expect(seen == ["<3>", "_", "<0 tuid=7 srclang=id>", "<1>", "[ Kapal ]", "<2 x=1>", "</2>", "</1>",
                         "<x-tool>", "</x-tool>", "</0>", "_", "</3>"])
    }

    @Test func rawAttributesMatchForEachAttributeWithKnownNamesNumbered() throws {
        // A namespace declaration, xml:lang, a prefixed attribute, decoded character and
        // predefined-entity references, an empty value; the same names again on a second element.
        let document = """
            <tmx xmlns:x="urn:x"><tuv xml:lang="id" x:lang="en" note="Caf&#233; &amp; teh" empty="">\
            <tuv lang="ms" xml:lang="ID-ID"/></tuv></tmx>
            """
        let reader = try XMLPullReader(bytes: Array(document.utf8), fileName: "raw.xml")
        reader.knownAttributeNames = ["lang", "xml:lang", "xmlns:x"]
        var raw: [String] = [], expected: [String] = []
        while let kind = try reader.read() {
            guard kind == .start else { continue }
            reader.forEachAttribute { name, value in expected.append("\(name)=\(value)") }
            reader.forEachRawAttribute { attribute in
                raw.append("\(attribute.name)=\(attribute.stringValue)")
                #expect(attribute.nameIndex == reader.knownAttributeNames.firstIndex(of: attribute.name))
                #expect(attribute.value.count == attribute.stringValue.utf8.count)
            }
        }
        #expect(raw == expected)
        #expect(raw == ["xmlns:x=urn:x", "xml:lang=id", "x:lang=en", "note=Café & teh", "empty=", "lang=ms", "xml:lang=ID-ID"])
    }

    @Test func nodeCursorRefusesEntitiesLikeNext() throws {
        let reader = try XMLPullReader(path: fixture("billion-laughs.xml"))
        let error = try #require(throws: XMLError.self) { while try reader.read() != nil {} }
        #expect(error.kind == .entityReference)
    }
}
