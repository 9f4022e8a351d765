import Foundation

/// The first bytes of a document that its encoding cannot decode, and where they are.
struct XMLEncodingProblem: Hashable {
    /// The encoding the bytes were decoded as (`UTF-8`, `UTF-16LE`, `EUC-JP`, …).
    var encoding: String
    /// Why that encoding: the XML declaration, a byte-order mark, or XML's default.
    var reason: String
    /// Line (1-based) and column (1-based, in characters) of the first byte that does not decode.
    var line: Int
    var column: Int
    /// Up to four bytes from the first one that does not decode.
    var bytes: [UInt8]
}

/// Finds where a document stops decoding in its encoding, for an error libxml2 reports without
/// a place ("input conversion failed due to input error"): libxml2 converts input ahead of the
/// parser, so its position says nothing about the bad bytes. The encoding is read as libxml2 reads
/// it (byte-order mark, then the XML declaration, else UTF-8) and the bytes are decoded with iconv
/// in chunks, in flat memory.
enum XMLEncodingLocator {
    /// The problem in a regular file, or `nil` when the file decodes, cannot be read again (a pipe)
    /// or names an encoding iconv does not know.
    static func locate(path: String) -> XMLEncodingProblem? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
              let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        return locate { (try? handle.read(upToCount: 1 << 16)).map { [UInt8]($0) } ?? [] }
    }

    /// The problem in a document held in memory, or `nil` as for a file.
    static func locate(bytes: [UInt8]) -> XMLEncodingProblem? {
        var delivered = false
        return locate {
            defer { delivered = true }
            return delivered ? [] : bytes
        }
    }

    /// Decodes the chunks `next` gives (empty at the end) and stops at the first byte that does not decode.
    private static func locate(_ next: () -> [UInt8]) -> XMLEncodingProblem? {
        var pending = next()
        let (encoding, reason, byteOrderMark) = detectEncoding(pending)
        pending.removeFirst(byteOrderMark)
        let converter = iconv_open("UTF-8", encoding)
        guard let converter, Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        var line = 1, column = 1
        var output = [UInt8](repeating: 0, count: 1 << 16)
        var atEnd = pending.isEmpty
        while true {
            var used = 0
            var failed = false
            pending.withUnsafeMutableBytes { input in
                var inputPointer = input.baseAddress?.assumingMemoryBound(to: CChar.self)
                guard inputPointer != nil else { return }
                var inputLeft = input.count
                while inputLeft > 0 {
                    let (result, code) = output.withUnsafeMutableBytes { out -> (Int, Int32) in
                        var outputPointer = out.baseAddress?.assumingMemoryBound(to: CChar.self)
                        var outputLeft = out.count
                        let result = iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
                        let code = errno
                        count(out.prefix(out.count - outputLeft), line: &line, column: &column)
                        return (result, code)
                    }
                    used = input.count - inputLeft
                    if result != -1 || code == E2BIG { continue }
                    // EINVAL: a sequence cut by the chunk's end, decoded with the next chunk.
                    failed = code != EINVAL || atEnd
                    return
                }
            }
            if failed || (atEnd && used < pending.count) {
                return XMLEncodingProblem(encoding: encoding, reason: reason, line: line, column: column,
                                          bytes: Array(pending[used...].prefix(4)))
            }
            pending.removeFirst(used)
            if atEnd { return nil }
            let chunk = next()
            atEnd = chunk.isEmpty
            pending += chunk
        }
    }

    /// Advances line and column over UTF-8 output: a new line at each line feed, a column per character.
    private static func count(_ utf8: UnsafeMutableRawBufferPointer.SubSequence, line: inout Int, column: inout Int) {
        for byte in utf8 {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
    }

    /// The encoding as libxml2 takes it (a byte-order mark, the XML declaration, else UTF-8), why,
    /// and the length of the byte-order mark to skip.
    static func detectEncoding(_ head: [UInt8]) -> (encoding: String, reason: String, byteOrderMark: Int) {
        let mark = "the encoding its byte-order mark gives"
        if head.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", mark, 2) }
        if head.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", mark, 2) }
        if head.starts(with: [0x3C, 0x00, 0x3F, 0x00]) { return ("UTF-16LE", "the encoding its first bytes give", 0) }
        if head.starts(with: [0x00, 0x3C, 0x00, 0x3F]) { return ("UTF-16BE", "the encoding its first bytes give", 0) }
        let byteOrderMark = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if let declared = declaredEncoding(head.dropFirst(byteOrderMark)) {
            return (declared, "the encoding its XML declaration names", byteOrderMark)
        }
        return ("UTF-8", byteOrderMark > 0 ? mark : "the encoding XML reads when the declaration names none", byteOrderMark)
    }

    /// The `encoding="…"` of an XML declaration at the start of `head`.
    private static func declaredEncoding(_ head: ArraySlice<UInt8>) -> String? {
        guard head.starts(with: Array("<?xml".utf8)) else { return nil }
        let declaration = String(decoding: head.prefix(256), as: UTF8.self).prefix { $0 != ">" }
        guard let keyword = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[keyword.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let name = rest.dropFirst().prefix { $0 != quote }
        return name.isEmpty ? nil : String(name)
    }
}
