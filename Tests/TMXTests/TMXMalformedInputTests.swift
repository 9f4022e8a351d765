import Foundation
import Testing
import TextIO
@testable import TMX

@Suite struct TMXMalformedInputTests {
    private func failure(_ name: String) throws -> TMXError {
        try #require(throws: TMXError.self) { _ = try readAll(try fixture(name)) }
    }

    @Test func truncatedFileSaysSoWithLineAndColumn() throws {
        let error = try failure("truncated.tmx")
        #expect(error.kind == .malformed)
        #expect(error.category == .dataError)
        #expect(error.location.line == 17)
        #expect(error.location.column != nil)
        #expect(error.message.contains("truncated"))
        #expect(error.description.hasPrefix(error.location.file + ":17:"))
    }

    @Test func wrongRootIsNotTMX() throws {
        let error = try failure("wrong-root.tmx")
        #expect(error.kind == .notTMX)
        #expect(error.location.line == 2)
        #expect(error.message.contains("<xliff>, not <tmx>"))
    }

    @Test func undeclaredEncodingAsksForADeclaration() throws {
        let error = try failure("undeclared-encoding.tmx")
        #expect(error.kind == .malformed)
        #expect(error.location.line == 6)
        #expect(error.message.contains("encoding"))
    }

    @Test func variantWithoutLanguage() throws {
        let error = try failure("tuv-without-language.tmx")
        #expect(error.kind == .invalid)
        #expect(error.location.line == 7)
        #expect(error.message.contains("<tuv> has no language"))
        #expect(error.message.contains("xml:lang"))
    }

    @Test func endTagWithoutItsBeginIsReadAsAnIsolatedCodeWithAWarning() throws {
        let (memory, reader) = try readAll(try fixture("ept-without-bpt.tmx"))
        #expect(memory.units.count == 1)
        let warning = try #require(reader.warnings.first { $0.message.contains("<ept i=\"2\"> has no <bpt i=\"2\">") })
        #expect(warning.severity == .warning && warning.location.line == 7)
        #expect(warning.message.contains("read as <it pos=\"end\">"))
    }

    @Test func missingFileIsNoInput() throws {
        let error = try #require(throws: TMXError.self) { try TMXReader(path: "/nonexistent/memory.tmx") }
        #expect(error.kind == .cannotOpen)
        #expect(error.category == .noInput)
    }

    @Test func externalEntityIsRefusedAndNothingIsRead() throws {
        let error = try failure("xxe.tmx")
        #expect(error.kind == .unsafe)
        #expect(error.category == .dataError)
        #expect(error.message.contains("ENTITY"))
        #expect(!error.message.contains("root:"))
    }

    @Test func billionLaughsEndsInAClearError() throws {
        let error = try failure("billion-laughs.tmx")
        #expect(error.kind == .unsafe)
        // Refused at the first declaration, before libxml2 expands anything (`XMLPrologScan`).
        #expect(error.message.contains("the DOCTYPE declares entities"))
        #expect(error.message.contains("remove the <!ENTITY"))
    }

    @Test func aTMXElementOutOfPlaceInsideSegmentIsAnError() throws {
        let document = """
            <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="id" datatype="html"/>
            <body><tu><tuv xml:lang="id"><seg>Kata <note>tebal</note></seg></tuv></tu></body></tmx>
            """
        let reader = try TMXReader(bytes: Array(document.utf8), fileName: "inline.tmx")
        let error = try #require(throws: TMXError.self) { try reader.next() }
        #expect(error.message.contains("<note> is not allowed inside <seg>"))
        #expect(error.location.line == 2)
    }
}
