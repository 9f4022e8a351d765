import ArgumentParser
import Foundation
import Lexicon
import Memory
import TermExtraction
import Terminology
import TMX
import TextIO

/// `padan term extract`: glossary candidates mined from the memory or a TMX file.
struct TermExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Propose glossary entries from the translation memory (or a TMX file).",
        discussion: """
            Indonesian words and two- or three-word phrases that recur, counted over their roots \
            (pengerahan and mengerahkan are one), phrases kept when their words attract each \
            other (log-likelihood), ranked by C-value times the share of the dominant English \
            rendering. Each occurrence's English is spotted with the word-translation model \
            (the memory's; for --tmx one is trained on the file). Function words are never \
            candidates nor the edge of one.

            The output is a glossary TSV to review and add (english is the dominant rendering, \
            alternatives the others with at least 10 % of the spots, note the counts and what the \
            glossary says); --divergences instead lists the glossary terms the memory renders \
            otherwise than the glossary, with counts; --json gives both.

            Examples:
              padan term extract -o candidates.tsv
              padan term extract --tmx desk.tmx --min-frequency 3 --limit 50
              padan term extract --divergences
              padan term extract --json > candidates.json
            """
    )

    @Option(help: ArgumentHelp("Read this TMX file instead of the memory.", valueName: "file"))
    var tmx: String?

    @Option(help: "Fewest occurrences of a candidate.")
    var minFrequency = 5

    @Option(help: "The most candidates to list.")
    var limit = 100

    @Flag(help: "List the glossary terms the memory renders differently instead of the candidates.")
    var divergences = false

    @Option(help: "Cores to count and spot on (default: all); the output is the same on any number.")
    var cores: Int?

    @Flag(help: "Write candidates and divergences as JSON.")
    var json = false

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write the TSV here (default: standard output).", valueName: "file"))
    var output: String?

    @OptionGroup var memory: MemoryLocation

    @OptionGroup var glossary: GlossaryOptions

    func validate() throws {
        guard minFrequency >= 1 else { throw ValidationError("--min-frequency is at least 1, not \(minFrequency).") }
        guard limit >= 1 else { throw ValidationError("--limit is at least 1, not \(limit).") }
        if let cores, cores < 1 { throw ValidationError("--cores is at least 1, not \(cores).") }
    }

    func run() async throws {
        var options = TermExtractionOptions()
        options.minimumFrequency = minFrequency
        options.limit = limit
        if let cores { options.cores = cores }
        let started = Date()
        let report: TermExtractionReport
        if let tmx {
            let extractor = TermExtractor(options: options, glossary: try glossary.load(), model: nil)
            report = try extractor.extract { body in
                let reader = try TMXReader(path: tmx)
                while let unit = try reader.next() {
                    guard let source = unit.variant(for: "id")?.segment.plainText, let target = unit.variant(for: "en")?.segment.plainText else { continue }
                    try body(source, target)
                }
            }
        } else {
            let store = try memory.openForReading()
            let model = WordTranslationModel(counts: try store.wordTranslationCounts())
            let extractor = TermExtractor(options: options, glossary: try glossary.load(), model: model)
            report = try extractor.extract { body in try store.forEachIndonesianEnglishPair(body) }
        }
        var standardError = StandardError()
        print(String(format: "padan: %d pairs read, %d candidates, %d glossary terms rendered otherwise, %.1f s",
                     report.units, report.candidates.count, report.divergences.count, Date().timeIntervalSince(started)),
              to: &standardError)
        if json { return try JSONOutput.print(report) }
        if divergences { return try write(Self.divergenceTable(report.divergences)) }
        try Glossary(entries: report.candidates.map(Self.entry)).write(to: output, format: .tsv)
    }

    /// A candidate as a glossary entry to review.
    static func entry(_ candidate: TermCandidate) -> TermEntry {
        let alternatives = candidate.renderings.dropFirst().filter { Double($0.count) >= 0.1 * Double(candidate.spotted) }.map(\.text)
        let glossaryNote = switch candidate.glossary.status {
        case .absent: "not in the glossary"
        case .agrees: "the glossary agrees"
        case .differs: "the glossary says " + candidate.glossary.english.joined(separator: " / ")
        }
        let note = String(format: "memory: %d occurrences; %@ (%.0f %% of %d spotted); %@", candidate.frequency,
                          candidate.renderings.summary(limit: 4), 100 * candidate.dominantShare, candidate.spotted, glossaryNote)
        let isAcronym = candidate.indonesian.count > 1 && candidate.indonesian.uppercased() == candidate.indonesian
        return TermEntry(indonesian: [candidate.indonesian], english: candidate.renderings.first?.text ?? "?",
                         alternatives: alternatives, domain: "candidate", partOfSpeech: "other", isAcronym: isAcronym, note: note)
    }

    /// `indonesian  glossary english  agreeing  spotted  renderings`, one line a term.
    static func divergenceTable(_ divergences: [GlossaryDivergence]) -> String {
        var text = "indonesian\tglossary\tagreeing\tspotted\trenderings\n"
        for divergence in divergences {
            text += "\(divergence.indonesian)\t\(divergence.english)\t\(divergence.agreeing)\t\(divergence.spotted)\t\(divergence.renderings.summary(limit: 6))\n"
        }
        return text
    }

    private func write(_ text: String) throws {
        let file = try OutputFile(path: output)
        try file.write(text)
        try file.commit()
    }
}
