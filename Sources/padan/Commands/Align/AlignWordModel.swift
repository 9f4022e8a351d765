import Alignment
import Foundation
import Lexicon
import Memory

/// The word-translation counts `padan align` starts from, before the input teaches its own: the
/// memory's table when a memory exists, the FreeDict English–Indonesian dictionary when Debian's
/// `dict-freedict-eng-ind` is installed, and the one-word pairs of a `--dictionary` list.
enum AlignWordModel {
    /// What each word-list pair counts, against the memory's expected link counts.
    static let seedCount = 1.0

    /// The prior model, or `nil` when no source has a pair.
    /// - Parameter memoryPath: the memory to read, or `nil` to leave memories out; a missing
    ///   file is not created.
    static func load(memoryPath: String?, dictionary: BilingualDictionary?) throws -> WordTranslationModel? {
        var counts = TranslationCounts()
        if let memoryPath, FileManager.default.fileExists(atPath: memoryPath) {
            counts.merge(try TranslationMemory(path: memoryPath).wordTranslationCounts())
        }
        do {
            if let seed = try DictdDictionary.installedSeedCounts(count: seedCount) { counts.merge(seed) }
        } catch {
            throw AlignInputError(category: .dataError, message: String(describing: error))
        }
        if let dictionary {
            var words = LexiconWords()
            for pair in dictionary.pairs {
                let source = words.indonesian(pair.source.joined(separator: " ")), target = words.english(pair.target.joined(separator: " "))
                if source.count == 1, target.count == 1 { counts.add(WordPair(source: source[0], target: target[0]), count: seedCount) }
            }
        }
        return counts.isEmpty ? nil : WordTranslationModel(counts: counts)
    }

    /// Lines for `--explain`: each link with its confidence, texts and the word pairs credited.
    static func explanation(of document: AlignedDocument, model: WordTranslationModel) -> String {
        document.links.map { link in
            let pairs = Aligner.creditedWordPairs(for: link, source: document.pair.source, target: document.pair.target, model: model)
            let credited = pairs.isEmpty ? "no word pair credited"
                : pairs.prefix(12).map { "\($0.pair.source)→\($0.pair.target) \(String(format: "%.2f", $0.association))" }.joined(separator: " · ")
            return LinksFormat.line(for: link) + "\t" + String(format: "%.3f", link.confidence) + "\n"
                + "  id: " + document.sourceText(link) + "\n  en: " + document.targetText(link) + "\n  words: " + credited + "\n"
        }.joined()
    }
}
