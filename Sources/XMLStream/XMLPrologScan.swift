import Foundation

/// Finds an entity declaration in a document's prolog before libxml2 parses it. libxml2 expands
/// and checks declared entities while it reads the DOCTYPE, before `XMLPullReader` can refuse
/// them: entities that loop and are referred to from an attribute kept it busy for 0.7 s per
/// 800-byte input (the `xml-pull` fuzz target's timeout). The scan reads bytes up to the root
/// element's start (comments and processing instructions skipped), zero bytes ignored so UTF-16
/// reads like ASCII; markup it cannot follow ends the scan, leaving the refusal to the reader.
/// It can be fed piece by piece (a pipe read ahead of libxml2, `entityDeclarationLine(readingFrom:into:)`).
struct XMLPrologScan {
    /// What the bytes fed so far decide.
    enum Verdict: Equatable {
        /// `<!ENTITY` on this line, before the root element.
        case entityDeclaration(line: Int)
        /// The root element (or markup the scan cannot follow) came first.
        case noDeclaration
        /// Neither yet: the bytes ended inside the prolog.
        case undecided
    }

    private(set) var verdict = Verdict.undecided
    private var line = 1
    private var recent: [UInt8] = []
    private var inComment = false, inInstruction = false
    /// The prolog of a real document is short; a hostile one longer than this is left to the reader.
    static let headLimit = 1 << 20

    /// Scans the next bytes of the document; once decided, further bytes change nothing.
    mutating func feed(_ bytes: some Sequence<UInt8>) -> Verdict {
        guard verdict == .undecided else { return verdict }
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
            if recent.suffix(8).elementsEqual("<!ENTITY".utf8) { verdict = .entityDeclaration(line: line); break }
            if recent.suffix(4).elementsEqual("<!--".utf8) { inComment = true; recent.removeAll(); continue }
            if recent.suffix(2).elementsEqual("<?".utf8) { inInstruction = true; recent.removeAll(); continue }
            if recent.count >= 2, recent[recent.count - 2] == UInt8(ascii: "<"), Self.startsName(byte) { verdict = .noDeclaration; break }
        }
        return verdict
    }

    /// The line of the first `<!ENTITY` before the root element, or `nil` when there is none.
    static func entityDeclarationLine(in bytes: some Sequence<UInt8>) -> Int? {
        var scan = XMLPrologScan()
        return scan.feed(bytes).line
    }

    /// The same for a regular file, read up to the verdict; `nil` for a pipe or an unreadable file
    /// (a stream is read through `entityDeclarationLine(readingFrom:into:)` instead).
    static func entityDeclarationLine(inFile path: String) -> Int? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var head: [UInt8] = []
        return entityDeclarationLine(readingFrom: descriptor, into: &head)
    }

    /// Reads a stream's first bytes from `descriptor` until the scan decides (or `headLimit`
    /// bytes, or the end), appending them to `head`, which the caller hands to libxml2 first: a
    /// pipe is refused before libxml2 sees its DOCTYPE, as a file is.
    static func entityDeclarationLine(readingFrom descriptor: Int32, into head: inout [UInt8]) -> Int? {
        var scan = XMLPrologScan()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var scanned = 0
        while scanned < headLimit {
            let received = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
            if received < 0, errno == EINTR { continue }
            guard received > 0 else { return nil }
            head.append(contentsOf: chunk[..<received])
            scanned += received
            if case .entityDeclaration(let line) = scan.feed(chunk[..<received]) { return line }
            if scan.verdict == .noDeclaration { return nil }
        }
        return nil
    }

    /// A byte that can open an element name: a letter, `_`, `:` or the start of a non-ASCII character.
    private static func startsName(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte >= 0x80
    }
}

private extension XMLPrologScan.Verdict {
    var line: Int? { if case .entityDeclaration(let line) = self { line } else { nil } }
}
