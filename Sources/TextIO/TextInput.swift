import Foundation

/// Failure to read a text input: missing file, binary data or bytes that are not UTF-8.
public struct TextInputError: UserFacingError, Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case cannotOpen, binary, notUTF8 }
    public var kind: Kind
    public var location: SourceLocation
    public var message: String

    public var category: FailureCategory { kind == .cannotOpen ? .noInput : .dataError }
    public var description: String { "\(location): error: \(message)" }
}

/// Reads whole text files strictly: UTF-8 only (a BOM is dropped), no NUL bytes.
///
///     let text = try TextInput.read(path: "article.id.txt")
///     let piped = try TextInput.read(path: "-")   // standard input
///
/// Nothing is repaired silently: a file in another encoding is refused with the line and column
/// of the first bad byte, so the user can convert it (`iconv -f WINDOWS-1252 -t UTF-8`).
public enum TextInput {
    /// The name used in messages for standard input.
    public static let standardInputName = "<stdin>"

    /// Reads `path` (or standard input for `-`) as UTF-8 text.
    /// - Throws: `TextInputError` when the file cannot be read, is binary or is not UTF-8.
    public static func read(path: String) throws(TextInputError) -> String {
        let name = path == "-" ? standardInputName : path
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw TextInputError(kind: .cannotOpen, location: SourceLocation(file: name),
                                     message: "no such file; check the path")
            }
            guard !isDirectory.boolValue, let contents = FileManager.default.contents(atPath: path) else {
                throw TextInputError(kind: .cannotOpen, location: SourceLocation(file: name),
                                     message: isDirectory.boolValue ? "is a directory, not a text file" : "cannot be read; check its permissions")
            }
            data = contents
        }
        return try decode(Array(data), name: name)
    }

    /// Decodes bytes as strict UTF-8, naming `name` in errors.
    /// - Throws: `TextInputError` for NUL bytes (binary data) or invalid UTF-8.
    public static func decode(_ bytes: [UInt8], name: String) throws(TextInputError) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            throw TextInputError(kind: .notUTF8, location: SourceLocation(file: name, line: 1, column: 1),
                                 message: "the file is UTF-16; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)")
        }
        if let nul = body.firstIndex(of: 0) {
            let (line, column) = position(of: nul, in: body)
            throw TextInputError(kind: .binary, location: SourceLocation(file: name, line: line, column: column),
                                 message: "binary data (a NUL byte); give a plain-text file")
        }
        if let text = String(validating: body, as: UTF8.self) { return text }
        let bad = firstInvalidUTF8(in: body)
        let (line, column) = position(of: bad, in: body)
        throw TextInputError(kind: .notUTF8, location: SourceLocation(file: name, line: line, column: column),
                             message: "not UTF-8 (byte 0x\(String(body[bad], radix: 16, uppercase: true))); convert the file, e.g. iconv -f WINDOWS-1252 -t UTF-8")
    }

    private static func firstInvalidUTF8(in bytes: ArraySlice<UInt8>) -> Int {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            let end = index + length
            guard end <= bytes.endIndex,
                  String(validating: bytes[index..<end], as: UTF8.self) != nil else { return index }
            index = end
        }
        return bytes.endIndex - 1
    }

    /// 1-based line and column (in characters) of the byte at `offset`.
    private static func position(of offset: Int, in bytes: ArraySlice<UInt8>) -> (Int, Int) {
        var line = 1
        var lineStart = bytes.startIndex
        for index in bytes.startIndex..<offset where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = bytes[lineStart..<offset].reduce(1) { count, byte in byte & 0xC0 == 0x80 ? count : count + 1 }
        return (line, column)
    }
}
