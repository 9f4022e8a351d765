import Foundation
import TextIO

/// An HTML named entity that `XMLPullReader(path:fileName:readingHTMLEntities:)` read as its
/// character (`&Uuml;` as “Ü”), where the input has it.
public struct HTMLEntityRepair: Hashable, Sendable {
    public var location: SourceLocation
    /// The entity's name (`Uuml`).
    public var name: String
    /// The character it stands for.
    public var character: String
}

/// Rewrites references to HTML named entities (`HTMLEntities`) into numeric character references
/// (`&Uuml;` → `&#220;`) in a document's bytes on their way to libxml2, which then reads the
/// character itself: nothing is declared or expanded, so the reader's entity rules stay whole.
/// Comments, CDATA sections and processing instructions pass untouched, as do the entities XML
/// predefines, character references and unknown names (libxml2 still refuses those).
///
/// Works on encodings in which ASCII characters are single ASCII bytes (UTF-8, ISO-8859-*,
/// Windows-125x); a UTF-16 or UTF-32 document (by its first bytes) passes unchanged.
///
/// - Complexity: O(n) with `memchr` over the bytes; a document without `&`, `!` or `?` costs a
///   copy and a scan for line breaks.
struct HTMLEntityRewriter {
    private enum State { case text, comment, characterData, instruction }

    let fileName: String
    /// The repairs, the first `repairLimit` of them (flat memory on huge files); the rest are counted.
    private(set) var repairs: [HTMLEntityRepair] = []
    private(set) var droppedRepairs = 0
    static let repairLimit = 10_000
    private var state = State.text
    private var enabled: Bool?
    /// The input offset of the next byte to be given to `rewrite`, its line, and where that line starts.
    private var offset = 0
    private var line = 1
    private var lineStart = 0
    /// The last byte consumed, to tell `<!` from `!` when a buffer starts with `!`.
    private var previousByte: UInt8 = 0

    /// Bytes kept back at the end of a buffer that is not the last, so that no reference or
    /// delimiter is cut in two (longer than any reference or `<![CDATA[`).
    static let margin = 64

    init(fileName: String) {
        self.fileName = fileName
    }

    /// Appends the rewritten bytes of `input` to `output` and returns how many input bytes it
    /// consumed: all of them when `isLast`, else all but a margin (the caller passes those again,
    /// in front of the next bytes).
    mutating func rewrite(_ input: UnsafeBufferPointer<UInt8>, isLast: Bool, into output: inout [UInt8]) -> Int {
        let count = input.count
        if enabled == nil {
            guard count >= 4 || isLast else { return 0 }
            enabled = !Self.isWideEncoding(input)
        }
        let limit = isLast ? count : max(0, count - Self.margin)
        guard enabled == true, let base = input.baseAddress else {
            output.append(contentsOf: input[0..<limit])
            offset += limit
            return limit
        }
        var emitted = 0, position = 0
        func emit(upTo end: Int) {
            guard end > emitted else { return }
            var cursor = emitted
            while cursor < end, let found = memchr(base + cursor, 0x0A, end - cursor) {
                cursor = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                line += 1
                lineStart = offset + cursor
            }
            output.append(contentsOf: UnsafeBufferPointer(start: base + emitted, count: end - emitted))
            emitted = end
        }
        func next(_ byte: UInt8, from start: Int, to end: Int) -> Int? {
            guard start < end, let found = memchr(base + start, Int32(byte), end - start) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        func byte(before index: Int) -> UInt8 { index > 0 ? input[index - 1] : previousByte }
        func has(_ literal: StaticString, at index: Int) -> Bool {
            let length = literal.utf8CodeUnitCount
            guard index + length <= count else { return false }
            return memcmp(base + index, literal.utf8Start, length) == 0
        }

        // Where the next `&`, `!` and `?` are (`limit` when there is none), searched again only
        // once passed: a reference, `<!--` or `<![CDATA[`, and `<?`.
        let markers = [UInt8(ascii: "&"), UInt8(ascii: "!"), UInt8(ascii: "?")]
        var nextMarker = [-1, -1, -1]
        while position < limit {
            switch state {
            case .text:
                for index in markers.indices where nextMarker[index] < position {
                    nextMarker[index] = next(markers[index], from: position, to: limit) ?? limit
                }
                let found = nextMarker.min()!
                guard found < limit else {
                    position = limit
                    continue
                }
                position = found + 1
                switch input[found] {
                case UInt8(ascii: "&"):
                    guard let (name, value) = reference(at: found, in: input) else { continue }
                    emit(upTo: found)
                    let column = offset + found - lineStart + 1
                    output.append(contentsOf: Array("&#\(value);".utf8))
                    emitted = found + name.utf8.count + 2
                    position = emitted
                    if repairs.count < Self.repairLimit {
                        repairs.append(HTMLEntityRepair(location: SourceLocation(file: fileName, line: line, column: column), name: name,
                                                        character: String(Character(Unicode.Scalar(value)!))))
                    } else {
                        droppedRepairs += 1
                    }
                case UInt8(ascii: "!") where byte(before: found) == UInt8(ascii: "<"):
                    if has("--", at: found + 1) {
                        state = .comment
                        position = found + 3
                    } else if has("[CDATA[", at: found + 1) {
                        state = .characterData
                        position = found + 8
                    }
                case UInt8(ascii: "?") where byte(before: found) == UInt8(ascii: "<"):
                    state = .instruction
                default:
                    break
                }
            case .comment, .characterData, .instruction:
                // The end is searched for in all the bytes there are, so that one cut by the
                // margin is found whole; a `>` that does not close goes on searching after it.
                let closing: (UInt8, UInt8)? = state == .comment ? (0x2D, 0x2D) : state == .characterData ? (0x5D, 0x5D) : nil
                var searched = position
                var closed = false
                while let found = next(UInt8(ascii: ">"), from: searched, to: count) {
                    searched = found + 1
                    let matches = closing.map { found >= position + 2 && input[found - 2] == $0.0 && input[found - 1] == $0.1 }
                        ?? (found >= position + 1 && input[found - 1] == UInt8(ascii: "?"))
                    if matches {
                        closed = true
                        break
                    }
                }
                if closed {
                    state = .text
                    position = searched
                } else {
                    position = max(position, limit)
                }
            }
        }
        let consumed = max(position, limit)
        emit(upTo: consumed)
        if consumed > 0 { previousByte = input[consumed - 1] }
        offset += consumed
        return consumed
    }

    /// The HTML entity named by the reference starting with the `&` at `index`, if it is one.
    private func reference(at index: Int, in input: UnsafeBufferPointer<UInt8>) -> (String, UInt32)? {
        var end = index + 1
        while end < input.count, end - index <= HTMLEntities.longestName {
            let byte = input[end]
            if byte == UInt8(ascii: ";") { break }
            guard (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) else { return nil }
            end += 1
        }
        guard end < input.count, input[end] == UInt8(ascii: ";"), end > index + 1 else { return nil }
        let name = String(decoding: input[(index + 1)..<end], as: UTF8.self)
        return HTMLEntities.codePoints[name].map { (name, $0) }
    }

    /// Whether the document starts as UTF-16 or UTF-32 does: a byte-order mark, or `<` with zero bytes.
    private static func isWideEncoding(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
        guard input.count >= 2 else { return false }
        let first = input[0], second = input[1]
        if (first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE) { return true }
        return first == 0 || second == 0
    }
}
