import ArgumentParser
import Foundation
import Terminology
import TextIO

/// `padan-dev bench-term`: glossary load time and matching throughput, for `make bench`.
struct BenchTerm: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-term",
        abstract: "Time loading a glossary and matching it over a text; print load ms and MB/s.",
        discussion: """
            Example:
              padan-dev bench-term --glossary g.tsv --text t.txt
              padan-dev bench-term --glossary g.tsv --text t.txt --matches-output m.txt --analyses-output a.txt

            The two outputs let a change to the matcher or the analyser be checked for identical results.
            """
    )

    @Option(help: "The glossary file (TSV, CSV or TBX).")
    var glossary: String

    @Option(help: "The Indonesian text file.")
    var text: String

    @Option(help: "Write every match (start, end, level, English) to this file, one a line.")
    var matchesOutput: String?

    @Option(help: "Write the analysis of every distinct word of the text to this file, one a line, sorted.")
    var analysesOutput: String?

    func run() async throws {
        let input = try TextInput.read(path: text)
        let loadStart = ContinuousClock.now
        let (loaded, _) = try Glossary.load(paths: [glossary], lenient: true)
        let matcher = TermMatcher(glossary: loaded)
        let loadTime = ContinuousClock.now - loadStart
        let matchStart = ContinuousClock.now
        let matches = matcher.matches(in: input)
        let matchTime = ContinuousClock.now - matchStart
        let seconds = Double(matchTime.components.seconds) + Double(matchTime.components.attoseconds) / 1e18
        let loadMilliseconds = Double(loadTime.components.seconds) * 1000 + Double(loadTime.components.attoseconds) / 1e15
        print(String(format: "entries %d  load %.0f ms  text %.1f MB  matches %d  match %.2f s  %.1f MB/s",
                     loaded.entries.count, loadMilliseconds, Double(input.utf8.count) / 1e6, matches.count, seconds,
                     Double(input.utf8.count) / 1e6 / seconds))
        if let matchesOutput {
            try write(matches.map { "\($0.start)\t\($0.end)\t\($0.level.rawValue)\t\($0.entry.english)\n" }, to: matchesOutput)
        }
        if let analysesOutput {
            let words = Set(WordTokenizer.tokens(in: input).map(\.text)).sorted()
            try write(words.map { "\(matcher.morphology.analyse($0))\n" }, to: analysesOutput)
        }
    }

    private func write(_ lines: [String], to path: String) throws {
        let output = try OutputFile(path: path)
        try output.write(lines.joined())
        try output.commit()
    }
}
