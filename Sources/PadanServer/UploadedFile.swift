import Foundation
import HTTPTypes
import Hummingbird

/// A request body saved to a temporary file as it arrives, never held whole in memory, and
/// removed when the value goes (or by `remove()`).
final class UploadedFile: Sendable {
    let path: String

    /// Streams `body` into a new temporary file.
    /// - Throws: `APIError` 413 as soon as more than `limit` bytes have come (the file is removed),
    ///   or the body's error when the client goes away mid-upload (the file is removed too).
    init(body: RequestBody, declaredLength: Int?, limit: Int) async throws {
        if let declaredLength, declaredLength > limit { throw Self.tooLarge(limit) }
        path = FileManager.default.temporaryDirectory.appendingPathComponent("padan-upload-\(UUID().uuidString).tmx").path
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw APIError(.internalServerError, kind: "cannot-create", message: "error: cannot create a temporary file for the upload")
        }
        defer { try? handle.close() }
        do {
            var received = 0
            for try await buffer in body {
                received += buffer.readableBytes
                if received > limit { throw Self.tooLarge(limit) }
                try handle.write(contentsOf: Data(buffer.readableBytesView))
            }
            guard received > 0 else { throw APIError.badRequest("the upload is empty: send a TMX file as the request body") }
        } catch {
            remove()
            throw error
        }
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    deinit { remove() }

    private static func tooLarge(_ limit: Int) -> APIError {
        APIError(.contentTooLarge, kind: "too-large",
                 message: "error: the upload is larger than this server takes (\(limit / 1_048_576) MiB); split the TMX file or raise --max-upload")
    }
}
