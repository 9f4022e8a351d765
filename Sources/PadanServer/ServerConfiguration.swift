import Foundation

/// How `padan serve` listens and what it accepts.
///
///     var configuration = ServerConfiguration(toolVersion: "0.4.0")
///     configuration.host = "0.0.0.0"
///     configuration.requireTokenOffLoopback()   // generates a token: not loopback
public struct ServerConfiguration: Sendable {
    /// The address to bind; loopback (`127.0.0.1`, `::1`, `localhost`) by default.
    public var host = "127.0.0.1"
    /// The TCP port; 0 lets the system pick a free one.
    public var port = 8080
    /// The access token every API request must carry, or `nil` for none (loopback only).
    public var token: String?
    /// The largest TMX upload accepted, in bytes (413 past it).
    public var maxUploadBytes = 64 * 1024 * 1024
    /// The version written into exported TMX and XLIFF headers.
    public var toolVersion: String

    public init(toolVersion: String) {
        self.toolVersion = toolVersion
    }

    /// Whether `host` only reaches this machine.
    public var isLoopback: Bool {
        ["127.0.0.1", "::1", "localhost"].contains(host.lowercased()) || host.hasPrefix("127.")
    }

    /// Makes sure a server on a non-loopback address has a token: generates one when none was
    /// given, and returns it so the caller can show it; `nil` when no token is in use.
    @discardableResult
    public mutating func requireTokenOffLoopback() -> String? {
        if token == nil && !isLoopback { token = AccessToken.generate() }
        return token
    }
}
