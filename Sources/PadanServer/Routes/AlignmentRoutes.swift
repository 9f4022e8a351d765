import Alignment
import Foundation
import HTTPTypes
import Hummingbird
import Memory
import Segmentation
import TMX

/// `POST /api/align`'s body: an Indonesian article and its English version, as plain text.
struct AlignBody: Decodable, Sendable {
    var source: String
    var target: String
    var name: String?
}

/// An alignment for the review table: both sides' sentences and the links over them.
struct AlignmentAnswer: Codable, Sendable {
    var name: String
    var source: [String]
    var target: [String]
    var links: [AlignmentLink]
}

/// `POST /api/align/edit`'s body: the links as they stand and one edit.
struct EditBody: Decodable, Sendable {
    var sourceCount: Int
    var targetCount: Int
    var links: [AlignmentLink]
    var edit: LinkEdit
}

/// `POST /api/align/edit`'s answer.
struct EditAnswer: Encodable, Sendable {
    var links: [AlignmentLink]
}

extension PadanServer {
    /// Aligning a pair, applying a reviewer's edits, storing the reviewed links or writing them as TMX.
    func addAlignmentRoutes(to router: Router<BasicRequestContext>) {
        let aligner = self.aligner
        router.post("/api/align") { request, context in
            let body = try await request.decodeJSON(AlignBody.self, context: context)
            let source = Segmenter(language: .indonesian).sentences(in: body.source).map(\.text)
            let target = Segmenter(language: .english).sentences(in: body.target).map(\.text)
            guard !source.isEmpty, !target.isEmpty else {
                throw APIError(.unprocessableContent, kind: "data",
                               message: "error: no sentences to align in the \(source.isEmpty ? "Indonesian" : "English") text (it is empty or only white space)")
            }
            let links = try await offload { aligner.align(source: source, target: target) }
            let review = try ReviewedAlignment(links: links, sourceCount: source.count, targetCount: target.count)
            return try jsonResponse(AlignmentAnswer(name: body.name ?? "article", source: source, target: target, links: review.links))
        }
        router.post("/api/align/edit") { request, context in
            let body = try await request.decodeJSON(EditBody.self, context: context)
            var review = try ReviewedAlignment(links: body.links, sourceCount: body.sourceCount, targetCount: body.targetCount)
            try review.apply(body.edit)
            return try jsonResponse(EditAnswer(links: review.links))
        }
        router.post("/api/align/store") { request, context in
            let (name, pairs) = try await reviewedPairs(request, context: context)
            let memory = self.memory
            return try jsonResponse(try await imports.run { try memory.storeReviewed(pairs, origin: name) })
        }
        router.post("/api/align/tmx") { request, context in
            let (name, pairs) = try await reviewedPairs(request, context: context)
            let path = temporaryPath(extension: "tmx")
            let header = TMXHeader.padan(sourceLanguage: "id", toolVersion: configuration.toolVersion)
            try await offload {
                let writer = try TMXWriter(path: path, header: header)
                for pair in pairs { try writer.write(pair.translationUnit(origin: name)) }
                try writer.finish()
            }
            return downloadResponse(path: path, contentType: "application/x-tmx+xml", fileName: name + ".tmx")
        }
    }

    /// The links of an `AlignmentAnswer` body as reviewed pairs.
    private func reviewedPairs(_ request: Request, context: BasicRequestContext) async throws -> (String, [ReviewedPair]) {
        let body = try await request.decodeJSON(AlignmentAnswer.self, context: context)
        let review = try ReviewedAlignment(links: body.links, sourceCount: body.source.count, targetCount: body.target.count)
        let pairs = try review.pairedTexts(source: body.source, target: body.target).map {
            ReviewedPair(source: $0.source, target: $0.target, confidence: $0.link.confidence, linkKind: $0.link.kind)
        }
        guard !pairs.isEmpty else {
            throw APIError(.unprocessableContent, kind: "data", message: "error: no link has sentences on both sides: nothing to store")
        }
        let name = body.name.trimmingCharacters(in: .whitespacesAndNewlines)
        return (name.isEmpty ? "article" : name, pairs)
    }
}
