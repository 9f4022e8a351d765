import ArgumentParser
import Terminology
import TextIO

/// The bilingual input of the check commands: a TMX file, or an Indonesian file and its English
/// translation aligned line by line.
enum AlignedPairInput {
    /// Reads the pairs of `source` (a `.tmx` file when `target` is `nil`) and `target`.
    /// - Throws: `ValidationError` when a non-TMX source comes without its translation, and the
    ///   readers' errors for missing or malformed files.
    static func pairs(source: String, target: String?, command: String) throws -> [AlignedPair] {
        if let target {
            return try AlignedPair.pairs(source: TextInput.read(path: source), sourceName: source,
                                         target: TextInput.read(path: target), targetName: target)
        }
        guard source.lowercased().hasSuffix(".tmx") else {
            throw ValidationError("give the English translation too (\(command) SOURCE TARGET), or a .tmx file")
        }
        return try AlignedPair.pairs(tmxPath: source)
    }
}
