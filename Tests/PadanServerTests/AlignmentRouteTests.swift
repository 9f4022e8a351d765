import Foundation
import Testing

@Suite struct AlignmentRouteTests {
    static let indonesian = "Gubernur membuka pasar baru di Medan. Pasar itu punya 300 kios. Pedagang menyambut baik. Hujan turun sore itu."
    static let english = "The governor opened a new market in Medan. The market has 300 stalls. Traders welcomed it. Rain fell that afternoon."

    @Test func alignEditStoreAndFindTheReviewedPair() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { client in
            let aligned = try await client.execute(uri: "/api/align", method: "POST", headers: changing,
                                                   body: try json(["source": Self.indonesian, "target": Self.english, "name": "pasar-medan"]))
            var alignment = try #require(try aligned.object() as? [String: Any])
            let links = try #require(alignment["links"] as? [[String: Any]])
            #expect(links.count == 4)

            let edited = try await client.execute(uri: "/api/align/edit", method: "POST", headers: changing, body: try json([
                "sourceCount": 4, "targetCount": 4, "links": links, "edit": ["kind": "merge", "link": 1],
            ]))
            let merged = try #require((try edited.object() as? [String: Any])?["links"] as? [[String: Any]])
            #expect(merged.count == 3)
            #expect(merged[1]["source"] as? [Int] == [1, 3] && merged[1]["confidence"] as? Double == 1)

            let impossible = try await client.execute(uri: "/api/align/edit", method: "POST", headers: changing, body: try json([
                "sourceCount": 4, "targetCount": 4, "links": merged, "edit": ["kind": "merge", "link": 2],
            ]))
            #expect(impossible.status == 422)
            #expect(impossible.errorMessage?.contains("nothing follows to merge with") == true)

            alignment["links"] = merged
            let stored = try await client.execute(uri: "/api/align/store", method: "POST", headers: changing, body: try json(alignment))
            #expect((try stored.object() as? [String: Any])?["added"] as? Int == 3, "\(stored.text)")

            let hits = try await client.execute(uri: "/api/memory/search?text=kios", method: "GET")
            let hit = try #require(((try hits.object() as? [String: Any])?["hits"] as? [[String: Any]])?.first?["hit"] as? [String: Any])
            #expect(hit["source"] as? String == "Pasar itu punya 300 kios. Pedagang menyambut baik.")
            #expect(hit["origin"] as? String == "pasar-medan")

            let exported = try await client.execute(uri: "/api/memory/export?origin=pasar-medan", method: "GET")
            #expect(exported.text.components(separatedBy: "x-padan-reviewed").count - 1 == 3)

            let tmxDownload = try await client.execute(uri: "/api/align/tmx", method: "POST", headers: changing, body: try json(alignment))
            #expect(tmxDownload.header("Content-Disposition")?.contains("pasar-medan.tmx") == true)
            #expect(tmxDownload.text.contains("<prop type=\"x-padan-reviewed\">yes</prop>"))
        }
        #expect(try fixture.unitCount() == 7)
    }

    @Test func linksThatDoNotCoverTheSentencesAreRefused() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { client in
            let body: [String: Any] = ["name": "x", "source": ["Satu.", "Dua."], "target": ["One.", "Two."],
                                       "links": [["source": [0, 1], "target": [0, 1], "confidence": 0.9]]]
            let response = try await client.execute(uri: "/api/align/store", method: "POST", headers: changing, body: try json(body))
            #expect(response.status == 422)
            #expect(response.errorMessage?.contains("cover 1 of 2 Indonesian") == true, "\(response.text)")
            let empty = try await client.execute(uri: "/api/align", method: "POST", headers: changing, body: try json(["source": "  ", "target": "One."]))
            #expect(empty.status == 422)
        }
        #expect(try fixture.unitCount() == 4)
    }
}
