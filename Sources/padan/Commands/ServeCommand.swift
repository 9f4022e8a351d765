import ArgumentParser
import Foundation
import Logging
import PadanServer

/// `padan serve`: the web workbench and HTTP API over one memory and glossary.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web workbench (suggest, concordance, glossary, align and review) and the HTTP API.",
        discussion: """
            Open the printed address in a browser. The API is described at /openapi.json; every \
            request that changes data must carry the X-Padan-Request header. The server binds to \
            loopback unless --host names another address; then every API request needs the access \
            token (given with --token, or generated and printed at start) in the X-Padan-Token \
            header. One line per request goes to standard error. SIGINT or SIGTERM stops it after \
            running requests (an import among them) finish.

            Examples:
              padan serve
              padan serve --memory desk.sqlite --glossary redaksi.tsv --port 8181
              padan serve --host 0.0.0.0 --token "$(cat ~/.padan-token)"
              curl -s 'http://127.0.0.1:8080/api/memory/lookup?text=Harga%20beras%20naik.'
            """
    )

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The TCP port to listen on; 0 picks a free one (printed).")
    var port = 8080

    @Option(help: "The access token API clients must send (default off loopback: a new one, printed).")
    var token: String?

    @Option(help: ArgumentHelp("The largest TMX upload accepted, in MiB.", valueName: "MiB"))
    var maxUpload = 64

    @OptionGroup var memory: MemoryLocation
    @OptionGroup var glossary: GlossaryOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
        guard (1...4096).contains(maxUpload) else { throw ValidationError("--max-upload must be between 1 and 4096 MiB.") }
        if let token, token.count < 16 { throw ValidationError("--token must be at least 16 characters long.") }
    }

    func run() async throws {
        var configuration = ServerConfiguration(toolVersion: PadanVersion.current)
        configuration.host = host
        configuration.port = port
        configuration.token = token
        configuration.maxUploadBytes = maxUpload * 1_048_576
        let generated = token == nil ? configuration.requireTokenOffLoopback() : nil
        let logger = Logger(label: "padan") { StreamLogHandler.standardError(label: $0) }
        let server = try PadanServer(configuration: configuration, memory: try memory.open(),
                                     glossary: try glossary.load(), logger: logger)
        let address = host.contains(":") ? "[\(host)]" : host
        let memoryPath = memory.resolvedPath
        try await server.run { port in
            var standardError = StandardError()
            print("padan: serving \(memoryPath) at http://\(address):\(port)/", to: &standardError)
            if let generated {
                print("padan: access token \(generated) (open http://\(address):\(port)/#token=\(generated))", to: &standardError)
            }
        }
    }
}
