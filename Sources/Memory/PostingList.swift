import Foundation

/// Ascending unit ids as delta-encoded varints: the block format of the `posting` table.
///
///     PostingList.decode(PostingList.encode([3, 7, 8])) == [3, 7, 8]
enum PostingList {
    static func encode(_ ascending: [Int64]) -> Data {
        var writer = ByteWriter()
        var previous: Int64 = 0
        for id in ascending {
            writer.varint(Int(id - previous))
            previous = id
        }
        return Data(writer.bytes)
    }

    static func decode(_ data: Data, into result: inout [Int64]) {
        decodeVarints(data, delta: true, into: &result)
    }

    /// Term ids as plain varints, in sentence order (`unit.source_keys`); bytes, not `Data`, which
    /// would copy them once more for each of an import's units.
    static func encodeKeys(_ ids: [Int64]) -> [UInt8] {
        var writer = ByteWriter()
        writer.bytes.reserveCapacity(2 * ids.count)
        for id in ids { writer.varint(Int(id)) }
        return writer.bytes
    }

    static func decodeKeys(_ data: Data) -> [Int64] {
        var result: [Int64] = []
        result.reserveCapacity(data.count)
        decodeVarints(data, delta: false, into: &result)
        return result
    }

    private static func decodeVarints(_ data: Data, delta: Bool, into result: inout [Int64]) {
        var value: Int64 = 0, shift: Int64 = 0, previous: Int64 = 0
        for byte in data {
            value |= Int64(byte & 0x7F) << shift
            if byte < 0x80 {
                previous = delta ? previous + value : value
                result.append(previous)
                value = 0
                shift = 0
            } else {
                shift += 7
            }
        }
    }
}
