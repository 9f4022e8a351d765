import Foundation
import HTTPTypes
import Hummingbird

/// The page, its script and style sheet and the OpenAPI document, read once from the target's
/// resources and served from memory.
struct StaticAssets: Sendable {
    struct Asset: Sendable {
        var bytes: ByteBuffer
        var contentType: String
    }

    private let assets: [String: Asset]

    /// - Throws: `APIError` 500 when a resource is missing from the build.
    init() throws {
        let files: [(route: String, name: String, type: String)] = [
            ("/", "index.html", "text/html; charset=utf-8"),
            ("/app.js", "app.js", "text/javascript; charset=utf-8"),
            ("/app.css", "app.css", "text/css; charset=utf-8"),
            ("/openapi.json", "openapi.json", "application/json; charset=utf-8"),
        ]
        var assets: [String: Asset] = [:]
        for file in files {
            let name = file.name as NSString
            guard let url = Bundle.module.url(forResource: name.deletingPathExtension, withExtension: name.pathExtension,
                                              subdirectory: "Resources"),
                  let data = try? Data(contentsOf: url) else {
                throw APIError(.internalServerError, kind: "internal", message: "error: the server's resource \(file.name) is missing from the build")
            }
            assets[file.route] = Asset(bytes: ByteBuffer(bytes: data), contentType: file.type)
        }
        self.assets = assets
    }

    /// Adds a GET route for each asset.
    func register<Context: RequestContext>(on router: Router<Context>) {
        for (route, asset) in assets {
            router.get(RouterPath(route)) { _, _ in
                Response(status: .ok, headers: [.contentType: asset.contentType, .cacheControl: "no-cache"],
                         body: ResponseBody(byteBuffer: asset.bytes))
            }
        }
    }
}
