import Foundation
import Testing

@Suite struct APITests {
    @Test func lookupSearchAndStatsAnswerFromTheMemory() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { client in
            let stats = try await client.execute(uri: "/api/memory/stats", method: "GET")
            #expect(stats.status == 200)
            #expect((try stats.object() as? [String: Any])?["units"] as? Int == 4)

            let lookup = try await client.execute(uri: "/api/memory/lookup?text=Harga%20cabai%20naik%2015%20persen%20bulan%20ini.", method: "GET")
            let matches = try #require(try lookup.object() as? [[String: Any]])
            #expect(matches.first?["target"] as? String == "Chili prices rose 12 percent this month.")
            #expect(matches.first?["adaptedTarget"] as? String == "Chili prices rose 15 percent this month.")

            let search = try await client.execute(uri: "/api/memory/search?text=senjata", method: "GET")
            let hits = try #require((try search.object() as? [String: Any])?["hits"] as? [[String: Any]]).compactMap { $0["hit"] as? [String: Any] }
            #expect(hits.count == 1)
            #expect(hits.first?["origin"] as? String == "fixture.tmx")
        }
    }

    @Test(arguments: [
        ("/api/memory/lookup", "the `text` query parameter is missing"),
        ("/api/memory/lookup?text=a&threshold=0", "`threshold` must be between 1.0 and 100.0"),
        ("/api/memory/search?text=a&lang=fr", "`lang` is id (the source side) or en"),
        ("/api/glossary/lookup?text=%20", "the `text` query parameter is missing"),
    ])
    func badParametersAre400WithTheReason(uri: String, reason: String) async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { client in
            let response = try await client.execute(uri: uri, method: "GET")
            #expect(response.status == 400)
            #expect(response.errorMessage?.contains(reason) == true, "\(response.text)")
        }
    }

    @Test func glossaryLookupAndFindToleratAffixes() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { client in
            let lookup = try await client.execute(uri: "/api/glossary/lookup?text=persenjataan", method: "GET")
            let results = try #require(try lookup.object() as? [[String: Any]])
            #expect((results.first?["entry"] as? [String: Any])?["english"] as? String == "weapon")
            let filtered = try await client.execute(uri: "/api/glossary/lookup?text=persenjataan&domain=politics", method: "GET")
            #expect((try filtered.object() as? [Any])?.isEmpty == true)

            let find = try await client.execute(uri: "/api/glossary/find", method: "POST", headers: changing,
                                                body: try json(["text": "Presiden memeriksa senjata-senjata itu."]))
            let found = try #require(try find.object() as? [[String: Any]])
            #expect(found.map { $0["english"] as? String } == ["president", "weapon"])
        }
    }

    @Test func suggestGivesMatchesTermsAndAnXLIFF() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { client in
            let body = try json(["text": "Presiden tiba di Bandung pada Selasa pagi. Tentara memperkuat persenjataan di perbatasan."])
            let response = try await client.execute(uri: "/api/suggest", method: "POST", headers: changing, body: body)
            let result = try #require(try response.object() as? [String: Any])
            let sentences = try #require(result["sentences"] as? [[String: Any]])
            #expect(sentences.count == 2)
            #expect(((sentences[0]["matches"] as? [[String: Any]])?.first?["score"] as? Double) == 100)
            #expect(((sentences[1]["terms"] as? [[String: Any]])?.first?["matchedText"] as? String) == "persenjataan")

            let xliff = try await client.execute(uri: "/api/suggest/xliff", method: "POST", headers: changing, body: body)
            #expect(xliff.status == 200)
            #expect(xliff.header("Content-Disposition")?.contains("article.id.xlf") == true)
            #expect(xliff.text.contains("<trans-unit") && xliff.text.contains("The president arrived in Bandung"))
        }
    }

    @Test func segmentCutsEitherLanguage() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { client in
            let response = try await client.execute(uri: "/api/segment", method: "POST", headers: changing,
                                                    body: try json(["text": "Dr. Sari tiba pukul 10.30 WIB. Ia disambut.", "language": "id"]))
            let sentences = try #require(try response.object() as? [[String: Any]])
            #expect(sentences.map { $0["text"] as? String } == ["Dr. Sari tiba pukul 10.30 WIB.", "Ia disambut."])
            let bad = try await client.execute(uri: "/api/segment", method: "POST", headers: changing,
                                               body: try json(["text": "x", "language": "fr"]))
            #expect(bad.status == 400)
        }
    }

    @Test func aBodyThatIsNotTheRightJSONIs400Or415() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { client in
            let missing = try await client.execute(uri: "/api/suggest", method: "POST", headers: changing, body: try json(["txt": "a"]))
            #expect(missing.status == 400)
            #expect(missing.errorMessage?.contains("missing field `text`") == true)
            var plain = changing
            plain["Content-Type"] = "text/plain"
            let wrongType = try await client.execute(uri: "/api/suggest", method: "POST", headers: plain, body: Data("a".utf8))
            #expect(wrongType.status == 415)
        }
    }

    @Test func everyPathOfTheOpenAPIDocumentIsServed() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { client in
            let response = try await client.execute(uri: "/openapi.json", method: "GET")
            let document = try #require(try response.object() as? [String: Any])
            #expect((document["openapi"] as? String)?.hasPrefix("3.") == true)
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            #expect(paths.count >= 14)
            for (path, operations) in paths {
                for method in operations.keys {
                    let answer = try await client.execute(uri: path, method: method.uppercased(), headers: changing)
                    #expect(answer.errorKind != "not-found", "\(method) \(path)")
                    #expect(answer.status != 405, "\(method) \(path)")
                }
            }
            let page = try await client.execute(uri: "/", method: "GET")
            #expect(page.text.contains("<script src=\"/app.js\""))
            #expect(page.header("Content-Security-Policy")?.contains("default-src 'self'") == true)
        }
    }
}
