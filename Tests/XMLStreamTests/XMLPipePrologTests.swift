import Foundation
import Testing
@testable import XMLStream

/// A document read from a pipe has its prolog scanned for entity declarations before libxml2
/// sees its DOCTYPE, as a file has (`XMLPrologScan` on the bytes `XMLStreamInput` and
/// `HTMLEntityInput` read ahead), and the bytes read ahead still reach libxml2.
@Suite struct XMLPipePrologTests {
    /// A FIFO in a fresh directory and a thread writing into it: `head` at once, then `rest` when
    /// `release()` is called or after 20 s, whichever comes first (so that a reader that waits
    /// for the whole document is seen waiting, not left hanging), then it closes the pipe.
    final class PipeWriter: @unchecked Sendable {
        let path: String
        private let released = DispatchSemaphore(value: 0)
        private let done = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var timedOut = false

        init(head: [UInt8], rest: [UInt8]) throws {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("padan-pipe-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            path = directory.appendingPathComponent("document.xml").path
            guard mkfifo(path, 0o600) == 0 else { throw CocoaError(.fileWriteUnknown) }
            Thread.detachNewThread { [self] in
                let handle = open(path, O_WRONLY)
                write(head, to: handle)
                let waited = released.wait(timeout: .now() + 20)
                lock.withLock { timedOut = waited == .timedOut }
                write(rest, to: handle)
                close(handle)
                done.signal()
            }
        }

        deinit { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }

        /// Lets the rest be written.
        func release() { released.signal() }

        /// Waits until the pipe is closed: whether the 20 s ran out before `release()`.
        func finish() -> Bool {
            done.wait()
            return lock.withLock { timedOut }
        }

        private func write(_ bytes: [UInt8], to handle: Int32) {
            var written = 0
            while written < bytes.count {
                let count = bytes.withUnsafeBytes { Foundation.write(handle, $0.baseAddress! + written, bytes.count - written) }
                guard count > 0 else { return }
                written += count
            }
        }
    }

    /// The writer holds back the end of the DOCTYPE: the refusal must come from the bytes already
    /// sent, naming the declaration's line, without waiting for the rest of the document.
    @Test(arguments: [false, true])
    func aPipedDocumentIsRefusedAtItsFirstDeclarationBeforeTheRestArrives(readingHTMLEntities: Bool) throws {
        let writer = try PipeWriter(head: Array("<?xml version=\"1.0\"?>\n<!DOCTYPE d [\n  <!ENTITY a \"b\">\n".utf8),
                                    rest: Array("  <!ENTITY c \"&a;&a;\">\n]>\n<d x=\"&c;\">&c;</d>\n".utf8))
        let reader = try XMLPullReader(path: writer.path, fileName: "piped.xml", readingHTMLEntities: readingHTMLEntities)
        let error = try #require(throws: XMLError.self) { while try reader.next() != nil {} }
        // The reader keeps its end open until the rest is written (no SIGPIPE for the writer).
        let waitedForTheRest = withExtendedLifetime(reader) {
            writer.release()
            return writer.finish()
        }
        #expect(!waitedForTheRest)
        #expect(error.kind == .entityReference)
        #expect(error.location.file == "piped.xml")
        #expect(error.location.line == 3)
        #expect(error.message.contains("Padan refuses"))
    }

    /// A long comment before the root puts the root past the first chunks read ahead: every byte
    /// read for the scan still reaches libxml2, in order.
    @Test(arguments: [false, true])
    func aPipedDocumentReadsWholeAfterTheScan(readingHTMLEntities: Bool) throws {
        let comment = "<!-- " + String(repeating: "padding without markup ", count: 6_000) + "-->\n"
        let units = (1...3_000).map { "<u n=\"\($0)\">kalimat \($0)</u>\n" }.joined()
        let writer = try PipeWriter(head: Array(("<?xml version=\"1.0\"?>\n" + comment + "<doc>\n").utf8),
                                    rest: Array((units + "</doc>\n").utf8))
        let reader = try XMLPullReader(path: writer.path, fileName: "piped.xml", readingHTMLEntities: readingHTMLEntities)
        writer.release()
        var numbers: [String] = [], texts: [String] = []
        while let event = try reader.next() {
            switch event {
            case .start(let tag) where tag.name == "u": numbers.append(tag[attribute: "n"] ?? "")
            case .text(let text) where text.hasPrefix("kalimat"): texts.append(text)
            default: break
            }
        }
        #expect(!writer.finish())
        #expect(numbers == (1...3_000).map(String.init))
        #expect(texts.last == "kalimat 3000")
        #expect(texts.count == 3_000)
    }

    /// The scan fed piece by piece decides as it does on the whole, and not before it can.
    @Test func theScanFedInPiecesWaitsForADecision() {
        var scan = XMLPrologScan()
        #expect(scan.feed(Array("<?xml version=\"1.0\"?>\n<!DOCTYPE d [\n<!ENT".utf8)) == .undecided)
        #expect(scan.feed(Array("ITY x \"y\">]>\n<d/>".utf8)) == .entityDeclaration(line: 3))
        var plain = XMLPrologScan()
        #expect(plain.feed(Array("<!-- <!ENTITY".utf8)) == .undecided)
        #expect(plain.feed(Array(" --><d/>".utf8)) == .noDeclaration)
        #expect(plain.feed(Array("<!ENTITY".utf8)) == .noDeclaration)
    }
}
