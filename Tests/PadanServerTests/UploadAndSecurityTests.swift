import Foundation
import PadanServer
import Testing

@Suite struct UploadAndSecurityTests {
    static let tmxHeaders: [String: String] = ["X-Padan-Request": "1", "Content-Type": "application/xml"]

    @Test func aTMXUploadIsImportedInOneGo() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { client in
            let response = try await client.execute(uri: "/api/memory/import?origin=gudang.tmx", method: "POST", headers: Self.tmxHeaders,
                                                    body: Data(tmx(units: 30).utf8))
            #expect(response.status == 200, "\(response.text)")
            #expect((try response.object() as? [String: Any])?["added"] as? Int == 30)
            let hits = try await client.execute(uri: "/api/memory/search?text=gudang&limit=50", method: "GET")
            let first = ((try hits.object() as? [String: Any])?["hits"] as? [[String: Any]])?.first?["hit"] as? [String: Any]
            #expect(first?["origin"] as? String == "gudang.tmx")
        }
        #expect(try fixture.unitCount() == 34)
    }

    @Test(arguments: [
        ("this is not xml", 422, "gudang.tmx"),
        (String(tmx(units: 5).dropLast(20)), 422, "gudang.tmx:1"),
        (#"<?xml version="1.0"?><html><body/></html>"#, 422, "not a TMX"),
        (#"<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx version="1.4"><body>&x;</body></tmx>"#, 422, "entit"),
    ])
    func aBadUploadIsRefusedAndChangesNothing(body: String, status: Int, reason: String) async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { client in
            let response = try await client.execute(uri: "/api/memory/import?origin=gudang.tmx", method: "POST", headers: Self.tmxHeaders,
                                                    body: Data(body.utf8))
            #expect(response.status == status)
            #expect(response.errorMessage?.localizedCaseInsensitiveContains(reason) == true, "\(response.text)")
            #expect(response.errorMessage?.contains("padan-upload") == false, "the message names the upload, not the temporary file")
        }
        #expect(try fixture.unitCount() == 4)
    }

    @Test func anUploadPastTheLimitIs413AndChangesNothing() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient({ $0.maxUploadBytes = 4096 }) { client in
            let response = try await client.execute(uri: "/api/memory/import", method: "POST", headers: Self.tmxHeaders,
                                                    body: Data(tmx(units: 200).utf8))
            #expect(response.status == 413)
            #expect(response.errorMessage?.contains("larger than this server takes") == true)
            let wrongType = try await client.execute(uri: "/api/memory/import", method: "POST",
                                                     headers: ["X-Padan-Request": "1", "Content-Type": "image/png"],
                                                     body: Data(tmx(units: 1).utf8))
            #expect(wrongType.status == 415)
        }
        #expect(try fixture.unitCount() == 4)
    }

    @Test func aChangingRequestWithoutTheCSRFHeaderOrFromAnotherSiteIs403() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { client in
            let bare = try await client.execute(uri: "/api/memory/import", method: "POST", headers: ["Content-Type": "application/xml"],
                                                body: Data(tmx(units: 3).utf8))
            #expect(bare.status == 403)
            #expect(bare.errorKind == "csrf")
            var foreign = Self.tmxHeaders
            foreign["Origin"] = "http://evil.example"
            let crossSite = try await client.execute(uri: "/api/memory/import", method: "POST", headers: foreign, body: Data(tmx(units: 3).utf8))
            #expect(crossSite.status == 403)
            var fetched = Self.tmxHeaders
            fetched["Sec-Fetch-Site"] = "cross-site"
            let fetchedCrossSite = try await client.execute(uri: "/api/memory/import", method: "POST", headers: fetched, body: Data(tmx(units: 3).utf8))
            #expect(fetchedCrossSite.status == 403)
        }
        #expect(try fixture.unitCount() == 4)
    }

    @Test func withoutATokenOnlyLoopbackNamesAreAnswered() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { client in
            let rebound = try await client.execute(uri: "/api/memory/stats", headers: ["Host": "evil.example:8080"])
            #expect(rebound.status == 403)
            #expect(rebound.errorKind == "host")
            let page = try await client.execute(uri: "/", headers: ["Host": "127.0.0.1.evil.example"])
            #expect(page.status == 403)
            for host in ["localhost:8080", "127.0.0.1", "[::1]:8080"] {
                let local = try await client.execute(uri: "/api/memory/stats", headers: ["Host": host])
                #expect(local.status == 200, "\(host)")
            }
        }
    }

    @Test func withATokenEveryAPIRequestMustCarryIt() async throws {
        let fixture = try ServerFixture()
        let token = AccessToken.generate()
        try await fixture.withClient({ $0.token = token }) { client in
            let none = try await client.execute(uri: "/api/memory/stats", method: "GET")
            #expect(none.status == 401)
            let wrong = try await client.execute(uri: "/api/memory/stats", method: "GET", headers: ["X-Padan-Token": String(token.dropLast()) + (token.hasSuffix("0") ? "1" : "0")])
            #expect(wrong.status == 401)
            let right = try await client.execute(uri: "/api/memory/stats", method: "GET", headers: ["X-Padan-Token": token])
            #expect(right.status == 200)
            let bearer = try await client.execute(uri: "/api/memory/stats", method: "GET", headers: ["Authorization": "Bearer \(token)"])
            #expect(bearer.status == 200)
            let page = try await client.execute(uri: "/", method: "GET")
            #expect(page.status == 200, "the page itself holds no data and loads without the token")
        }
    }

    @Test func offLoopbackATokenIsMadeAndRequired() throws {
        var configuration = ServerConfiguration(toolVersion: "t")
        #expect(configuration.requireTokenOffLoopback() == nil)
        configuration.host = "0.0.0.0"
        let made = configuration.requireTokenOffLoopback()
        let token = try #require(made)
        #expect(token.count == 64 && token != AccessToken.generate())
        configuration.token = nil
        #expect(throws: (any Error).self) {
            try PadanServer(configuration: configuration, memory: try .init(path: FileManager.default.temporaryDirectory.appendingPathComponent("t-\(UUID()).sqlite").path),
                            glossary: ServerFixture.glossary, logger: .init(label: "t"))
        }
    }

    @Test func tokensCompareWholly() {
        #expect(AccessToken.matches("abcdef", expected: "abcdef"))
        #expect(!AccessToken.matches("abcdeg", expected: "abcdef"))
        #expect(!AccessToken.matches("abcde", expected: "abcdef"))
        #expect(!AccessToken.matches("abcdefg", expected: "abcdef"))
        #expect(!AccessToken.matches("", expected: "abcdef"))
    }

    @Test func lookupsGoOnWhileAnImportRuns() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { client in
            try await withThrowingTaskGroup(of: Int.self) { group in
                group.addTask {
                    let response = try await client.execute(uri: "/api/memory/import?origin=big.tmx", method: "POST", headers: Self.tmxHeaders,
                                                            body: Data(tmx(units: 3000).utf8))
                    return response.status == 200 ? 0 : 1
                }
                for _ in 0..<20 {
                    group.addTask {
                        let response = try await client.execute(uri: "/api/memory/lookup?text=Presiden%20tiba%20di%20Bandung.", method: "GET")
                        return response.status == 200 ? 0 : 1
                    }
                }
                var failures = 0
                for try await failed in group { failures += failed }
                #expect(failures == 0)
            }
        }
        #expect(try fixture.unitCount() == 3004)
    }
}
