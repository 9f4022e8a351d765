import FuzzSupport
import TMX

/// Bytes → TMX units or an error; every file that reads must write and read back equal.
@_cdecl("LLVMFuzzerTestOneInput")
public func tmxReaderFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    guard let (header, units) = readAll(bytes: input.bytes) else { return 0 }
    let written = ScratchDirectory.shared.path("-written.tmx")
    do {
        let writer = try TMXWriter(path: written, header: header)
        for unit in units { try writer.write(unit) }
        try writer.finish()
    } catch {
        // The writer refuses what TMX cannot hold (a unit without variants); nothing to compare.
        return 0
    }
    let again: (TMXHeader, [TranslationUnit])
    do {
        let reader = try TMXReader(path: written)
        var read: [TranslationUnit] = []
        while let unit = try reader.next() { read.append(unit) }
        again = (reader.header, read)
    } catch {
        require(false, "what the writer wrote does not read back: \(error)")
        return 0
    }
    require(again.1 == units, "units differ after writing and reading back:\n\(units)\n---\n\(again.1)")
    return 0
}

private func readAll(bytes: [UInt8]) -> (TMXHeader, [TranslationUnit])? {
    do {
        let reader = try TMXReader(bytes: bytes, fileName: "fuzz.tmx")
        var units: [TranslationUnit] = []
        while let unit = try reader.next() { units.append(unit) }
        return (reader.header, units)
    } catch {
        require(!error.message.isEmpty, "an error without a message")
        return nil
    }
}
