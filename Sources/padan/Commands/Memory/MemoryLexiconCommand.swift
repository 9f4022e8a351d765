import ArgumentParser
import Foundation
import Lexicon
import Memory

/// `padan memory lexicon`: what the memory's word-translation table says about some words.
struct MemoryLexiconCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Show the English words the memory's word-translation table pairs with Indonesian words.",
        discussion: """
            Every import adds to a table of how often Indonesian roots and English words \
            translate each other (IBM Model 1 counts); padan align uses it. Each WORD is read \
            by its root (persenjataan → senjata). --rebuild recomputes the table from the \
            memory's units first (one transaction), for a memory filled before the table existed.

            Examples:
              padan memory lexicon senjata persenjataan
              padan memory lexicon --rebuild
              padan memory lexicon --limit 10 --json rudal
            """
    )

    @Argument(help: "Indonesian words to look up.")
    var words: [String] = []

    @Flag(help: "Recompute the table from the memory's units first.")
    var rebuild = false

    @Option(help: "The most English words shown per word.")
    var limit = 5

    @Flag(help: "Write the result as JSON.")
    var json = false

    @OptionGroup var memory: MemoryLocation

    func validate() throws {
        if words.isEmpty && !rebuild { throw ValidationError("give an Indonesian word to look up, or --rebuild.") }
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    struct Translation: Encodable {
        var english: String
        var association: Double
    }

    struct Entry: Encodable {
        var word: String
        var root: String
        var translations: [Translation]
    }

    func run() async throws {
        let memory = try self.memory.openExisting()
        if rebuild {
            let pairs = try memory.rebuildWordTranslations()
            var standardError = StandardError()
            print("\(memory.path): word-translation table rebuilt, \(pairs) word pairs", to: &standardError)
        }
        guard !words.isEmpty else { return }
        let model = WordTranslationModel(counts: try memory.wordTranslationCounts())
        var lexiconWords = LexiconWords()
        let entries = words.map { word in
            let root = lexiconWords.indonesian(word).first ?? word.lowercased()
            // Rounded before comparing: totals summed in another order differ in the last bits.
            let rounded = { (value: Double) in (value * 1e9).rounded() }
            let translations = model.translations(ofSource: root, minimumAssociation: 0.05).sorted {
                rounded($0.association) > rounded($1.association)
                    || (rounded($0.association) == rounded($1.association) && $0.target < $1.target)
            }.prefix(limit)
            return Entry(word: word, root: root, translations: translations.map { Translation(english: $0.target, association: $0.association) })
        }
        if json { return try JSONOutput.print(entries) }
        for entry in entries {
            let shown = entry.translations.map { "\($0.english) \(String(format: "%.2f", $0.association))" }
            print("\(entry.word)\t\(entry.root)\t" + (shown.isEmpty ? "(not in the table)" : shown.joined(separator: " · ")))
        }
    }
}
