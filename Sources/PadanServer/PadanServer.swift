import Alignment
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Memory
import NIOCore
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

    /// Serves until SIGINT, SIGTERM or the task's cancellation, then stops taking connections
    /// and lets running requests (an import among them) finish.
    /// - Parameter onRunning: called once the server listens, with its port (the one the system
    ///   chose when the configuration's port is 0).
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let application = Application(
            router: makeRouter(),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: "padan"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
        try await application.runService()
    }
}
