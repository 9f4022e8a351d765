import Foundation
import HTTPTypes
import Hummingbird
import TextIO

/// The page, its script and style sheet and the OpenAPI document, read once and served from
/// memory: an installed binary reads them from `share/padan/server` beside its `bin` (`make
/// install`), a built one from the target's resources.
struct StaticAssets: Sendable {
    struct Asset: Sendable {
        var bytes: ByteBuffer
        var contentType: String
    }

    private let assets: [String: Asset]

    /// The files served, by route.
    static let files: [(route: String, name: String, type: String)] = [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/app.js", "app.js", "text/javascript; charset=utf-8"),
        ("/app.css", "app.css", "text/css; charset=utf-8"),
        ("/openapi.json", "openapi.json", "application/json; charset=utf-8"),
    ]

    /// - Throws: `APIError` 500 when a resource is missing from the build.
    init() throws {
        let installed = Bundle.main.executableURL.flatMap(Self.installedDirectory(forExecutable:))
        var assets: [String: Asset] = [:]
        for file in Self.files {
            let name = file.name as NSString
            // `Bundle.module` is only asked when no installed copy is there: without its build tree it stops the process.
            guard let url = installed?.appendingPathComponent(file.name)
                    ?? Bundle.module.url(forResource: name.deletingPathExtension, withExtension: name.pathExtension, subdirectory: "Resources"),
                  let data = try? Data(contentsOf: url) else {
                throw APIError(.internalServerError, kind: "internal", message: "error: the server's resource \(file.name) is missing from the build")
            }
            assets[file.route] = Asset(bytes: ByteBuffer(bytes: data), contentType: file.type)
        }
        self.assets = assets
    }

    /// `PREFIX/share/padan/server` for an executable installed as `PREFIX/bin/padan`, when that
    /// directory holds every file; `nil` otherwise (a binary in its build directory).
    static func installedDirectory(forExecutable executable: URL) -> URL? {
        InstalledData.directory("server", forExecutable: executable, holding: files.map(\.name))
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
