import Alignment
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Memory
import Terminology

/// The web workbench and HTTP API of `padan serve`: routes over the same library calls the
/// command line makes, with the page, the OpenAPI document, limits, the token and CSRF checks.
///
///     let server = try PadanServer(configuration: configuration, memory: memory, glossary: glossary,
///                                  logger: Logger(label: "padan"))
///     try await server.run()   // until SIGINT or SIGTERM; a running import finishes first
public struct PadanServer: Sendable {
    public let configuration: ServerConfiguration
    let memory: TranslationMemory
    let glossary: Glossary
    let matcher: TermMatcher
    let glossaryLookup: GlossaryLookup
    let aligner: Aligner
    let imports = ImportQueue()
    let assets: StaticAssets
    let logger: Logger

    /// - Throws: `APIError` when a token is needed (non-loopback host) but none is set, or a
    ///   resource is missing from the build.
    public init(configuration: ServerConfiguration, memory: TranslationMemory, glossary: Glossary, logger: Logger) throws {
        guard configuration.isLoopback || configuration.token != nil else {
            throw APIError.badRequest("a server on \(configuration.host) needs an access token")
        }
        self.configuration = configuration
        self.memory = memory
        self.glossary = glossary
        self.matcher = TermMatcher(glossary: glossary)
        self.glossaryLookup = GlossaryLookup(glossary: glossary)
        let anchors = TermAnchors(glossary: glossary)
        self.aligner = Aligner(options: AlignerOptions(
            anchors: AnchorFinder(source: { anchors.indonesianKeys(in: $0) }, target: { anchors.englishKeys(in: $0) })))
        self.assets = try StaticAssets()
        self.logger = logger
    }

    /// The router with every route and middleware, for `run()` and for tests.
    public func makeRouter() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: RequestLogMiddleware(logger: logger))
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: AccessMiddleware(token: configuration.token))
        assets.register(on: router)
        addMemoryRoutes(to: router)
        addGlossaryRoutes(to: router)
        addTextRoutes(to: router)
        addAlignmentRoutes(to: router)
        return router
    }

    /// The application on the configured host and port.
    public func makeApplication() -> some ApplicationProtocol {
        Application(router: makeRouter(),
                    configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port),
                                                            serverName: "padan"),
                    logger: logger)
    }

    /// Serves until SIGINT or SIGTERM, then stops taking connections and lets running requests
    /// (an import among them) finish.
    public func run() async throws {
        try await makeApplication().runService()
    }
}
