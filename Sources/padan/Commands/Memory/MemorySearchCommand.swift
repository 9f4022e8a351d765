import ArgumentParser
import Foundation
import Memory
import Spotting

/// `padan memory search TEXT`: concordance.
struct MemorySearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find units whose Indonesian or English holds the given words (concordance).",
        discussion: """
            Every word must occur; case is ignored. On the Indonesian side a word also \
            finds its affixed forms, by their base (senjata finds persenjataan and \
            senjata-senjata); --exact matches the words as written. Units where the words \
            stand together in the given order come first, then the newest.

            Each hit's translation of the words is spotted in the other language with the \
            memory's word-translation model and shown in [brackets] (offsets in --json); \
            the last line counts the renderings over up to --sample hits, the commonest \
            first ("pengerahan: deployment 41, mobilization 7"). --no-spot leaves it out.

            Examples:
              padan memory search "kunjungan kenegaraan"
              padan memory search senjata --exact
              padan memory search "state visit" --lang en
              padan memory search KTT --limit 50 --json
            """
    )

    @Argument(help: "The words to find.")
    var text: String

    @Option(help: "Search the source (id) or the target (en) side.")
    var lang = "id"

    @Option(help: "The most units to show.")
    var limit = 20

    @Flag(help: "Match the words as written (case aside), not their Indonesian affixed forms.")
    var exact = false

    @Flag(help: "Write the hits as JSON.")
    var json = false

    @Flag(help: "Do not spot the translation in the other language.")
    var noSpot = false

    @Option(help: "How many hits the renderings are counted over (at least --limit).")
    var sample = 200

    @OptionGroup var memory: MemoryLocation

    func validate() throws {
        guard ["id", "en", "source", "target"].contains(lang) else {
            throw ValidationError("--lang is id (the source side) or en (the target side), not '\(lang)'.")
        }
    }

    func run() async throws {
        let side: MemorySide = ["id", "source"].contains(lang) ? .source : .target
        let store = try memory.openForReading()
        if noSpot {
            let hits = try store.concordance(text, in: side, limit: limit, exact: exact)
            return try json ? JSONOutput.print(hits) : show(hits.map { SpottedConcordance.Hit(hit: $0) }, side: side, found: !hits.isEmpty)
        }
        let result = try store.spottedConcordance(text, in: side, limit: limit, exact: exact, sample: max(sample, limit))
        if json { return try JSONOutput.print(result) }
        show(result.hits, side: side, found: result.sampled > 0 || !result.hits.isEmpty)
        if !result.renderings.isEmpty { print("\(result.summaryLine)  (over \(result.sampled) hits)") }
    }

    private func show(_ hits: [SpottedConcordance.Hit], side: MemorySide, found: Bool) {
        if !found { print("no unit holds \"\(text)\"") }
        for spotted in hits {
            let hit = spotted.hit
            let searched = side == .source ? hit.source : hit.target
            print("\(hit.isPhrase ? "=" : "~") \(Self.highlight(searched, hit.ranges))")
            print("  \(Self.highlight(side == .source ? hit.target : hit.source, spotted.spotRange.map { [$0] } ?? []))")
            print("  \(MatchDescription.provenance(origin: hit.origin, date: hit.date, unitID: hit.unitID))")
        }
    }

    /// `text` with the ranges in [brackets].
    static func highlight(_ text: String, _ ranges: [Range<Int>]) -> String {
        var characters = Array(text).map(String.init)
        for range in ranges where range.upperBound <= characters.count {
            characters[range.lowerBound] = "[" + characters[range.lowerBound]
            characters[range.upperBound - 1] += "]"
        }
        return characters.joined()
    }
}
