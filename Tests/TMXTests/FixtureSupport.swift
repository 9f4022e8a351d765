import Foundation
import Testing
@testable import TMX

/// The path of a fixture file.
func fixture(_ name: String) throws -> String {
    let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
    return url.path
}

/// Header and units of a TMX file, read to its end.
struct ReadMemory: Equatable {
    var header: TMXHeader
    var units: [TranslationUnit]
}

func readAll(_ path: String) throws -> (memory: ReadMemory, reader: TMXReader) {
    let reader = try TMXReader(path: path)
    var units: [TranslationUnit] = []
    while let unit = try reader.next() { units.append(unit) }
    return (ReadMemory(header: reader.header, units: units), reader)
}

/// A fresh temporary file path, removed by the caller.
func temporaryPath(_ name: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("padan-tmx-\(UUID().uuidString)-\(name)").path
}

func write(_ memory: ReadMemory, to path: String) throws {
    let writer = try TMXWriter(path: path, header: memory.header)
    for unit in memory.units { try writer.write(unit) }
    try writer.finish()
}

func text(_ string: String) -> InlineContent { .text(string) }

func tag(_ kind: InlineTagKind, _ attributes: [(String, String)] = [], _ content: [InlineContent] = []) -> InlineContent {
    .tag(InlineTag(kind, attributes: attributes.map { TMXAttribute($0.0, $0.1) }, content: content))
}
