import Foundation
import Testing
@testable import XMLStream

/// Inputs the `xml-pull` fuzz target found breaking something (see `Fuzz/`).
@Suite struct XMLPullFuzzFindingTests {
    /// A "billion laughs" whose entities loop (`lol8` names itself), leave one undefined (`lol4`)
    /// and are referred to from an attribute: libxml2 recurses through the references, raising an
    /// error at each, before Padan sees the DOCTYPE: 0.7 s in a debug build here, over 25 s under
    /// ASan on the loaded machine (the fuzz run's timeout). `XMLPrologScan` now refuses it at the
    /// first declaration, before libxml2 parses the DOCTYPE.
    @Test func entitiesThatLoopInAnAttributeAreRefused() throws {
        let url = try #require(Bundle.module.url(forResource: "fuzz-entity-loop-in-attribute", withExtension: "xml", subdirectory: "Fixtures"))
        let reader = try XMLPullReader(bytes: [UInt8](try Data(contentsOf: url)), fileName: "laughs.xml")
        let error = try #require(throws: XMLError.self) { while try reader.next() != nil {} }
        #expect(error.kind == .entityReference)
        #expect(error.location.line == 3)
        #expect(error.message.contains("Padan refuses"))
    }

    @Test func theScanStopsAtTheRootElementAndSkipsComments() {
        #expect(XMLPrologScan.entityDeclarationLine(in: Array("<?xml version=\"1.0\"?>\n<!-- <!ENTITY in a comment -->\n<doc/>".utf8)) == nil)
        #expect(XMLPrologScan.entityDeclarationLine(in: Array("<doc><![CDATA[<!ENTITY x \"y\">]]></doc>".utf8)) == nil)
        #expect(XMLPrologScan.entityDeclarationLine(in: Array("<!-- <a> -->\n<!DOCTYPE d [\n<!ENTITY x \"y\">]>\n<d/>".utf8)) == 3)
        let utf16 = Array("<!DOCTYPE d [<!ENTITY x \"y\">]><d/>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(XMLPrologScan.entityDeclarationLine(in: [0xFF, 0xFE] + utf16) == 1)
    }
}
