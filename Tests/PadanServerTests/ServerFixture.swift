import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Memory
import PadanServer
import Terminology
import TMX

/// A server over a fresh memory with a few units of the team's own text and a small glossary,
/// started on a free loopback port and reached through a real HTTP client (async-http-client).
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

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("padan-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        memoryPath = directory.appendingPathComponent("memory.sqlite").path
        let memory = try TranslationMemory(path: memoryPath)
        let units = Self.units.map { id, en in
            TranslationUnit(variants: [TranslationVariant(language: "id", segment: Segment(text: id)),
                                       TranslationVariant(language: "en", segment: Segment(text: en))])
        }
        _ = try memory.importUnits(units, origin: "fixture.tmx", sourceLanguage: "id", targetLanguage: "en")
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Runs `test` against a live server with `configure` applied to its configuration.
    func withClient<T: Sendable>(_ configure: (inout ServerConfiguration) -> Void = { _ in },
                                 _ test: @Sendable (any TestClientProtocol) async throws -> T) async throws -> T {
        var configuration = ServerConfiguration(toolVersion: "test")
        configuration.port = 0
        configure(&configuration)
        var logger = Logger(label: "padan-test")
        logger.logLevel = .warning
        let server = try PadanServer(configuration: configuration, memory: try TranslationMemory(path: memoryPath),
                                     glossary: Self.glossary, logger: logger)
        return try await server.makeApplication().test(.ahc(.http), test)
    }

    func unitCount() throws -> Int { try TranslationMemory(path: memoryPath).stats().units }
}

/// Headers for a request that changes data, as the page sends them.
let changing: HTTPFields = [HTTPField.Name("X-Padan-Request")!: "1", .contentType: "application/json"]

func json(_ object: Any) throws -> ByteBuffer {
    ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object))
}

extension TestResponse {
    /// The body parsed as JSON.
    func object() throws -> Any { try JSONSerialization.jsonObject(with: Data(body.readableBytesView), options: [.fragmentsAllowed]) }

    /// The `error.message` of a JSON error answer.
    var errorMessage: String? {
        ((try? object()) as? [String: Any]).flatMap { $0["error"] as? [String: Any] }.flatMap { $0["message"] as? String }
    }

    /// The `error.kind` of a JSON error answer.
    var errorKind: String? {
        ((try? object()) as? [String: Any]).flatMap { $0["error"] as? [String: Any] }.flatMap { $0["kind"] as? String }
    }

    var text: String { String(decoding: body.readableBytesView, as: UTF8.self) }
}

/// A small TMX file of `count` units, each with its own number.
func tmx(units count: Int, start: Int = 0) -> String {
    var text = #"<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="id" datatype="plaintext"/><body>"#
    for index in start..<start + count {
        text += "<tu><tuv xml:lang=\"id\"><seg>Gudang nomor \(index) dibuka kembali.</seg></tuv><tuv xml:lang=\"en\"><seg>Warehouse number \(index) reopened.</seg></tuv></tu>"
    }
    return text + "</body></tmx>"
}
