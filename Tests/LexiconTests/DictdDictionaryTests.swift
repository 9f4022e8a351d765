import Foundation
@testable import Lexicon
import Testing

@Suite struct DictdDictionaryTests {
    static func path(_ name: String) throws -> String {
        try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")).path
    }

    @Test(arguments: ["harbour.dict", "harbour.dict.dz"])
    func readsEntriesPlainOrCompressed(data: String) throws {
        let dictionary = try DictdDictionary(indexPath: try Self.path("harbour.index"), dataPath: try Self.path(data))
        #expect(dictionary.entries.map(\.headword) == ["bridge", "harbour", "repair", "sail"])
        #expect(dictionary.entries[0].translations == ["jembatan", "anjungan", "ruang kemudi"])
        #expect(dictionary.entries[1].translations == ["pelabuhan", "bandar"])
    }

    @Test func seedCountsPairOneWordHeadwordsWithRootsOfOneWordTranslations() throws {
        let dictionary = try DictdDictionary(indexPath: try Self.path("harbour.index"), dataPath: try Self.path("harbour.dict.dz"))
        let seed = dictionary.seedCounts(count: 2)
        #expect(seed.pairs[WordPair(source: "jembatan", target: "bridge")] == 2)
        #expect(seed.pairs[WordPair(source: "baik", target: "repair")] == 4)   // memperbaiki and perbaikan share a root
        #expect(seed.pairs[WordPair(source: "layar", target: "sail")] == 2)
        #expect(!seed.pairs.keys.contains { $0.source.contains(" ") })          // "ruang kemudi" is two words
    }

    @Test func translationsLoseLinkMarksSenseNumbersAndItemsWithoutLetters() {
        let entry = "ship /ʃɪp/ <n>\nkapal, bahtera 2.\n1. [[perahu]] layar, kapal\u{00A0}3.\n2. [[[x]]] 12., 4., ]]\nan unnumbered gloss, left out\n"
        #expect(DictdDictionary.translations(in: entry) == ["kapal", "bahtera", "perahu layar", "kapal", "[x]"])
        // A number that is the whole item, or not set off by a space, is not a sense number.
        #expect(DictdDictionary.translations(in: "h\nabad 21, tahun2.") == ["abad 21", "tahun2."])
    }

    @Test func aBrokenIndexOrDataFileIsAnErrorNamingTheFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("padan-dictd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let index = directory.appendingPathComponent("bad.index").path
        try "bridge\tA\n".write(toFile: index, atomically: true, encoding: .utf8)
        let badLine = try #require(throws: DictdDictionary.ReadError.self) {
            try DictdDictionary(indexPath: index, dataPath: try Self.path("harbour.dict"))
        }
        #expect(badLine.line == 1 && badLine.description.hasPrefix(index + ":1: error:"))

        let truncated = directory.appendingPathComponent("cut.dict.dz").path
        let compressed = try Data(contentsOf: URL(fileURLWithPath: try Self.path("harbour.dict.dz")))
        try compressed.prefix(compressed.count / 2).write(to: URL(fileURLWithPath: truncated))
        let cut = try #require(throws: DictdDictionary.ReadError.self) {
            try DictdDictionary(indexPath: try Self.path("harbour.index"), dataPath: truncated)
        }
        #expect(cut.path == truncated)

        let farIndex = directory.appendingPathComponent("far.index").path
        try "bridge\tA\tBAAA\n".write(toFile: farIndex, atomically: true, encoding: .utf8)
        let far = try #require(throws: DictdDictionary.ReadError.self) {
            try DictdDictionary(indexPath: farIndex, dataPath: try Self.path("harbour.dict"))
        }
        #expect(far.message.contains("past the end"))
    }
}
