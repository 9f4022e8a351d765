import Foundation
import HTTPTypes
import Hummingbird
import TextIO

/// The JSON body of every error answer: `{"error": {"status": 422, "kind": "data", "message": "…"}}`.
///
/// `message` is the text the command line prints after `padan: `, so a desk sees the same words
/// in the page, the API and the shell; `kind` names the class of failure the CLI maps to its exit
/// status (`usage` 64, `data` 65, `missing` 66, …) or the HTTP-only ones.
struct APIError: Error, Encodable, Sendable {
    struct Body: Encodable, Sendable {
        var status: Int
        var kind: String
        var message: String
    }

    var error: Body

    init(_ status: HTTPResponse.Status, kind: String, message: String) {
        error = Body(status: status.code, kind: kind, message: message)
    }

    var status: HTTPResponse.Status { HTTPResponse.Status(code: error.status) }

    /// The answer for any error a route or the router threw.
    init(from thrown: any Error) {
        switch thrown {
        case let error as APIError:
            self = error
        case let error as UserFacingError:
            let (status, kind) = Self.status(of: error.category)
            self.init(status, kind: kind, message: error.description)
        case let error as DecodingError:
            self.init(.badRequest, kind: "usage", message: "error: the request body is not the JSON this endpoint takes (\(Self.describe(error)))")
        case let error as any HTTPResponseError:
            let kind = switch error.status {
            case .contentTooLarge: "too-large"
            case .notFound: "not-found"
            case .methodNotAllowed: "method"
            case .unsupportedMediaType: "media-type"
            default: "http"
            }
            let message = (error as? HTTPError)?.body ?? error.status.reasonPhrase
            self.init(error.status, kind: kind, message: "error: \(message)")
        default:
            self.init(.internalServerError, kind: "internal", message: "error: \(thrown)")
        }
    }

    /// The HTTP status and kind for a CLI failure category.
    static func status(of category: FailureCategory) -> (HTTPResponse.Status, String) {
        switch category {
        case .usage: (.badRequest, "usage")
        case .dataError: (.unprocessableContent, "data")
        case .noInput: (.notFound, "missing")
        case .software: (.internalServerError, "internal")
        case .cannotCreate: (.internalServerError, "cannot-create")
        case .ioError: (.internalServerError, "io")
        case .temporaryFailure: (.serviceUnavailable, "busy")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map(\.stringValue).joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, _): return "missing field `\(key.stringValue)`"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong type at `\(path(context))`"
        case .dataCorrupted(let context): return context.debugDescription
        @unknown default: return "\(error)"
        }
    }

    /// A request whose parameters are missing or out of range (the CLI's usage errors).
    static func badRequest(_ message: String) -> APIError {
        APIError(.badRequest, kind: "usage", message: "error: \(message)")
    }
}
