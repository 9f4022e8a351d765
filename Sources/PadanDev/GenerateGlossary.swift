import ArgumentParser
import Foundation
import Terminology
import TextIO

/// `padan-dev generate-glossary`: benchmark data, a big glossary and Indonesian-looking text.
struct GenerateGlossary: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-glossary",
        abstract: "Write a benchmark glossary (the shipped one topped up with made-up entries) and Indonesian text.",
        discussion: """
            The text mixes the glossary's terms, their affixed and reduplicated forms and common
            words, so matching does real morphology. Output is deterministic for a given --seed.

            Example:
              padan-dev generate-glossary --entries 10000 --megabytes 10 --glossary-output g.tsv --text-output t.txt
            """
    )

    @Option(help: "The number of glossary entries to write.")
    var entries = 10_000

    @Option(help: "The size of the text to write, in megabytes.")
    var megabytes = 10.0

    @Option(help: "The glossary file to write (TSV).")
    var glossaryOutput: String

    @Option(help: "The text file to write.")
    var textOutput: String

    @Option(help: "The seed of the pseudo-random generator.")
    var seed: UInt64 = 42

    func run() async throws {
        var random = SplitMix(seed: seed)
        var glossaryEntries = Glossary.shippedDirectory().flatMap { try? Glossary.load(paths: [$0], lenient: true).0.entries } ?? []
        glossaryEntries = Array(glossaryEntries.prefix(entries))
        let roots = IndonesianLexicon.builtIn.words.sorted()
        let syllables = ["ka", "ra", "ta", "ma", "na", "sa", "la", "pa", "ba", "da", "ga", "ja", "ri", "ti", "ku", "lu", "su", "ngan", "rang", "tas", "lik", "mun"]
        var seen = Set(glossaryEntries.flatMap(\.indonesian).map { $0.lowercased() })
        while glossaryEntries.count < entries {
            let words = (0..<(1 + Int(random.next() % 3))).map { _ -> String in
                random.next() % 2 == 0 ? roots[Int(random.next() % UInt64(roots.count))]
                    : (0..<(2 + Int(random.next() % 2))).map { _ in syllables[Int(random.next() % UInt64(syllables.count))] }.joined()
            }
            let term = words.joined(separator: " ")
            guard seen.insert(term).inserted else { continue }
            glossaryEntries.append(TermEntry(indonesian: [term], english: "generated term \(glossaryEntries.count)", domain: "wire"))
        }
        try Glossary(entries: glossaryEntries).write(to: glossaryOutput, format: .tsv)

        let prefixes = ["", "", "", "me", "di", "ber", "ter", "pe", "per", "ke", "se", "memper", "diper"]
        let suffixes = ["", "", "", "kan", "an", "i", "nya", "lah"]
        let terms = glossaryEntries.flatMap(\.indonesian)
        let output = try OutputFile(path: textOutput)
        let target = Int(megabytes * 1_000_000)
        var written = 0
        var sentence = ""
        while written < target {
            for _ in 0..<(8 + Int(random.next() % 12)) {
                switch random.next() % 10 {
                case 0: sentence += terms[Int(random.next() % UInt64(terms.count))]
                case 1: let root = roots[Int(random.next() % UInt64(roots.count))]; sentence += root + "-" + root
                default:
                    sentence += prefixes[Int(random.next() % UInt64(prefixes.count))] + roots[Int(random.next() % UInt64(roots.count))]
                        + suffixes[Int(random.next() % UInt64(suffixes.count))]
                }
                sentence += " "
            }
            sentence = sentence.prefix(1).uppercased() + sentence.dropFirst().dropLast() + ".\n"
            written += sentence.utf8.count
            try output.write(sentence)
            sentence = ""
        }
        try output.commit()
    }
}

/// A small deterministic pseudo-random generator (SplitMix64).
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
