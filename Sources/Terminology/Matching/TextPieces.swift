import Dispatch
import Foundation

/// A long text cut into line-aligned pieces, each worked on its own core: neither a term nor a
/// composed phrase runs across a line break, so the matcher and the composer find in each piece
/// what they would find in the whole text, and their results, put together in piece order, are
/// the same as in one piece.
enum TextPieces {
    /// The fewest bytes of text per piece worked on its own core.
    static let pieceSize = 256 * 1024

    /// The pieces of `bytes` for work on every core: one piece per core, since each piece pays for
    /// its own tables (the matcher's table of the piece's distinct words, each looked up once
    /// more in the shared cache; the composer's traits of entries), and two pieces per core made
    /// the matcher 6–9 % slower in processor time on 10 MB; one piece for a short text (a
    /// sentence), which does not ask for the core count, a system call.
    static func pieces(of bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let size = bytes.count <= pieceSize ? pieceSize
            : max(pieceSize, bytes.count / ProcessInfo.processInfo.activeProcessorCount + 1)
        return pieces(of: bytes, bytes: size)
    }

    /// `bytes` cut after a line break near every `size` bytes.
    static func pieces(of bytes: UnsafeBufferPointer<UInt8>, bytes size: Int) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = 0
        while start + size < bytes.count {
            guard let newline = bytes[(start + size)...].firstIndex(of: 0x0A) else { break }
            pieces.append(start..<(newline + 1))
            start = newline + 1
        }
        pieces.append(start..<bytes.count)
        return pieces
    }

    /// The part of `text` (whose contiguous UTF-8 is `bytes`) at byte offsets `piece`.
    static func substring(_ text: String, _ piece: Range<Int>) -> Substring {
        let utf8 = text.utf8
        return text[utf8.index(utf8.startIndex, offsetBy: piece.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: piece.upperBound)]
    }

    /// Runs `body` for 0..<`count`, on every core when there is more than one.
    static func perform(_ count: Int, _ body: @Sendable (Int) -> Void) {
        if count == 1 { body(0) } else { DispatchQueue.concurrentPerform(iterations: count, execute: body) }
    }

    /// The next character boundary after byte `position` of `bytes`, the contiguous UTF-8 of
    /// `text`: an ASCII byte followed by another ASCII byte (or by the end) is a whole
    /// `Character`, as only CR LF is one of two; elsewhere `text` is asked.
    @inline(__always)
    static func characterEnd(after position: Int, in bytes: UnsafeBufferPointer<UInt8>, _ text: Substring) -> Int {
        let byte = bytes[position], next = position + 1
        if byte < 0x80, byte != 0x0D, next == bytes.count || bytes[next] < 0x80 { return next }
        let utf8 = text.utf8
        return utf8.distance(from: utf8.startIndex, to: text.index(after: utf8.index(utf8.startIndex, offsetBy: position)))
    }

    /// The length of `text` in `Character`s (`bytes` its contiguous UTF-8), stepping a byte at a time over ASCII.
    static func characterCount(of text: Substring, bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0, position = 0
        while position < bytes.count {
            position = characterEnd(after: position, in: bytes, text)
            count += 1
        }
        return count
    }
}

/// A value handed to concurrent work that writes disjoint parts of it.
struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
