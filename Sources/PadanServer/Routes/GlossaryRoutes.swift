import Foundation
import HTTPTypes
import Hummingbird
import Terminology

/// `POST /api/glossary/find`'s body.
struct TextBody: Decodable, Sendable {
    var text: String
}

extension PadanServer {
    /// Term lookup (typo- and affix-tolerant) and term finding in a text.
    func addGlossaryRoutes(to router: Router<BasicRequestContext>) {
        let lookup = glossaryLookup, matcher = self.matcher
        router.get("/api/glossary/lookup") { request, _ in
            let text = try request.requiredQuery("text")
            let limit = try request.query("limit", in: 1...100, default: 10)
            let domain = request.uri.queryParameters["domain"].map(String.init)
            let results = lookup.lookup(text, limit: domain == nil ? limit : lookup.glossary.entries.count)
                .filter { domain == nil || $0.entry.domain == domain }
            return try jsonResponse(Array(results.prefix(limit)))
        }
        router.get("/api/glossary/domains") { _, _ in
            try jsonResponse(Set(lookup.glossary.entries.map(\.domain)).sorted())
        }
        router.post("/api/glossary/find") { request, context in
            let body = try await request.decodeJSON(TextBody.self, context: context)
            return try jsonResponse(matcher.matches(in: body.text).map(FoundTerm.init))
        }
    }
}
