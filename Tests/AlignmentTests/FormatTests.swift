import Alignment
import Testing

@Suite struct FormatTests {
    @Test func linksRoundTrip() throws {
        let text = "0,1\t0\n2\t\n\t1\n3\t2,3\n"
        let links = try LinksFormat.parse(text, fileName: "a.links")
        #expect(links.map(\.kind) == ["2-1", "1-0", "0-1", "1-2"])
        #expect(links.map(LinksFormat.line).joined(separator: "\n") + "\n" == text)
    }

    @Test(arguments: [("0 0\n", 1), ("0\t0\n1,x\t1\n", 2), ("0,2\t0\n", 1), ("0\t0\n,\t1\n", 2)])
    func badLinkLinesNameTheLine(text: String, line: Int) {
        #expect { try LinksFormat.parse(text, fileName: "g.links") } throws: { error in
            (error as? LinksFormat.ParseError)?.line == line
        }
    }

    @Test func dictionaryReadsPairsAndRejectsALineWithoutTab() throws {
        let dictionary = try BilingualDictionary(parsing: "id\ten\n# comment\nrudal balistik\tballistic missile\n\npresiden\tpresident\n", fileName: "d.tsv")
        #expect(dictionary.pairs.map(\.source) == [["rudal", "balistik"], ["presiden"]])
        #expect { try BilingualDictionary(parsing: "presiden\tpresident\nmenteri minister\n", fileName: "d.tsv") } throws: { error in
            (error as? BilingualDictionary.ParseError)?.description == "d.tsv:2: error: no tab: expected `Indonesian<TAB>English`"
        }
    }

    @Test func strictScoreCountsExactLinksOnly() {
        let gold = [AlignmentLink(source: 0..<2, target: 0..<1, confidence: 1), AlignmentLink(source: 2..<3, target: 1..<2, confidence: 1),
                    AlignmentLink(source: 3..<4, target: 2..<2, confidence: 1)]
        let predicted = [AlignmentLink(source: 0..<1, target: 0..<1, confidence: 1), AlignmentLink(source: 1..<2, target: 1..<1, confidence: 1),
                         AlignmentLink(source: 2..<3, target: 1..<2, confidence: 1), AlignmentLink(source: 3..<4, target: 2..<2, confidence: 1)]
        var score = AlignmentScore()
        score.add(predicted: predicted, gold: gold)
        #expect(score.overall.gold == 2 && score.overall.predicted == 2 && score.overall.correct == 1)
        #expect(score.byKind["2-1"]?.recall == 0)
        #expect(score.byKind["1-1"]?.precision == 0.5)
    }
}
