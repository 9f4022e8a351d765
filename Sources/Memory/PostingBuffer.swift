/// The postings of one import, per term, held as compact varints until they are written: each
/// unit adds (its id less the term's previous unit id, its word count) to the postings of every
/// term it holds, about 2½ bytes a posting instead of 8.
///
/// A term's bytes live in a chain of fixed-size chunks of one arena (each chunk's last 4 bytes
/// name the next), so that adding a posting allocates nothing and checks no array's uniqueness.
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
    /// Bytes per chunk, the link to the next chunk included.
    private static let chunkSize = 64
    private static let payloadSize = chunkSize - 4

    /// Where a term's postings are: its first and current chunk (-1 for none), the bytes used in
    /// the current one, the last unit id added, and the units added since the buffer was created.
    private struct Chain {
        var first: Int32 = -1
        var last: Int32 = -1
        var used: Int32 = 0
        var lastUnit: Int64 = 0
        var units = 0
    }

    /// Chunks; `arenaUsed` bytes of it in use, the rest zeros ready for new chunks.
    private var arena: [UInt8] = []
    private var arenaUsed = 0
    private var chains: [Chain] = []
    /// Bytes the arena reserves when it first grows: an array grown by copying would move its
    /// bytes again and again, and fault their pages in anew each time. Untouched pages of the
    /// reservation cost no memory.
    private let reservation: Int
    /// Bytes the arena holds.
    var byteCount: Int { arenaUsed }

    /// An empty buffer whose arena reserves `reservation` bytes at its first posting (e.g. what
    /// an import holds before it writes them, `UnitImporter.postingBytesHeld`).
    init(reservation: Int = 0) {
        self.reservation = reservation
    }

    /// Per term id: units added to the buffer since it was created (not emptied by `drain`).
    var unitCounts: [Int] { chains.map(\.units) }

    /// Adds unit `id`, of `wordCount` words, to the postings of each of its distinct `terms`;
    /// ids must come in ascending order.
    mutating func add(unit id: Int64, wordCount: Int, terms: [Int64]) {
        guard let largest = terms.max() else { return }
        if Int(largest) >= chains.count {
            chains.append(contentsOf: repeatElement(Chain(), count: max(Int(largest) + 1, 2 * chains.count) - chains.count))
        }
        // At most 20 bytes a term (two varints), so at most one new chunk each.
        let needed = arenaUsed + terms.count * Self.chunkSize
        if needed > arena.capacity { arena.reserveCapacity(max(needed, reservation, 2 * arena.capacity)) }
        if needed > arena.count { arena.append(contentsOf: repeatElement(0, count: max(needed, arena.count + arena.count / 2) - arena.count)) }
        var used = arenaUsed
        arena.withUnsafeMutableBufferPointer { arena in
            chains.withUnsafeMutableBufferPointer { chains in
                for term in terms {
                    let index = Int(term)
                    Self.append(UInt64(id - chains[index].lastUnit), to: &chains[index], arena, &used)
                    Self.append(UInt64(wordCount), to: &chains[index], arena, &used)
                    chains[index].lastUnit = id
                    chains[index].units += 1
                }
            }
        }
        arenaUsed = used
    }

    /// Appends one varint to a chain, starting a chunk at `used` in the arena when the chain's last is full.
    private static func append(_ value: UInt64, to chain: inout Chain, _ arena: UnsafeMutableBufferPointer<UInt8>, _ used: inout Int) {
        var rest = value
        repeat {
            let byte = rest >= 0x80 ? UInt8(truncatingIfNeeded: rest) | 0x80 : UInt8(rest)
            rest >>= 7
            if chain.last < 0 || chain.used == payloadSize {
                let chunk = Int32(used / chunkSize)
                used += chunkSize
                if chain.last < 0 {
                    chain.first = chunk
                } else {
                    let link = Int(chain.last) * chunkSize + payloadSize
                    for shift in 0..<4 { arena[link + shift] = UInt8(truncatingIfNeeded: chunk >> (8 * shift)) }
                }
                chain.last = chunk
                chain.used = 0
            }
            arena[Int(chain.last) * chunkSize + Int(chain.used)] = byte
            chain.used += 1
        } while rest > 0
    }

    /// The chunk after `chunk` in its chain.
    private func link(of chunk: Int) -> Int {
        let base = chunk * Self.chunkSize + Self.payloadSize
        return (0..<4).reduce(0) { $0 | Int(arena[base + $1]) << (8 * $1) }
    }

    /// A chain's bytes in order.
    private func bytes(of chain: Chain, into result: inout [UInt8]) {
        result.removeAll(keepingCapacity: true)
        var chunk = Int(chain.first)
        while chunk >= 0 {
            let start = chunk * Self.chunkSize
            if chunk == Int(chain.last) {
                result.append(contentsOf: arena[start..<(start + Int(chain.used))])
                break
            }
            result.append(contentsOf: arena[start..<(start + Self.payloadSize)])
            chunk = link(of: chunk)
        }
    }

    /// Hands over every posting block, by term id and then word count, each block's unit ids
    /// ascending as delta varints (`PostingList`), and empties the buffer.
    mutating func drain(_ write: (_ term: Int64, _ wordCount: Int, _ block: UnsafeRawBufferPointer) throws -> Void) throws {
        var bytes: [UInt8] = [], ids: [Int64] = [], counts: [Int] = [], sorted: [Int64] = [], starts: [Int] = [], block: [UInt8] = []
        for term in chains.indices where chains[term].first >= 0 {
            self.bytes(of: chains[term], into: &bytes)
            ids.removeAll(keepingCapacity: true)
            counts.removeAll(keepingCapacity: true)
            var unit: Int64 = 0
            var reader = bytes.makeIterator()
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
            chains[term] = Chain(units: chains[term].units)
        }
        arena = []
        arenaUsed = 0
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
