import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Logging
import Memory
import PadanServer
import Terminology
import TMX

/// A server over a fresh memory with a few units of the team's own text and a small glossary,
/// started on a free loopback port and reached through a real HTTP client (URLSession).
final class ServerFixture: Sendable {
    let directory: URL
    let memoryPath: String

    static let units: [(String, String)] = [
        ("Presiden tiba di Bandung pada Selasa pagi.", "The president arrived in Bandung on Tuesday morning."),
        ("Harga cabai naik 12 persen bulan ini.", "Chili prices rose 12 percent this month."),
        ("Tentara memperkuat persenjataan di perbatasan.", "The army strengthened its weaponry at the border."),
        ("Catatan <script>alert(1)</script> redaksi.", "Editor's <script>alert(1)</script> note."),
    ]

    static let glossary = Glossary(entries: [
        TermEntry(indonesian: ["senjata"], english: "weapon", alternatives: ["arms"], forbidden: ["gun"], domain: "military",
                  note: "plural <b>arms</b> for the trade"),
        TermEntry(indonesian: ["presiden"], english: "president", domain: "politics"),
    ])

    /// A fixture whose memory holds `units` (Indonesian, English).
    init(units: [(String, String)] = ServerFixture.units) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("padan-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        memoryPath = directory.appendingPathComponent("memory.sqlite").path
        let memory = try TranslationMemory(path: memoryPath)
        let units = units.map { id, en in
            TranslationUnit(variants: [TranslationVariant(language: "id", segment: Segment(text: id)),
                                       TranslationVariant(language: "en", segment: Segment(text: en))])
        }
        _ = try memory.importUnits(units, origin: "fixture.tmx", sourceLanguage: "id", targetLanguage: "en")
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Runs `test` against a live server on a free loopback port with `configure` applied to its
    /// configuration, and stops the server afterwards.
    func withClient<T: Sendable>(_ configure: (inout ServerConfiguration) -> Void = { _ in },
                                 _ test: @Sendable (HTTPClient) async throws -> T) async throws -> T {
        var configuration = ServerConfiguration(toolVersion: "test")
        configuration.port = 0
        configure(&configuration)
        var logger = Logger(label: "padan-test")
        logger.logLevel = .critical  // stopping by cancellation logs errors about closed channels
        let server = try PadanServer(configuration: configuration, memory: try TranslationMemory(path: memoryPath),
                                     glossary: Self.glossary, logger: logger)
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let running = Task { try await server.run(onRunning: { portContinuation.yield($0) }) }
        defer { running.cancel() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw CancellationError() }
        let result = try await test(HTTPClient(base: "http://127.0.0.1:\(port)"))
        running.cancel()
        _ = await running.result
        return result
    }

    func unitCount() throws -> Int { try TranslationMemory(path: memoryPath).stats().units }
}

/// An answer as the client saw it.
struct TestResponse: Sendable {
    var status: Int
    var headers: [String: String]
    var body: Data

    /// The body parsed as JSON.
    func object() throws -> Any { try JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) }

    private var error: [String: Any]? { ((try? object()) as? [String: Any])?["error"] as? [String: Any] }
    /// The `error.message` of a JSON error answer.
    var errorMessage: String? { error?["message"] as? String }
    /// The `error.kind` of a JSON error answer.
    var errorKind: String? { error?["kind"] as? String }

    var text: String { String(decoding: body, as: UTF8.self) }

    func header(_ name: String) -> String? {
        headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// A plain HTTP client over URLSession, without caching or cookies.
struct HTTPClient: Sendable {
    let base: String

    func execute(uri: String, method: String = "GET", headers: [String: String] = [:], body: Data? = nil) async throws -> TestResponse {
        var request = URLRequest(url: URL(string: base + uri)!)
        request.httpMethod = method
        request.httpBody = body
        request.timeoutInterval = 60
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let (data, response) = try await session.data(for: request)
        let http = response as! HTTPURLResponse
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields { fields["\(name)"] = "\(value)" }
        return TestResponse(status: http.statusCode, headers: fields, body: data)
    }
}

/// Headers for a request that changes data, as the page sends them.
let changing = ["X-Padan-Request": "1", "Content-Type": "application/json"]

func json(_ object: Any) throws -> Data {
    try JSONSerialization.data(withJSONObject: object)
}

/// A small TMX file of `count` units, each with its own number.
func tmx(units count: Int, start: Int = 0) -> String {
    var text = #"<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="id" datatype="plaintext"/><body>"#
    for index in start..<start + count {
        text += "<tu><tuv xml:lang=\"id\"><seg>Gudang nomor \(index) dibuka kembali.</seg></tuv><tuv xml:lang=\"en\"><seg>Warehouse number \(index) reopened.</seg></tuv></tu>"
    }
    return text + "</body></tmx>"
}
