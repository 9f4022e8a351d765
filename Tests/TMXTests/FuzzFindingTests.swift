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

    /// fuzz-tmx-from-tsv found a header naming one language twice (`id<TAB>id`): the TMX written
    /// had two `id` variants per unit, so `to-tsv` read the first one into both columns and the
    /// second segment was lost on the way back. Such a header is refused at line 1, nothing
    /// written; two regional forms of one language are still two columns.
    @Test(arguments: ["id\tid", "id\tID", "id\tid-ID", "in\tid", "EN_gb\ten"])
    func aHeaderNamingOneLanguageTwiceIsRefused(header: String) throws {
        let tsv = temporaryPath("same-language.tsv"), output = temporaryPath("same-language.tmx")
        defer { for path in [tsv, output] { try? FileManager.default.removeItem(atPath: path) } }
        try "\(header)\nRapat dimulai pukul sembilan.\tThe meeting began at nine.\n".write(toFile: tsv, atomically: true, encoding: .utf8)
        #expect {
            try TMXSpreadsheet.import(tsv: tsv, to: output, toolVersion: "test")
        } throws: { error in
            guard let error = error as? TMXError else { return false }
            return error.location.line == 1 && error.message.contains("names one language twice")
        }
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func twoRegionalFormsOfOneLanguageRoundTripAsTwoColumns() throws {
        let tsv = temporaryPath("regional.tsv"), tmx = temporaryPath("regional.tmx"), again = temporaryPath("regional-again.tsv")
        defer { for path in [tsv, tmx, again] { try? FileManager.default.removeItem(atPath: path) } }
        let table = "en-GB\ten-US\nThe programme starts in autumn.\tThe program starts in the fall.\n"
        try table.write(toFile: tsv, atomically: true, encoding: .utf8)
        let imported = try TMXSpreadsheet.import(tsv: tsv, to: tmx, toolVersion: "test")
        let exported = try TMXSpreadsheet.export(tmx: tmx, to: again, languages: imported.languages)
        #expect(exported.rows == 1)
        #expect(try String(contentsOfFile: again, encoding: .utf8) == table)
    }

    @Test func exportRefusesOneLanguageNamedTwice() throws {
        let tsv = temporaryPath("pair.tsv"), tmx = temporaryPath("pair.tmx"), output = temporaryPath("pair-out.tsv")
        defer { for path in [tsv, tmx, output] { try? FileManager.default.removeItem(atPath: path) } }
        try "id\ten\nSatu.\tOne.\n".write(toFile: tsv, atomically: true, encoding: .utf8)
        _ = try TMXSpreadsheet.import(tsv: tsv, to: tmx, toolVersion: "test")
        #expect {
            try TMXSpreadsheet.export(tmx: tmx, to: output, languages: ["id", "id-ID"])
        } throws: { error in
            (error as? TMXError)?.message.contains("two different languages") == true
        }
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
