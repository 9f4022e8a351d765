import Foundation
import HTTPTypes
import Hummingbird
import Memory
import Spotting
import TMX

extension PadanServer {
    /// Lookup, concordance (with the translation spotted, as `padan memory search`), statistics, TMX import and export.
    func addMemoryRoutes(to router: Router<BasicRequestContext>) {
        let memory = self.memory
        router.get("/api/memory/stats") { _, _ in
            try jsonResponse(try await offload { try memory.stats() })
        }
        router.get("/api/memory/lookup") { request, _ in
            let text = try request.requiredQuery("text")
            let threshold = try request.query("threshold", in: 1.0...100.0, default: 70.0)
            let limit = try request.query("limit", in: 1...100, default: 5)
            return try jsonResponse(try await offload { try memory.lookup(text, limit: limit, threshold: threshold) })
        }
        router.get("/api/memory/search") { request, _ in
            let text = try request.requiredQuery("text")
            let lang = request.uri.queryParameters["lang"].map(String.init) ?? "id"
            guard ["id", "en", "source", "target"].contains(lang) else {
                throw APIError.badRequest("`lang` is id (the source side) or en (the target side), not '\(lang)'")
            }
            let side: MemorySide = ["id", "source"].contains(lang) ? .source : .target
            let limit = try request.query("limit", in: 1...500, default: 20)
            let exact = request.flag("exact")
            let sample = try request.query("sample", in: 1...1000, default: 200)
            return try jsonResponse(try await offload {
                try memory.spottedConcordance(text, in: side, limit: limit, exact: exact, sample: max(sample, limit))
            })
        }
        router.post("/api/memory/import") { request, _ in
            try await importTMX(request)
        }
        router.get("/api/memory/export") { request, _ in
            let origin = request.uri.queryParameters["origin"].map(String.init)
            let path = temporaryPath(extension: "tmx")
            let header = TMXHeader.padan(sourceLanguage: "id", toolVersion: configuration.toolVersion)
            do {
                _ = try await offload { try memory.exportTMX(path: path, header: header, filter: ExportFilter(origin: origin)) }
            } catch {
                try? FileManager.default.removeItem(atPath: path)
                throw error
            }
            return downloadResponse(path: path, contentType: "application/x-tmx+xml", fileName: "memory.tmx")
        }
    }

    /// `POST /api/memory/import?origin=NAME`: the body (TMX) goes to a temporary file, then into
    /// the memory in one transaction, after any import already running.
    private func importTMX(_ request: Request) async throws -> Response {
        let types = ["application/xml", "text/xml", "application/x-tmx+xml"]
        guard let contentType = request.headers[.contentType]?.lowercased(),
              types.contains(where: { contentType.hasPrefix($0) }) else {
            throw APIError(.unsupportedMediaType, kind: "media-type",
                           message: "error: send the TMX file with Content-Type application/xml (or text/xml, application/x-tmx+xml)")
        }
        let origin = request.uri.queryParameters["origin"].map(String.init) ?? "upload.tmx"
        let upload = try await UploadedFile(body: request.body, declaredLength: request.headers[.contentLength].flatMap { Int($0) },
                                            limit: configuration.maxUploadBytes)
        let memory = self.memory
        let summary = try await imports.run {
            let reader = try TMXReader(path: upload.path, fileName: origin)
            return try memory.importUnits(from: { try reader.next() }, origin: origin, header: reader.header,
                                          sourceLanguage: "id", targetLanguage: "en")
        }
        upload.remove()
        return try jsonResponse(summary)
    }
}
