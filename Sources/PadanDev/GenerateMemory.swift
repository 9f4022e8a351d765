import ArgumentParser
import Foundation
import TMX

/// `padan-dev generate-memory`: a large TMX of generated news-like sentence pairs.
struct GenerateMemory: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-memory",
        abstract: "Write a TMX of generated Indonesian–English news sentences (for the memory benchmark).",
        discussion: """
            Examples:
              padan-dev generate-memory --units 1000000 -o .build/bench/news-1m.tmx
              padan-dev generate-memory --units 200000 --seed 3 -o big.tmx
              padan-dev generate-memory --units 1000000 --style templated -o old.tmx
            """
    )

    @Option(help: "How many units to write.")
    var units = 100_000

    @Option(help: "The seed of the sentence generator; the same seed gives the same file.")
    var seed: UInt64 = 1

    @Option(help: "The sentence generator: wire (varied, as a real archive) or templated (five patterns, the first benchmark).")
    var style = SentenceStyle.wire

    @Option(name: .shortAndLong, help: "The TMX file to write.")
    var output: String

    func run() async throws {
        let writer = try TMXWriter(path: output, header: .padan(toolVersion: "bench"))
        var news = GeneratedSentences(style: style, seed: seed)
        for number in 1...max(units, 1) {
            let (indonesian, english) = news.next()
            try writer.write(TranslationUnit(attributes: [TMXAttribute("tuid", String(number))], variants: [
                TranslationVariant(language: "id", segment: Segment(text: indonesian)),
                TranslationVariant(language: "en", segment: Segment(text: english)),
            ]))
        }
        try writer.finish()
    }
}
