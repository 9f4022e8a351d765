import FuzzSupport
import TMX

/// Bytes as a spreadsheet TSV → TMX or an error; the TMX written reads, exports to TSV, and that
/// TSV imports to the same units.
@_cdecl("LLVMFuzzerTestOneInput")
public func tmxFromTSVFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let tsv = FuzzInput(data, size).scratchFile(suffix: ".tsv")
    let tmx = ScratchDirectory.shared.path("-first.tmx")
    let summary: TMXSpreadsheetSummary
    do {
        summary = try TMXSpreadsheet.import(tsv: tsv, to: tmx, toolVersion: "fuzz")
    } catch {
        require(!error.message.isEmpty, "an error without a message")
        return 0
    }
    let units = readUnits(tmx)
    require(units.count == summary.rows, "\(summary.rows) rows imported but \(units.count) units read")
    guard summary.rows > 0 else { return 0 }
    let exported = ScratchDirectory.shared.path("-exported.tsv"), again = ScratchDirectory.shared.path("-again.tmx")
    do {
        _ = try TMXSpreadsheet.export(tmx: tmx, to: exported, languages: summary.languages)
        _ = try TMXSpreadsheet.import(tsv: exported, to: again, toolVersion: "fuzz")
    } catch {
        require(false, "an imported TSV does not export and import again: \(error)")
    }
    let second = readUnits(again)
    require(second == units, "units differ after export and import:\n\(units)\n---\n\(second)")
    return 0
}

private func readUnits(_ path: String) -> [TranslationUnit] {
    do {
        let reader = try TMXReader(path: path)
        var units: [TranslationUnit] = []
        while let unit = try reader.next() { units.append(unit) }
        return units
    } catch {
        require(false, "TMX written from a TSV does not read: \(error)")
        return []
    }
}
