import Alignment
import Foundation
import Testing

@Suite struct AlignerTests {
    static func fixture(_ name: String) throws -> (source: [String], target: [String], gold: [AlignmentLink]) {
        func read(_ ext: String) throws -> String {
            let url = try #require(Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures"))
            return try String(contentsOf: url, encoding: .utf8)
        }
        let lines = { (text: String) in text.split(separator: "\n").map(String.init) }
        return (lines(try read("id.txt")), lines(try read("en.txt")), try LinksFormat.parse(read("links"), fileName: name))
    }

    @Test(arguments: ["harbour", "patrol"])
    func findsTheGoldLinksOfAFixture(name: String) throws {
        let pair = try Self.fixture(name)
        let links = Aligner().align(source: pair.source, target: pair.target)
        #expect(links.map(LinksFormat.line) == pair.gold.map(LinksFormat.line))
    }

    @Test(arguments: ["harbour", "patrol"])
    func linksCoverEverySentenceOnceInOrder(name: String) throws {
        let pair = try Self.fixture(name)
        let links = Aligner().align(source: pair.source, target: pair.target)
        #expect(links.flatMap { Array($0.source) } == Array(pair.source.indices))
        #expect(links.flatMap { Array($0.target) } == Array(pair.target.indices))
        #expect(links.allSatisfy { (0...1).contains($0.confidence) })
    }

    @Test func mergedLeadAndTrailerAndExtraParagraph() throws {
        let pair = try Self.fixture("harbour")
        let links = Aligner().align(source: pair.source, target: pair.target)
        #expect(links.first?.source == 0..<2 && links.first?.target == 0..<1)
        #expect(links.contains { $0.source.isEmpty && $0.target == 5..<6 })   // background paragraph
        #expect(links.last?.source == 7..<8 && links.last?.target.isEmpty == true)  // "Sumber: Antara"
    }

    @Test func aSharedSmallNumberDoesNotGlueUnrelatedSentences() {
        let source = ["Tim 1 tiba di lokasi pada pagi hari setelah perjalanan panjang dari ibu kota provinsi.",
                      "Para relawan membagikan makanan kepada warga yang mengungsi.",
                      "Hujan deras kembali turun pada sore hari."]
        let target = ["Team 1 reached the site in the morning after a long drive from the provincial capital.",
                      "Volunteers handed out food to displaced residents.",
                      "Heavy rain fell again in the afternoon, Chapter 1 of the report said."]
        let links = Aligner().align(source: source, target: target)
        #expect(links.map(LinksFormat.line) == ["0\t0", "1\t1", "2\t2"])
    }

    @Test(arguments: ["(ant/dws)", "Baca juga: Ini Daftar Posko Banjir di Bogor", "Editor: Dewi Lestari"])
    func aTrailerIsLeftOutNotMerged(trailer: String) {
        let source = ["Banjir merendam 40 rumah di Kecamatan Cibinong.", trailer]
        let target = ["Floods inundated 40 houses in Cibinong."]
        #expect(Aligner().align(source: source, target: target).map(LinksFormat.line) == ["0\t0", "1\t"])
    }

    @Test func aCreditLineOnBothSidesIsStillPaired() {
        let source = ["Presiden menerima Perdana Menteri Malaysia di Istana Bogor.", "(Padan)"]
        let target = ["The president received Malaysia's prime minister at Bogor Palace.", "(Padan)"]
        #expect(Aligner().align(source: source, target: target).map(LinksFormat.line) == ["0\t0", "1\t1"])
    }

    @Test func confidenceSeparatesCleanFromDoubtfulLinks() throws {
        let pair = try Self.fixture("patrol")
        let links = Aligner().align(source: pair.source, target: pair.target)
        #expect(links.filter { !$0.isUnaligned }.allSatisfy { $0.confidence > 0.5 })
        let shuffled = Aligner().align(source: pair.source, target: Array(pair.target.reversed()))
        #expect(shuffled.map(\.confidence).min()! < links.map(\.confidence).min()!)
    }

    @Test func anEmptySideGivesOnlyUnmatchedLinks() {
        let links = Aligner().align(source: ["Satu.", "Dua."], target: [])
        #expect(links.map(LinksFormat.line) == ["0\t", "1\t"])
        #expect(Aligner().align(source: [], target: []).isEmpty)
    }

    @Test func bandedSearchOfALongInputFindsTheSameLinks() throws {
        let harbour = try Self.fixture("harbour"), patrol = try Self.fixture("patrol")
        var source: [String] = [], target: [String] = []
        for _ in 0..<6 {
            source += harbour.source + patrol.source
            target += harbour.target + patrol.target
        }
        let full = Aligner(options: AlignerOptions(fullSearchLimit: .max)).align(source: source, target: target)
        let banded = Aligner(options: AlignerOptions(bandMargin: 4, fullSearchLimit: 100)).align(source: source, target: target)
        #expect(banded.map(LinksFormat.line) == full.map(LinksFormat.line))
    }

    /// An anchor finder over a fixed term list, as a glossary would give.
    static func anchors(_ terms: [(indonesian: String, english: String)]) -> AnchorFinder {
        AnchorFinder(source: { sentence in terms.filter { sentence.lowercased().contains($0.indonesian) }.map(\.english) },
                     target: { sentence in terms.filter { sentence.lowercased().contains($0.english) }.map(\.english) })
    }

    @Test func anchorsAreEvidence() {
        let source = ["Rapat kabinet itu berlangsung sangat lama sekali.", "Kemhan umumkan anggaran."]
        let target = ["The defence ministry announced a budget."]
        let chosen = { (links: [AlignmentLink]) in links.contains { $0.source.contains(1) && $0.target == 0..<1 } }
        let with = Aligner(options: AlignerOptions(anchors: Self.anchors([("kemhan", "defence ministry"), ("anggaran", "budget")])))
        #expect(!chosen(Aligner().align(source: source, target: target)))
        #expect(chosen(with.align(source: source, target: target)))
    }

    @Test func theFoundPathCostsNoMoreThanOtherPaths() throws {
        let pair = try Self.fixture("harbour")
        let aligner = Aligner()
        let found = aligner.align(source: pair.source, target: pair.target)
        let shared = min(pair.source.count, pair.target.count)
        let diagonal = (0..<shared).map { AlignmentLink(source: $0..<$0 + 1, target: $0..<$0 + 1, confidence: 0) }
            + (shared..<pair.source.count).map { AlignmentLink(source: $0..<$0 + 1, target: 0..<0, confidence: 0) }
            + (shared..<pair.target.count).map { AlignmentLink(source: 0..<0, target: $0..<$0 + 1, confidence: 0) }
        let total = { (links: [AlignmentLink]) in aligner.costs(of: links, source: pair.source, target: pair.target).reduce(0) { $0 + $1.total } }
        for other in [diagonal, pair.gold] {
            #expect(total(found) <= total(other) + 1e-3)
        }
        let parts = aligner.costs(of: found, source: pair.source, target: pair.target)
        for part in parts where part.length > 0 {
            #expect(abs(part.total - (part.prior + part.length - part.evidence)) < 1e-6)
        }
    }
}
