import Foundation
import Testing
@testable import XMLStream

/// Inputs the `xml-pull` fuzz target found breaking something (see `Fuzz/`).
@Suite struct XMLPullFuzzFindingTests {
    /// A "billion laughs" whose entities loop (`lol8` names itself), leave one undefined (`lol4`)
    /// and are referred to from an attribute: libxml2 recurses through the references, raising an
    /// error at each, before Padan sees the DOCTYPE: 0.7 s in a debug build here, over 25 s under
    /// ASan on the loaded machine (the fuzz run's timeout). It must still end in the entity refusal.
    @Test func entitiesThatLoopInAnAttributeAreRefused() throws {
        let url = try #require(Bundle.module.url(forResource: "fuzz-entity-loop-in-attribute", withExtension: "xml", subdirectory: "Fixtures"))
        let reader = try XMLPullReader(bytes: [UInt8](try Data(contentsOf: url)), fileName: "laughs.xml")
        let error = try #require(throws: XMLError.self) { while try reader.next() != nil {} }
        #expect(error.kind == .entityReference)
        #expect(error.location.line == 14)
        #expect(error.message.contains("Padan refuses"))
    }
}
