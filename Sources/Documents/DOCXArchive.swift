import Foundation
import TextIO
import ZIPFoundation

/// The parts of a DOCX (a zip archive) that Padan reads, taken out under bounds that keep a zip
/// bomb from filling memory: each part's uncompressed size and compression ratio are checked
/// against the zip's directory before inflating, and the bytes actually inflated are counted,
/// so a directory that lies about sizes is caught too.
struct DOCXArchive {
    /// The largest uncompressed part read (32 MiB; a long article's `document.xml` is well under 1 MiB).
    static let maximumPartBytes = 32 << 20
    /// The largest uncompressed-to-compressed ratio of a part over 1 MiB (WordprocessingML
    /// compresses about 5 to 15 times; a bomb, thousands of times).
    static let maximumRatio = 100

    private let archive: Archive
    private let fileName: String

    /// - Throws: `DocumentError` (`.damagedDocument`) when the bytes are not a readable zip.
    init(bytes: [UInt8], fileName: String) throws {
        self.fileName = fileName
        // ZIPFoundation's `Archive(data:)` leaks its in-memory file, a copy of all the bytes, when it
        // finds no end-of-central-directory record (LeakSanitizer, a truncated DOCX): such bytes
        // are refused before it sees them.
        guard Self.hasEndOfCentralDirectory(bytes) else {
            throw DocumentError(.damagedDocument, at: SourceLocation(file: fileName),
                                "the zip archive is damaged or truncated (its end-of-central-directory record is missing); open and save it again in Word or LibreOffice")
        }
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw DocumentError(.damagedDocument, at: SourceLocation(file: fileName),
                                "the zip archive is damaged or truncated (\(error)); open and save it again in Word or LibreOffice")
        }
    }

    /// Whether an end-of-central-directory record's signature (`PK\u{5}\u{6}`) stands where a zip
    /// has it: in the last 22 bytes plus the longest comment (65,535 bytes).
    private static func hasEndOfCentralDirectory(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 22 else { return false }
        let earliest = max(0, bytes.count - 22 - 65_535)
        return stride(from: bytes.count - 22, through: earliest, by: -1).contains { start in
            bytes[start] == 0x50 && bytes[start + 1] == 0x4B && bytes[start + 2] == 0x05 && bytes[start + 3] == 0x06
        }
    }

    /// Whether the archive holds a part at `path`.
    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The bytes of the part at `path`, or `nil` when there is none.
    /// - Throws: `DocumentError` (`.limitExceeded`) for a part over the bounds, (`.damagedDocument`)
    ///   for one that cannot be inflated.
    func part(_ path: String) throws -> [UInt8]? {
        guard let entry = archive[path] else { return nil }
        let location = SourceLocation(file: "\(fileName)(\(path))")
        let claimed = entry.uncompressedSize, compressed = max(entry.compressedSize, 1)
        if claimed > UInt64(Self.maximumPartBytes) {
            throw DocumentError(.limitExceeded, at: location,
                                "this part would inflate to \(claimed >> 20) MiB, over the \(Self.maximumPartBytes >> 20) MiB Padan reads (a zip bomb, or not an article)")
        }
        if claimed > 1 << 20, claimed / compressed > UInt64(Self.maximumRatio) {
            throw DocumentError(.limitExceeded, at: location,
                                "this part is compressed \(claimed / compressed) times (\(compressed) bytes to \(claimed)), far more than a Word document ever is: refused as a zip bomb")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(min(claimed, UInt64(Self.maximumPartBytes))))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                if bytes.count + chunk.count > Self.maximumPartBytes || bytes.count + chunk.count > Int(compressed) * Self.maximumRatio + (1 << 20) {
                    throw PartTooLarge()
                }
                bytes.append(contentsOf: chunk)
            }
        } catch is PartTooLarge {
            throw DocumentError(.limitExceeded, at: location,
                                "this part inflates past what the zip's directory says (\(claimed) bytes): refused as a zip bomb")
        } catch {
            throw DocumentError(.damagedDocument, at: location,
                                "cannot be unpacked (\(error)); open and save the document again in Word or LibreOffice")
        }
        return bytes
    }

    private struct PartTooLarge: Error {}
}
