import Foundation
import Testing
import TextIO

@Suite struct TextInputTests {
    @Test func byteOrderMarkIsDropped() throws {
        #expect(try TextInput.decode([0xEF, 0xBB, 0xBF] + Array("KTT".utf8), name: "a.txt") == "KTT")
    }

    @Test func invalidUTF8NamesLineAndColumn() {
        let bytes = Array("Presiden\nmenghadiri caf".utf8) + [0xE9, 0x0A]
        let error = #expect(throws: TextInputError.self) { try TextInput.decode(bytes, name: "a.txt") }
        #expect(error?.kind == .notUTF8)
        #expect(error?.location == SourceLocation(file: "a.txt", line: 2, column: 15))
        #expect(error?.category == .dataError)
    }

    @Test func nulByteMeansBinary() {
        let error = #expect(throws: TextInputError.self) { try TextInput.decode([0x50, 0x4B, 0x03, 0x04, 0x00], name: "x.zip") }
        #expect(error?.kind == .binary)
    }

    @Test func utf16IsRefusedWithAConversionHint() {
        let error = #expect(throws: TextInputError.self) { try TextInput.decode([0xFF, 0xFE, 0x41, 0x00], name: "w.txt") }
        #expect(error?.description.contains("iconv") == true)
    }

    @Test func missingFileIsNoInput() {
        let error = #expect(throws: TextInputError.self) { try TextInput.read(path: "/nonexistent/berita.txt") }
        #expect(error?.category == .noInput)
    }

    @Test func multibyteCharactersCountAsOneColumn() {
        let bytes = Array("Café é".utf8) + [0xFF]
        let error = #expect(throws: TextInputError.self) { try TextInput.decode(bytes, name: "b.txt") }
        #expect(error?.location.column == 7)
    }
}

@Suite struct OutputFileTests {
    @Test func commitMovesTheFileIntoPlaceAndAbandonLeavesNothing() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("padan-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let kept = directory.appendingPathComponent("kept.txt").path
        let output = try OutputFile(path: kept)
        try output.write("Seoul\n")
        #expect(!FileManager.default.fileExists(atPath: kept))
        try output.commit()
        #expect(try String(contentsOfFile: kept, encoding: .utf8) == "Seoul\n")

        do {
            let abandoned = try OutputFile(path: directory.appendingPathComponent("lost.txt").path)
            try abandoned.write("partial")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["kept.txt"])
    }

    @Test func missingDirectoryIsCannotCreate() {
        let error = #expect(throws: OutputError.self) { try OutputFile(path: "/nonexistent-dir/out.tmx") }
        #expect(error?.category == .cannotCreate)
    }
}
