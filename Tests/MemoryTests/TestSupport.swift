import Foundation
@testable import Memory
import TMX

/// A deterministic random number generator (SplitMix64) so random tests fail the same way twice.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A fresh memory file in a temporary directory, removed with the directory at the end.
final class ScratchMemory {
    let directory: URL
    let path: String

    init() {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("padan-memory-\(UUID().uuidString)")
        path = directory.appendingPathComponent("memory.sqlite").path
    }

    func open() throws -> TranslationMemory { try TranslationMemory(path: path) }

    deinit { try? FileManager.default.removeItem(at: directory) }
}

/// An Indonesian–English unit of plain text.
func pair(_ indonesian: String, _ english: String, attributes: [TMXAttribute] = []) -> TranslationUnit {
    TranslationUnit(attributes: attributes, variants: [
        TranslationVariant(language: "id", segment: Segment(text: indonesian)),
        TranslationVariant(language: "en", segment: Segment(text: english)),
    ])
}

/// Every unit in the memory, in id order.
func allUnits(_ memory: TranslationMemory) throws -> [TranslationUnit] {
    var units: [TranslationUnit] = []
    try memory.export { units.append($0) }
    return units
}
