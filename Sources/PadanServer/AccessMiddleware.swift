import HTTPTypes
import Hummingbird

/// Guards the API: the access token (when one is set) on every request, and a CSRF check on
/// every request that changes state. Also sets the page's security headers on every answer.
///
/// A server without a token (loopback only) answers only requests addressed to a loopback name,
/// so that a page whose domain an attacker points at 127.0.0.1 (DNS rebinding) reads nothing.
///
/// The CSRF check asks state-changing requests for the `X-Padan-Request` header, which a page
/// of another site cannot add without a CORS preflight that this server never grants, and
/// refuses them when the browser says they come from another origin.
struct AccessMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The token clients must send, or `nil`.
    let token: String?

    static var tokenHeader: HTTPField.Name { HTTPField.Name("X-Padan-Token")! }
    static var requestHeader: HTTPField.Name { HTTPField.Name("X-Padan-Request")! }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if token == nil, let authority = request.head.authority, !Self.isLoopback(authority: authority) {
            throw APIError(.forbidden, kind: "host",
                           message: "error: this server answers only on 127.0.0.1, localhost or [::1], not \(authority); start it with --host and a token to serve a network")
        }
        if request.uri.path.hasPrefix("/api/") {
            try check(request)
        }
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
        response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        return response
    }

    /// Whether `authority` (`host:port`) names this machine's loopback interface.
    static func isLoopback(authority: String) -> Bool {
        var host = authority.lowercased()
        if host.hasPrefix("["), let end = host.firstIndex(of: "]") {
            host = String(host[host.index(after: host.startIndex)..<end])
        } else if let colon = host.lastIndex(of: ":") {
            host = String(host[..<colon])
        }
        return host == "localhost" || host == "::1" || (host.hasPrefix("127.") && host.split(separator: ".").count == 4
            && host.split(separator: ".").allSatisfy { UInt8($0) != nil })
    }

    private func check(_ request: Request) throws {
        if let token {
            var given = request.headers[Self.tokenHeader]
            if given == nil, let authorization = request.headers[.authorization], authorization.hasPrefix("Bearer ") {
                given = String(authorization.dropFirst("Bearer ".count))
            }
            guard let given, AccessToken.matches(given, expected: token) else {
                throw APIError(.unauthorized, kind: "token",
                               message: "error: this server needs its access token: send it in the X-Padan-Token header (the page asks for it once)")
            }
        }
        guard ![.get, .head, .options].contains(request.method) else { return }
        if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!], !["same-origin", "none"].contains(site) {
            throw APIError(.forbidden, kind: "csrf", message: "error: a request from another site may not change this server's data")
        }
        if let origin = request.headers[.origin], let host = request.head.authority,
           origin != "http://\(host)" && origin != "https://\(host)" {
            throw APIError(.forbidden, kind: "csrf", message: "error: a request from \(origin) may not change this server's data")
        }
        guard request.headers[Self.requestHeader] != nil else {
            throw APIError(.forbidden, kind: "csrf",
                           message: "error: a request that changes data must carry the X-Padan-Request header (the page sends it; add it to API calls)")
        }
    }
}
