/// The postings of one import, per term, held as compact varints until they are written: each
/// unit adds (its id less the term's previous unit id, its word count) to the buffer of every
/// term it holds, about 2½ bytes a posting instead of 8.
///
/// Written once at the end of an import (unless `byteCount` grows past a bound first), the blocks
/// of a term follow one another in the posting table, by word count, so that a lookup's blocks
/// for one word lie together in the file: a cold lookup reads a few runs of pages, not a page
/// per block.
///
///     var buffer = PostingBuffer()
///     buffer.add(unit: 3, wordCount: 4, terms: [1, 2])
///     buffer.add(unit: 7, wordCount: 4, terms: [2])
///     try buffer.drain { term, wordCount, block in … }   // (1, 4, [3]), (2, 4, [3, 7])
struct PostingBuffer {
    private var entries: [[UInt8]] = []
    private var lastUnit: [Int64] = []
    /// Per term id: units added to the buffer since it was created (not emptied by `drain`).
    private(set) var unitCounts: [Int] = []
    /// Bytes held in entries.
    private(set) var byteCount = 0

    /// Adds unit `id`, of `wordCount` words, to the postings of each of its distinct `terms`;
    /// ids must come in ascending order.
    mutating func add(unit id: Int64, wordCount: Int, terms: [Int64]) {
        for term in terms {
            let index = Int(term)
            if index >= entries.count {
                let grown = max(index + 1, entries.count * 2)
                entries.append(contentsOf: repeatElement([], count: grown - entries.count))
                lastUnit.append(contentsOf: repeatElement(0, count: grown - lastUnit.count))
                unitCounts.append(contentsOf: repeatElement(0, count: grown - unitCounts.count))
            }
            let before = entries[index].count
            Self.varint(UInt64(id - lastUnit[index]), into: &entries[index])
            Self.varint(UInt64(wordCount), into: &entries[index])
            byteCount += entries[index].count - before
            lastUnit[index] = id
            unitCounts[index] += 1
        }
    }

    /// Hands over every posting block, by term id and then word count, each block's unit ids
    /// ascending as delta varints (`PostingList`), and empties the buffer.
    mutating func drain(_ write: (_ term: Int64, _ wordCount: Int, _ block: UnsafeRawBufferPointer) throws -> Void) throws {
        var ids: [Int64] = [], counts: [Int] = [], sorted: [Int64] = [], starts: [Int] = [], block: [UInt8] = []
        for term in entries.indices where !entries[term].isEmpty {
            ids.removeAll(keepingCapacity: true)
            counts.removeAll(keepingCapacity: true)
            var unit: Int64 = 0
            var reader = entries[term].makeIterator()
            while let delta = Self.readVarint(&reader), let wordCount = Self.readVarint(&reader) {
                unit += Int64(delta)
                ids.append(unit)
                counts.append(Int(wordCount))
            }
            // A counting sort by word count keeps each count's ids ascending.
            let longest = counts.max() ?? 0
            starts.removeAll(keepingCapacity: true)
            starts.append(contentsOf: repeatElement(0, count: longest + 2))
            for wordCount in counts { starts[wordCount + 1] += 1 }
            for index in 1..<starts.count { starts[index] += starts[index - 1] }
            var next = starts
            sorted.removeAll(keepingCapacity: true)
            sorted.append(contentsOf: repeatElement(0, count: ids.count))
            for (index, wordCount) in counts.enumerated() {
                sorted[next[wordCount]] = ids[index]
                next[wordCount] += 1
            }
            for wordCount in 0...longest where starts[wordCount + 1] > starts[wordCount] {
                block.removeAll(keepingCapacity: true)
                var previous: Int64 = 0
                for id in sorted[starts[wordCount]..<starts[wordCount + 1]] {
                    Self.varint(UInt64(id - previous), into: &block)
                    previous = id
                }
                try block.withUnsafeBytes { try write(Int64(term), wordCount, $0) }
            }
            entries[term] = []
            lastUnit[term] = 0
        }
        byteCount = 0
    }

    private static func varint(_ value: UInt64, into bytes: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    private static func readVarint(_ bytes: inout IndexingIterator<[UInt8]>) -> UInt64? {
        var value: UInt64 = 0, shift: UInt64 = 0
        while let byte = bytes.next() {
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }
}
