import Foundation
import HTTPTypes
import Hummingbird

/// Turns every error thrown below it into a JSON `APIError` answer with its status.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            return Self.response(for: APIError(from: error))
        }
    }

    static func response(for error: APIError) -> Response {
        let data = (try? JSONEncoder().encode(error)) ?? Data(#"{"error":{"status":500,"kind":"internal","message":"error"}}"#.utf8)
        return Response(status: error.status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
