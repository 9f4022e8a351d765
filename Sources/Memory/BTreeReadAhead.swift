#if canImport(Glibc)
import Glibc
#endif

/// Asks the kernel to read, all at once, the pages of an SQLite file that a set of lookups by
/// rowid or by index key will touch, so that a lookup on a cold page cache waits for one batch
/// of parallel reads per tree level instead of one read after another.
///
/// It walks the B-trees itself (SQLite file format: interior table pages, type 5, hold
/// (left child, rowid) cells and a right-most child; table leaves are type 13; index pages,
/// types 2 and 10, hold records), hinting every page of a level with `posix_fadvise(WILLNEED)`
/// before reading any of them. Table leaves are hinted, not read. It only hints: a page it gets
/// wrong (a stale copy while the WAL holds a newer one, a cell it cannot parse) costs a read
/// later, never a wrong answer.
///
///     let readAhead = BTreeReadAhead(path: "memory.sqlite")
///     readAhead?.hintRows(root: 5, rowids: [12, 40_117, 903_554])
final class BTreeReadAhead {
    /// A value of an index record, as far as the memory's indexes need: integers and text.
    enum Value: Equatable {
        case integer(Int64)
        case text([UInt8])
        case other
    }

    private let descriptor: Int32
    /// The file mapped (never read through: `mincore` tells which pages are in the page cache), if it could be.
    private let mapping: (base: UnsafeMutableRawPointer, size: Int)?
    private let pageSize: Int
    private let usableSize: Int
    private var page: [UInt8]

    /// Opens `path` for reading, or `nil` when it cannot be read as an SQLite file.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var header = [UInt8](repeating: 0, count: 100)
        guard pread(descriptor, &header, 100, 0) == 100, header.starts(with: Array("SQLite format 3\0".utf8)) else {
            close(descriptor)
            return nil
        }
        let size = Int(header[16]) << 8 | Int(header[17])
        self.descriptor = descriptor
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_size > 0,
           let base = mmap(nil, Int(status.st_size), PROT_READ, MAP_SHARED, descriptor, 0), base != MAP_FAILED {
            mapping = (base, Int(status.st_size))
        } else {
            mapping = nil
        }
        pageSize = size == 1 ? 65_536 : size
        usableSize = pageSize - Int(header[20])
        page = [UInt8](repeating: 0, count: pageSize)
    }

    deinit {
        if let mapping { munmap(mapping.base, mapping.size) }
        close(descriptor)
    }

    /// How many pages this walk hinted that were not in the page cache yet (all of them when that cannot be told).
    private(set) var pagesMissed = 0

    /// Levels deeper than this are not followed (a B-tree of 4 KB pages holds billions of rows in 5).
    private static let deepest = 8

    /// Hints the pages holding `rowids` in the table B-tree whose root is page `root`. With
    /// `overflow`, the leaves are read too and the overflow pages of the rows that spill are
    /// hinted, as the run that follows the first (an import writes a row's pages together).
    func hintRows(root: Int, rowids: [Int64], overflow: Bool = false) {
        let leaves = leaves(root: root, rowids: rowids)
        guard overflow else { return }
        var runs: [Int] = []
        for leaf in leaves {
            let wanted = Set(leaf.rowids)
            for row in rows(onLeaf: leaf.page) where wanted.contains(row.rowid) {
                if let first = row.overflow { runs.append(contentsOf: first..<(first + row.overflowPages)) }
            }
        }
        advise(runs)
    }

    /// The table leaf pages holding `rowids` in the B-tree at page `root`, each with its share of
    /// the rowids, every level on the way hinted and read, the leaves hinted only.
    func leaves(root: Int, rowids: [Int64]) -> [(page: Int, rowids: [Int64])] {
        guard root > 1, !rowids.isEmpty else { return [] }
        var level = [(page: root, rowids: rowids.sorted())]
        advise([root])
        guard read(root) else { return [] }
        for _ in 0..<Self.deepest {
            // `page` holds the level's first page; every leaf of a B-tree lies at the same depth.
            guard page[0] == 5 else { return page[0] == 13 ? level : [] }
            var children: [(page: Int, rowids: [Int64])] = []
            for (index, node) in level.enumerated() {
                guard index == 0 || read(node.page), page[0] == 5 else { continue }
                splitRowids(node.rowids, into: &children)
            }
            guard let first = children.first else { return [] }
            advise(children.map(\.page))
            guard read(first.page) else { return [] }
            level = children
        }
        return []
    }

    /// The rows of the table leaf page `number`: rowid, and the first overflow page and how many
    /// there are for a row that spills (SQLite file format: a leaf keeps X = U − 35 bytes of a
    /// row, else M + (P − M) mod (U − 4) bytes, or M).
    func rows(onLeaf number: Int) -> [(rowid: Int64, overflow: Int?, overflowPages: Int)] {
        guard read(number), page[0] == 13 else { return [] }
        var rows: [(rowid: Int64, overflow: Int?, overflowPages: Int)] = []
        let most = usableSize - 35, least = (usableSize - 12) * 32 / 255 - 23
        for cell in 0..<min(Int(page[3]) << 8 | Int(page[4]), (pageSize - 8) / 2) {
            var cursor = Int(page[8 + 2 * cell]) << 8 | Int(page[9 + 2 * cell])
            guard let raw = varint(&cursor), raw < 1 << 31, let rowid = varint(&cursor) else { return rows }
            let size = Int(raw)
            guard size > most else {
                rows.append((Int64(bitPattern: rowid), nil, 0))
                continue
            }
            let spill = least + (size - least) % (usableSize - 4)
            let local = spill <= most ? spill : least
            guard cursor + local + 4 <= pageSize else { return rows }
            // At most 16 MB of a row is hinted.
            let count = min((size - local + usableSize - 5) / (usableSize - 4), 4096)
            rows.append((Int64(bitPattern: rowid), bigEndian32(at: cursor + local), count))
        }
        return rows
    }

    /// The rowids of the entries of the index B-tree at `root` whose leading values lie in one of
    /// `ranges` (each bound compared on its own length), reading the pages level by level.
    func rowids(inIndex root: Int, ranges: [(low: [Value], high: [Value])]) -> [Int64] {
        guard root > 1, !ranges.isEmpty else { return [] }
        var found: [Int64] = []
        var level = [root]
        for _ in 0..<Self.deepest where !level.isEmpty {
            advise(level)
            var children: [Int] = []
            for number in level {
                guard read(number), page[0] == 2 || page[0] == 10 else { continue }
                collect(ranges, found: &found, children: &children)
            }
            level = children
        }
        return found
    }

    /// Adds the in-range entries of the index page in `page` to `found` and, for an interior
    /// page, the children whose key span meets a range to `children`. Each range is found by
    /// binary search over the cells, so a page costs a few record decodings per range.
    private func collect(_ ranges: [(low: [Value], high: [Value])], found: inout [Int64], children: inout [Int]) {
        let interior = page[0] == 2
        let header = interior ? 12 : 8
        let cellCount = min(Int(page[3]) << 8 | Int(page[4]), (pageSize - header) / 2)
        /// The record of cell `index`, or `nil` for one that cannot be read here (spilling, damaged).
        func entry(_ index: Int) -> [Value]? {
            let offset = Int(page[header + 2 * index]) << 8 | Int(page[header + 2 * index + 1])
            guard offset + (interior ? 5 : 1) <= pageSize else { return nil }
            var cursor = interior ? offset + 4 : offset
            guard let size = varint(&cursor), size <= maxLocalIndexPayload, cursor + Int(size) <= pageSize else { return nil }
            return record(from: cursor, to: cursor + Int(size))
        }
        func child(_ index: Int) -> Int {
            index < cellCount ? bigEndian32(at: Int(page[12 + 2 * index]) << 8 | Int(page[13 + 2 * index])) : bigEndian32(at: 8)
        }
        var chosen = Set<Int>()
        for range in ranges {
            // The first cell at or above the range's low bound.
            var lower = 0, upper = cellCount
            while lower < upper {
                let middle = (lower + upper) / 2
                // A cell that cannot be read ends the hint for this page (only a hint is lost).
                guard let value = entry(middle) else { return }
                if Self.compare(value, range.low) < 0 { lower = middle + 1 } else { upper = middle }
            }
            var index = lower
            while index < cellCount {
                guard let value = entry(index) else { return }
                if Self.compare(value, range.high) > 0 { break }
                if case .integer(let rowid) = value.last { found.append(rowid) }
                if interior { chosen.insert(index) }
                index += 1
            }
            // The subtree left of the first cell past the range (or the right-most) may hold some of it too.
            if interior { chosen.insert(index) }
        }
        children.append(contentsOf: chosen.sorted().map(child))
    }

    /// Compares `entry` with `bound` on the bound's length, in SQLite's order (integers before text,
    /// text by bytes).
    private static func compare(_ entry: [Value], _ bound: [Value]) -> Int {
        for (value, limit) in zip(entry, bound) {
            switch (value, limit) {
            case (.integer(let a), .integer(let b)) where a != b: return a < b ? -1 : 1
            case (.text(let a), .text(let b)) where a != b: return a.lexicographicallyPrecedes(b) ? -1 : 1
            case (.integer, .text): return -1
            case (.text, .integer): return 1
            case (.other, _), (_, .other): return 0
            default: continue
            }
        }
        return 0
    }

    /// The largest record an index cell keeps on its own page (SQLite file format, "X").
    private var maxLocalIndexPayload: UInt64 { UInt64((usableSize - 12) * 64 / 255 - 23) }

    /// The values of the record in `page[start..<end]`.
    private func record(from start: Int, to end: Int) -> [Value]? {
        var cursor = start
        guard let headerSize = varint(&cursor), headerSize <= UInt64(end - start) else { return nil }
        var body = start + Int(headerSize)
        var values: [Value] = []
        while cursor < start + Int(headerSize) {
            guard let type = varint(&cursor) else { return nil }
            let width: Int
            switch type {
            case 0: width = 0; values.append(.other)
            case 1...4: width = Int(type)
            case 5: width = 6
            case 6, 7: width = 8
            case 8, 9: width = 0; values.append(.integer(Int64(type) - 8))
            case 10, 11: return nil
            default: width = Int((type - 12) / 2)
            }
            guard width <= end - body else { return nil }
            if (1...6).contains(type) {
                var value = Int64(Int8(bitPattern: page[body]))
                for index in 1..<width { value = value << 8 | Int64(page[body + index]) }
                values.append(.integer(value))
            } else if type >= 13, type % 2 == 1 {
                values.append(.text(Array(page[body..<(body + width)])))
            } else if type == 7 || type >= 12 {
                values.append(.other)
            }
            body += width
        }
        return values
    }

    /// Distributes ascending `rowids` over the children of the interior table page in `page`.
    private func splitRowids(_ rowids: [Int64], into children: inout [(page: Int, rowids: [Int64])]) {
        var next = 0
        for cell in 0..<min(Int(page[3]) << 8 | Int(page[4]), (pageSize - 12) / 2) where next < rowids.count {
            var cursor = Int(page[12 + 2 * cell]) << 8 | Int(page[13 + 2 * cell])
            guard cursor + 4 < pageSize else { return }
            let child = bigEndian32(at: cursor)
            cursor += 4
            guard let key = varint(&cursor).map({ Int64(bitPattern: $0) }) else { return }
            var taken: [Int64] = []
            while next < rowids.count, rowids[next] <= key {
                taken.append(rowids[next])
                next += 1
            }
            if !taken.isEmpty { children.append((child, taken)) }
        }
        if next < rowids.count { children.append((bigEndian32(at: 8), Array(rowids[next...]))) }
    }

    /// Starts reading the given pages, merging neighbours into one range.
    private func advise(_ pages: [Int]) {
        let sorted = Set(pages).sorted()
        var start = 0
        while start < sorted.count {
            var end = start
            while end + 1 < sorted.count, sorted[end + 1] == sorted[end] + 1 { end += 1 }
            let offset = (sorted[start] - 1) * pageSize, length = (end - start + 1) * pageSize
            // Counted before the hint, which puts the pages in the cache while they are still being read.
            pagesMissed += missing(offset: offset, length: length)
            _ = posix_fadvise(descriptor, off_t(offset), off_t(length), POSIX_FADV_WILLNEED)
            start = end + 1
        }
    }

    /// How many of the pages in `length` bytes from `offset` are not in the page cache (all, when that cannot be told).
    private func missing(offset: Int, length: Int) -> Int {
        let pages = length / pageSize
        guard let mapping, offset >= 0, offset + length <= mapping.size else { return pages }
        var resident = [UInt8](repeating: 0, count: (length + Int(getpagesize()) - 1) / Int(getpagesize()))
        guard mincore(mapping.base + offset, length, &resident) == 0 else { return pages }
        return resident.isEmpty || resident.allSatisfy({ $0 & 1 == 1 }) ? 0 : pages
    }

    /// Reads page `number` (1-based; not the first, whose header comes first) into `page`.
    private func read(_ number: Int) -> Bool {
        guard number > 1 else { return false }
        return page.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, pageSize, off_t((number - 1) * pageSize)) } == pageSize
    }

    private func bigEndian32(at offset: Int) -> Int {
        page[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
    }

    /// An SQLite varint at `cursor` (big-endian groups of 7 bits, the ninth byte whole), moving past it.
    private func varint(_ cursor: inout Int) -> UInt64? {
        var value: UInt64 = 0
        for index in 0..<9 {
            guard cursor < pageSize else { return nil }
            let byte = page[cursor]
            cursor += 1
            if index == 8 { return value << 8 | UInt64(byte) }
            value = value << 7 | UInt64(byte & 0x7F)
            if byte < 0x80 { return value }
        }
        return value
    }
}
