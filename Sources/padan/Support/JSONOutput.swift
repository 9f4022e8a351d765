import Foundation

/// Writes results as JSON on stdout: pretty, keys sorted, with a schema version at the top level.
///
/// Every `--json` output is `{"schemaVersion": 1, …}` so scripts can tell when the shape changes.
enum JSONOutput {
    static let schemaVersion = 1

    /// Encodes `value` and prints it with a trailing newline.
    static func print<T: Encodable>(_ value: T) throws {
        let data = try encoded(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// The bytes `print` writes (without the trailing newline), for output that goes to a file.
    static func encoded<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(Versioned(schemaVersion: schemaVersion, result: value))
    }

    private struct Versioned<Result: Encodable>: Encodable {
        let schemaVersion: Int
        let result: Result
    }
}
