import Alignment
import ArgumentParser
import Foundation
import TextIO

/// `padan-dev generate-alignment-bench`: a long presplit article pair for the alignment benchmark.
struct GenerateAlignmentBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-alignment-bench",
        abstract: "Build a long aligned pair by repeating and shuffling the development set.",
        discussion: """
            Whole documents of the development set are drawn in a shuffled order (a fresh \
            shuffle each round) and concatenated until the Indonesian side has at least \
            --sentences sentences, so a true alignment exists; it is written as NAME.links \
            next to NAME.id.txt and NAME.en.txt.

            Examples:
              padan-dev generate-alignment-bench --sentences 10000 --output /tmp/bench
            """
    )

    @Option(help: "The development set to draw documents from.")
    var dir = "Eval/alignment"

    @Option(help: "The least number of Indonesian sentences to generate.")
    var sentences: Int

    @Option(help: "The folder to write NAME.id.txt, NAME.en.txt and NAME.links into.")
    var output: String

    @Option(help: "The file name stem of the generated files.")
    var name = "bench"

    @Option(help: "Seed of the shuffle, so runs are repeatable.")
    var seed: UInt64 = 1

    func run() throws {
        let folder = URL(fileURLWithPath: dir)
        let stems = try FileManager.default.contentsOfDirectory(atPath: dir)
            .filter { $0.hasSuffix(".links") }.map { String($0.dropLast(".links".count)) }.sorted()
        guard !stems.isEmpty else { throw ValidationError("no .links files in \(dir)") }
        let documents = try stems.map { stem in
            let source = try lines(folder.appendingPathComponent(stem + ".id.txt").path)
            let target = try lines(folder.appendingPathComponent(stem + ".en.txt").path)
            let goldPath = folder.appendingPathComponent(stem + ".links").path
            return (source, target, try LinksFormat.parse(TextInput.read(path: goldPath), fileName: goldPath))
        }
        var generator = SplitMix64(seed: seed)
        var source: [String] = [], target: [String] = [], links: [String] = []
        while source.count < sentences {
            for (documentSource, documentTarget, gold) in documents.shuffled(using: &generator) where source.count < sentences {
                for link in gold {
                    let shifted = AlignmentLink(source: link.source.isEmpty ? 0..<0 : (link.source.lowerBound + source.count)..<(link.source.upperBound + source.count),
                                                target: link.target.isEmpty ? 0..<0 : (link.target.lowerBound + target.count)..<(link.target.upperBound + target.count),
                                                confidence: 1)
                    links.append(LinksFormat.line(for: shifted))
                }
                source += documentSource
                target += documentTarget
            }
        }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let base = URL(fileURLWithPath: output)
        for (suffix, lines) in [(".id.txt", source), (".en.txt", target), (".links", links)] {
            let file = try OutputFile(path: base.appendingPathComponent(name + suffix).path)
            try file.write(lines.joined(separator: "\n") + "\n")
            try file.commit()
        }
        print("\(name): \(source.count) Indonesian, \(target.count) English sentences, \(links.count) links")
    }

    private func lines(_ path: String) throws -> [String] {
        try TextInput.read(path: path).split(separator: "\n").map(String.init)
    }
}

