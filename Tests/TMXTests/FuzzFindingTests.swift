import Foundation
import Testing
@testable import TMX

/// Inputs the fuzz targets (`Fuzz/`) found breaking something, kept so the fix stays.
@Suite struct FuzzFindingTests {
    /// fuzz-xliff-output found a control character (U+0014) going into an XLIFF file, which was
    /// then not well-formed; the same text in a spreadsheet cell is refused, with its line, before
    /// any TMX is written (cells are read as markup), and the writer now refuses it too.
    @Test func aControlCharacterInASpreadsheetCellIsRefusedAndNothingIsWritten() throws {
        let output = temporaryPath("control.tmx")
        defer { try? FileManager.default.removeItem(atPath: output) }
        #expect {
            try TMXSpreadsheet.import(tsv: try fixture("fuzz-control-character.tsv"), to: output, toolVersion: "test")
        } throws: { error in
            guard let error = error as? TMXError else { return false }
            return error.category == .dataError && error.location.line == 3 && error.message.contains("invalid Char value 20")
        }
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
