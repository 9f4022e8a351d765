import Foundation
import Testing

/// `GET /api/memory/search`: the concordance with each hit's translation spotted and the
/// renderings counted, the object `padan memory search --json` prints as its `result`.
@Suite struct ConcordanceRouteTests {
    /// The team's own sentences: `pengerahan` (with `pengerahannya`) is "deployment" three times
    /// and "dispatch" once, `anggaran` is "budget".
    static let units: [(String, String)] = [
        ("Pengerahan pasukan dimulai pagi ini.", "The deployment of troops began this morning."),
        ("Presiden menyetujui pengerahan polisi.", "The president approved the deployment of police."),
        ("Pasukan tiba di perbatasan.", "Troops arrived at the border."),
        ("Polisi menjaga perbatasan.", "Police guard the border."),
        ("Presiden tiba pagi ini.", "The president arrived this morning."),
        ("Pemerintah menyetujui anggaran.", "The government approved the budget."),
        ("Anggaran pasukan dikritik.", "The troops budget was criticised."),
        ("Dewan itu menyetujui anggaran polisi.", "The council approved the police budget."),
        ("Pemerintah membela pengerahannya ke perbatasan.", "The government defended its deployment to the border."),
        ("Pengerahan kapal dikritik.", "The dispatch of ships was criticised."),
        ("Kapal tiba pagi ini.", "Ships arrived this morning."),
        ("Pemerintah mengirim kapal ke perbatasan.", "The government sent ships to the border."),
    ]

    /// The hits, the renderings and the sample size of a search answer.
    static func parts(_ response: TestResponse) throws -> (hits: [[String: Any]], renderings: [[String: Any]], sampled: Int) {
        let object = try #require(try response.object() as? [String: Any], "\(response.text)")
        return (try #require(object["hits"] as? [[String: Any]]), try #require(object["renderings"] as? [[String: Any]]),
                try #require(object["sampled"] as? Int))
    }

    /// The characters `spotRange` points at in `text`.
    static func spotted(_ hit: [String: Any], in key: String) -> String? {
        guard let range = hit["spotRange"] as? [Int], range.count == 2,
              let text = (hit["hit"] as? [String: Any])?[key] as? String else { return nil }
        let characters = Array(text)
        guard range[0] >= 0, range[0] < range[1], range[1] <= characters.count else { return nil }
        return String(characters[range[0]..<range[1]])
    }

    @Test func anIndonesianSearchSpotsTheEnglishOfEveryAffixedFormAndCountsTheRenderings() async throws {
        let fixture = try ServerFixture(units: Self.units)
        try await fixture.withClient { client in
            let response = try await client.execute(uri: "/api/memory/search?text=pengerahan", method: "GET")
            #expect(response.status == 200)
            let (hits, renderings, sampled) = try Self.parts(response)
            #expect(hits.count == 4)
            #expect(sampled == 4)
            let spans = hits.compactMap { Self.spotted($0, in: "target") }
            #expect(spans.count == 4)
            // Offsets and text agree, and the answer is what was spotted.
            #expect(hits.map { $0["spotText"] as? String } == spans.map { Optional($0) })
            #expect(spans.filter { $0.lowercased().hasSuffix("deployment") }.count == 3, "\(spans)")
            #expect((renderings.first?["text"] as? String)?.hasSuffix("deployment") == true, "\(renderings)")
            let deployment = renderings.filter { ($0["text"] as? String)?.hasSuffix("deployment") == true }
            #expect(deployment.reduce(0) { $0 + ($1["count"] as? Int ?? 0) } == 3)
            #expect(renderings.reduce(0) { $0 + ($1["count"] as? Int ?? 0) } == 4)
        }
    }

    @Test func anEnglishSearchSpotsTheIndonesianAndTheLimitLeavesTheSampleWhole() async throws {
        let fixture = try ServerFixture(units: Self.units)
        try await fixture.withClient { client in
            let response = try await client.execute(uri: "/api/memory/search?text=budget&lang=en&limit=1", method: "GET")
            let (hits, renderings, sampled) = try Self.parts(response)
            #expect(hits.count == 1)
            #expect(sampled == 3)
            #expect(Self.spotted(hits[0], in: "source")?.lowercased() == "anggaran")
            #expect(renderings.map { $0["text"] as? String } == ["anggaran"])
            #expect(renderings.first?["count"] as? Int == 3)
        }
    }

    @Test func aMissAndABadSampleAnswerPlainly() async throws {
        let fixture = try ServerFixture(units: Self.units)
        try await fixture.withClient { client in
            let (hits, renderings, sampled) = try Self.parts(try await client.execute(uri: "/api/memory/search?text=gempa", method: "GET"))
            #expect(hits.isEmpty && renderings.isEmpty && sampled == 0)
            let bad = try await client.execute(uri: "/api/memory/search?text=kapal&sample=0", method: "GET")
            #expect(bad.status == 400)
            #expect(bad.errorMessage?.contains("`sample` must be between 1 and 1000") == true, "\(bad.text)")
        }
    }
}
