import Foundation

/// A file (or standard input) read through an `HTMLEntityRewriter`, in the shape libxml2's
/// `xmlReaderForIO` pulls bytes: `read(into:count:)` fills libxml2's buffer.
final class HTMLEntityInput: XMLReadSource {
    private let descriptor: Int32
    private let closesDescriptor: Bool
    private(set) var rewriter: HTMLEntityRewriter
    /// Bytes read and not yet consumed by the rewriter (its margin), then the new ones.
    private var pending: [UInt8] = []
    /// Rewritten bytes not yet handed to libxml2, from `handedOver` on.
    private var ready: [UInt8] = []
    private var handedOver = 0
    private var atEnd = false
    private static let chunkSize = 1 << 16

    /// Opens `path` (`-` for standard input); `nil` when it cannot be opened.
    init?(path: String, fileName: String) {
        if path == "-" {
            descriptor = 0
            closesDescriptor = false
        } else {
            descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { return nil }
            closesDescriptor = true
        }
        rewriter = HTMLEntityRewriter(fileName: fileName)
    }

    deinit {
        if closesDescriptor { close(descriptor) }
    }

    /// Reads the document's prolog ahead of libxml2 (`XMLPrologScan`), a pipe's as a file's: the
    /// line of an `<!ENTITY` in it, or `nil`. The bytes read are rewritten at once, so that
    /// libxml2 gets them first without waiting on the pipe for more; those of a refused document
    /// (never read further) all of them, margin included.
    func entityDeclarationLineInProlog() -> Int? {
        let line = XMLPrologScan.entityDeclarationLine(readingFrom: descriptor, into: &pending)
        let consumed = pending.withUnsafeBufferPointer { rewriter.rewrite($0, isLast: line != nil, into: &ready) }
        pending.removeFirst(consumed)
        return line
    }

    /// Copies up to `count` rewritten bytes to `buffer`; 0 at the end, -1 when reading fails.
    func read(into buffer: UnsafeMutablePointer<CChar>, count: Int) -> Int {
        while handedOver == ready.count {
            if atEnd { return 0 }
            ready.removeAll(keepingCapacity: true)
            handedOver = 0
            let start = pending.count
            pending.reserveCapacity(start + Self.chunkSize)
            var received = 0
            pending.append(contentsOf: repeatElement(0, count: Self.chunkSize))
            pending.withUnsafeMutableBytes { bytes in
                received = Foundation.read(descriptor, bytes.baseAddress! + start, Self.chunkSize)
            }
            guard received >= 0 else { return -1 }
            pending.removeLast(Self.chunkSize - received)
            atEnd = received == 0
            let consumed = pending.withUnsafeBufferPointer { rewriter.rewrite($0, isLast: atEnd, into: &ready) }
            pending.removeFirst(consumed)
        }
        let length = min(count, ready.count - handedOver)
        ready.withUnsafeBufferPointer { bytes in
            UnsafeMutableRawPointer(buffer).copyMemory(from: bytes.baseAddress! + handedOver, byteCount: length)
        }
        handedOver += length
        return length
    }

    /// Rewrites a whole document held in memory.
    static func rewrite(_ bytes: [UInt8], fileName: String) -> (bytes: [UInt8], repairs: [HTMLEntityRepair]) {
        var rewriter = HTMLEntityRewriter(fileName: fileName)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        _ = bytes.withUnsafeBufferPointer { rewriter.rewrite($0, isLast: true, into: &output) }
        return (output, rewriter.repairs)
    }
}
