import Foundation

/// A stream that is not a regular file (a pipe, standard input as `-`) in the shape libxml2's
/// `xmlReaderForIO` pulls bytes. `XMLPrologScan` reads its first bytes before libxml2 does, so
/// that a piped document declaring entities is refused before libxml2 parses its DOCTYPE; those
/// bytes are handed to libxml2 first, then the rest straight from the descriptor.
final class XMLStreamInput: XMLReadSource {
    private let descriptor: Int32
    private let closesDescriptor: Bool
    /// The bytes read ahead for the scan and not yet handed to libxml2, from `handedOver` on.
    private var head: [UInt8] = []
    private var handedOver = 0

    /// Opens `path` when it is a stream: `-` (standard input), a pipe, a socket or a character
    /// device; `nil` for anything else (a regular file, which libxml2 opens itself) or on failure.
    init?(streamAt path: String) {
        if path == "-" {
            descriptor = 0
            closesDescriptor = false
        } else {
            var status = stat()
            guard stat(path, &status) == 0, [S_IFIFO, S_IFSOCK, S_IFCHR].contains(status.st_mode & S_IFMT) else { return nil }
            descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { return nil }
            closesDescriptor = true
        }
    }

    deinit {
        if closesDescriptor { close(descriptor) }
    }

    /// Reads the stream's prolog ahead of libxml2: the line of an `<!ENTITY` in it, or `nil`.
    func entityDeclarationLineInProlog() -> Int? {
        XMLPrologScan.entityDeclarationLine(readingFrom: descriptor, into: &head)
    }

    func read(into buffer: UnsafeMutablePointer<CChar>, count: Int) -> Int {
        if handedOver < head.count {
            let length = min(count, head.count - handedOver)
            head.withUnsafeBytes { bytes in
                UnsafeMutableRawPointer(buffer).copyMemory(from: bytes.baseAddress! + handedOver, byteCount: length)
            }
            handedOver += length
            if handedOver == head.count { head = []; handedOver = 0 }
            return length
        }
        while true {
            let received = Foundation.read(descriptor, buffer, count)
            if received < 0, errno == EINTR { continue }
            return received < 0 ? -1 : received
        }
    }
}

/// What libxml2 pulls bytes from through `xmlReaderForIO` (`XMLPullReader.ioReader`).
protocol XMLReadSource: AnyObject {
    /// Copies up to `count` bytes to `buffer`; 0 at the end, -1 when reading fails.
    func read(into buffer: UnsafeMutablePointer<CChar>, count: Int) -> Int
}
