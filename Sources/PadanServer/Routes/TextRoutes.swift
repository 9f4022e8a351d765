import Foundation
import HTTPTypes
import Hummingbird
import Segmentation
import Suggestion

/// `POST /api/segment`'s body.
struct SegmentBody: Decodable, Sendable {
    var text: String
    /// `id` or `en`.
    var language: String?
}

/// `POST /api/suggest`'s body.
struct SuggestBody: Decodable, Sendable {
    var text: String
    var threshold: Double?
    var limit: Int?
    /// The article's file name, written into the XLIFF.
    var name: String?

    func options() throws -> Suggester.Options {
        let threshold = threshold ?? 70, limit = limit ?? 3
        guard (1...100).contains(threshold) else { throw APIError.badRequest("`threshold` must be between 1 and 100") }
        guard (1...50).contains(limit) else { throw APIError.badRequest("`limit` must be between 1 and 50") }
        return Suggester.Options(limit: limit, threshold: threshold)
    }
}

extension PadanServer {
    /// Segmentation and suggestions (as JSON or as an XLIFF download).
    func addTextRoutes(to router: Router<BasicRequestContext>) {
        router.post("/api/segment") { request, context in
            let body = try await request.decodeJSON(SegmentBody.self, context: context)
            let language: Language
            switch body.language ?? "id" {
            case "id", "id-ID": language = .indonesian
            case "en", "en-US", "en-GB": language = .english
            case let other: throw APIError.badRequest("`language` is id or en, not '\(other)'")
            }
            return try jsonResponse(Segmenter(language: language).sentences(in: body.text))
        }
        router.post("/api/suggest") { request, context in
            let body = try await request.decodeJSON(SuggestBody.self, context: context)
            let options = try body.options()
            let (memory, glossary) = (self.memory, self.glossary)
            return try jsonResponse(try await offload {
                try Suggester(memory: memory, glossary: glossary).suggest(article: body.text, options: options)
            })
        }
        router.post("/api/suggest/xliff") { request, context in
            let body = try await request.decodeJSON(SuggestBody.self, context: context)
            let options = try body.options()
            let (memory, glossary, version) = (self.memory, self.glossary, configuration.toolVersion)
            let original = body.name ?? "article.id.txt"
            let path = temporaryPath(extension: "xlf")
            try await offload {
                let suggestions = try Suggester(memory: memory, glossary: glossary).suggest(article: body.text, options: options)
                try XLIFFWriter.write(suggestions, original: original, to: path, toolVersion: version)
            }
            return downloadResponse(path: path, contentType: "application/xliff+xml", fileName: (original as NSString).deletingPathExtension + ".xlf")
        }
    }
}
