import Foundation
import HTTPTypes
import Hummingbird

/// Reading query parameters and JSON bodies with the CLI's checks and messages.
extension Request {
    /// The query parameter `name`, required and not blank.
    func requiredQuery(_ name: String) throws -> String {
        guard let value = uri.queryParameters[Substring(name)].map(String.init),
              !value.allSatisfy(\.isWhitespace) else {
            throw APIError.badRequest("the `\(name)` query parameter is missing")
        }
        return value
    }

    /// The query parameter `name` as a number in `range`, or `fallback` when absent.
    func query<T: LosslessStringConvertible & Comparable>(_ name: String, in range: ClosedRange<T>, default fallback: T) throws -> T {
        guard let text = uri.queryParameters[Substring(name)] else { return fallback }
        guard let value = T(String(text)), range.contains(value) else {
            throw APIError.badRequest("`\(name)` must be between \(range.lowerBound) and \(range.upperBound), not '\(text)'")
        }
        return value
    }

    /// The query flag `name`: present as `true`/`1`/empty means on.
    func flag(_ name: String) -> Bool {
        guard let value = uri.queryParameters[Substring(name)] else { return false }
        return ["", "1", "true", "yes"].contains(value.lowercased())
    }

    /// The body decoded as JSON; 415 unless the request says it is JSON.
    func decodeJSON<T: Decodable>(_ type: T.Type, context: some RequestContext) async throws -> T {
        guard let contentType = headers[.contentType], contentType.lowercased().hasPrefix("application/json") else {
            throw APIError(.unsupportedMediaType, kind: "media-type",
                           message: "error: this endpoint takes JSON: send Content-Type: application/json")
        }
        let body = try await self.body.collect(upTo: context.maxUploadSize)
        return try JSONDecoder().decode(type, from: Data(body.readableBytesView))
    }
}

/// A JSON answer with the ISO 8601 dates the CLI's `--json` writes.
func jsonResponse(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting = [.sortedKeys]
    return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                    body: ResponseBody(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
}

/// A file the server wrote for download, streamed and then removed.
func downloadResponse(path: String, contentType: String, fileName: String) -> Response {
    let body = ResponseBody { writer in
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else { return try await writer.finish(nil) }
        defer { try? handle.close() }
        while let chunk = try handle.read(upToCount: 64 * 1024), !chunk.isEmpty {
            try await writer.write(ByteBuffer(bytes: chunk))
        }
        try await writer.finish(nil)
    }
    let safeName = fileName.filter { $0.isLetter || $0.isNumber || "-_.".contains($0) }
    return Response(status: .ok, headers: [.contentType: contentType,
                                           .contentDisposition: "attachment; filename=\"\(safeName.isEmpty ? "padan" : safeName)\""],
                    body: body)
}

/// A fresh path in the temporary directory for a file to download.
func temporaryPath(extension fileExtension: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("padan-\(UUID().uuidString).\(fileExtension)").path
}
