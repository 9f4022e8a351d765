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
        let loadCPUStart = processorSeconds()
        let loadStart = ContinuousClock.now
        let (loaded, _) = try Glossary.load(paths: [glossary], lenient: true)
        let matcher = TermMatcher(glossary: loaded)
        let loadTime = ContinuousClock.now - loadStart
        let matchCPUStart = processorSeconds()
        let matchStart = ContinuousClock.now
        let matches = matcher.matches(in: input)
        let matchTime = ContinuousClock.now - matchStart
        let matchCPU = processorSeconds() - matchCPUStart
        let seconds = Double(matchTime.components.seconds) + Double(matchTime.components.attoseconds) / 1e18
        let loadMilliseconds = Double(loadTime.components.seconds) * 1000 + Double(loadTime.components.attoseconds) / 1e15
        // Processor time too: on a shared machine the wall clock also counts other people's work.
        print(String(format: "entries %d  load %.0f ms  text %.1f MB  matches %d  match %.2f s  %.1f MB/s  (processor time: load %.0f ms, match %.2f s)",
                     loaded.entries.count, loadMilliseconds, Double(input.utf8.count) / 1e6, matches.count, seconds,
                     Double(input.utf8.count) / 1e6 / seconds, (matchCPUStart - loadCPUStart) * 1000, matchCPU))
        if let matchesOutput {
            try write(matches.map { "\($0.start)\t\($0.end)\t\($0.level.rawValue)\t\($0.entry.english)\n" }, to: matchesOutput)
        }
        if let analysesOutput {
            let words = Set(WordTokenizer.tokens(in: input).map(\.text)).sorted()
            try write(words.map { "\(matcher.morphology.analyse($0))\n" }, to: analysesOutput)
        }
    }

    /// Processor time used by the process so far, all threads, in seconds.
    private func processorSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private func write(_ lines: [String], to path: String) throws {
        let output = try OutputFile(path: path)
        try output.write(lines.joined())
        try output.commit()
    }
}
