import Foundation

/// Finds an entity declaration in a document's prolog before libxml2 parses it. libxml2 expands
/// and checks declared entities while it reads the DOCTYPE, before `XMLPullReader` can refuse
/// them: entities that loop and are referred to from an attribute kept it busy for 0.7 s per
/// 800-byte input (the `xml-pull` fuzz target's timeout). The scan reads bytes up to the root
/// element's start (comments and processing instructions skipped), zero bytes ignored so UTF-16
/// reads like ASCII; markup it cannot follow ends the scan, leaving the refusal to the reader.
enum XMLPrologScan {
    /// The line of the first `<!ENTITY` before the root element, or `nil` when there is none.
    static func entityDeclarationLine(in bytes: some Sequence<UInt8>) -> Int? {
        var line = 1
        var recent: [UInt8] = []
        var inComment = false, inInstruction = false
        for byte in bytes where byte != 0 {
            if byte == 0x0A { line += 1 }
            recent.append(byte)
            if recent.count > 8 { recent.removeFirst() }
            if inComment {
                if recent.suffix(3).elementsEqual("-->".utf8) { inComment = false; recent.removeAll() }
                continue
            }
            if inInstruction {
                if recent.suffix(2).elementsEqual("?>".utf8) { inInstruction = false; recent.removeAll() }
                continue
            }
            if recent.suffix(8).elementsEqual("<!ENTITY".utf8) { return line }
            if recent.suffix(4).elementsEqual("<!--".utf8) { inComment = true; recent.removeAll(); continue }
            if recent.suffix(2).elementsEqual("<?".utf8) { inInstruction = true; recent.removeAll(); continue }
            if recent.count >= 2, recent[recent.count - 2] == UInt8(ascii: "<"), startsName(byte) { return nil }
        }
        return nil
    }

    /// The same for a regular file, read in chunks up to the verdict; `nil` for a pipe or an unreadable file.
    static func entityDeclarationLine(inFile path: String) -> Int? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
              let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        // The prolog of a real file is short; a hostile one longer than this is left to the reader.
        let head = (try? handle.read(upToCount: 1 << 20)).map { [UInt8]($0) } ?? []
        return entityDeclarationLine(in: head)
    }

    /// A byte that can open an element name: a letter, `_`, `:` or the start of a non-ASCII character.
    private static func startsName(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte >= 0x80
    }
}
