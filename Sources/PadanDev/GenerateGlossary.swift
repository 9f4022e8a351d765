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
            The text mixes the glossary's terms, affixed and reduplicated forms and base words, so \
            matching does real morphology. With --word-frequencies zipf (the default) words are drawn \
            from a fixed vocabulary of 60,000 forms (and terms from the glossary) with Zipf-like \
            frequencies, as in news copy, where 10 MB holds some tens of thousands of distinct forms; \
            with uniform every word is a fresh random combination (about 185,000 distinct forms in \
            10 MB, a harsher load than real text). Output is deterministic for a given --seed.

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

    @Option(help: "How words are drawn: zipf (a fixed vocabulary, Zipf-like frequencies) or uniform (fresh random forms).")
    var wordFrequencies: WordFrequencies = .zipf

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
        /// A reduplicated base word for `choice` 1, else an affixed one (2…9).
        func randomWord(_ choice: UInt64) -> String {
            switch choice {
            case 1: let root = roots[Int(random.next() % UInt64(roots.count))]; return root + "-" + root
            default:
                return prefixes[Int(random.next() % UInt64(prefixes.count))] + roots[Int(random.next() % UInt64(roots.count))]
                    + suffixes[Int(random.next() % UInt64(suffixes.count))]
            }
        }
        let nextWord: () -> String
        switch wordFrequencies {
        case .uniform:
            nextWord = {
                let choice = random.next() % 10
                return choice == 0 ? terms[Int(random.next() % UInt64(terms.count))] : randomWord(choice)
            }
        case .zipf:
            // Base words first (the most frequent forms of news are short base words), then the
            // rest of a 60,000-form vocabulary; terms drawn by their own Zipf ranking.
            var vocabulary = roots.shuffled(using: &random)
            var seenForms = Set(vocabulary)
            while vocabulary.count < 60_000 {
                let word = randomWord(1 + random.next() % 9)
                if seenForms.insert(word).inserted { vocabulary.append(word) }
            }
            let wordRanks = ZipfSampler(count: vocabulary.count), termRanks = ZipfSampler(count: terms.count)
            let shuffledTerms = terms.shuffled(using: &random)
            nextWord = {
                random.next() % 10 == 0 ? shuffledTerms[termRanks.rank(random.nextUnit())] : vocabulary[wordRanks.rank(random.nextUnit())]
            }
        }
        let output = try OutputFile(path: textOutput)
        let target = Int(megabytes * 1_000_000)
        var written = 0
        var sentence = ""
        while written < target {
            for _ in 0..<(8 + Int(random.next() % 12)) {
                sentence += nextWord() + " "
            }
            sentence = sentence.prefix(1).uppercased() + sentence.dropFirst().dropLast() + ".\n"
            written += sentence.utf8.count
            try output.write(sentence)
            sentence = ""
        }
        try output.commit()
    }
}

/// How `generate-glossary` draws the words of its text.
enum WordFrequencies: String, ExpressibleByArgument, CaseIterable {
    case zipf, uniform
}

/// Draws ranks 0..<count with probability proportional to 1 / (rank + 1) (Zipf's law, s = 1).
struct ZipfSampler {
    private let cumulative: [Double]

    init(count: Int) {
        var total = 0.0
        cumulative = (0..<count).map { rank in
            total += 1 / Double(rank + 1)
            return total
        }
    }

    /// The rank for `unit`, a uniform random number in 0..<1.
    func rank(_ unit: Double) -> Int {
        let target = unit * (cumulative.last ?? 0)
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] <= target { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// A small deterministic pseudo-random generator (SplitMix64).
struct SplitMix: RandomNumberGenerator {
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

    /// A uniform random number in 0..<1.
    mutating func nextUnit() -> Double {
        Double(next() >> 11) / Double(UInt64(1) << 53)
    }
}
