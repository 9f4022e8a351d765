import Alignment
import Testing

@Suite struct LinkReviewTests {
    /// Links written as in the gold files: `"0,1\t0"` per line.
    func review(_ lines: String, sources: Int, targets: Int) throws -> ReviewedAlignment {
        let links = try LinksFormat.parse(lines.replacingOccurrences(of: "|", with: "\n"), fileName: "t.links")
            .map { AlignmentLink(source: $0.source, target: $0.target, confidence: 0.4) }
        return try ReviewedAlignment(links: links, sourceCount: sources, targetCount: targets)
    }

    func lines(_ review: ReviewedAlignment) -> String {
        review.links.map(LinksFormat.line).joined(separator: "|")
    }

    @Test func mergeJoinsALinkWithTheNextAndVouchesForIt() throws {
        var alignment = try review("0\t0|1\t|2\t1", sources: 3, targets: 2)
        try alignment.apply(LinkEdit(.merge, link: 1))
        #expect(lines(alignment) == "0\t0|1,2\t1")
        #expect(alignment.links.map(\.confidence) == [0.4, 1])
    }

    @Test func splitCutsAfterTheFirstSentenceOfEachSide() throws {
        var alignment = try review("0,1\t0|2\t1,2", sources: 3, targets: 3)
        try alignment.apply(LinkEdit(.split, link: 0))
        #expect(lines(alignment) == "0\t0|1\t|2\t1,2")
        try alignment.apply(LinkEdit(.split, link: 2))
        #expect(lines(alignment) == "0\t0|1\t|2\t1|\t2")
    }

    @Test func movesTakeOneSentenceToTheNeighbourAndDropAnEmptiedLink() throws {
        var alignment = try review("0,1\t0|2\t1", sources: 3, targets: 2)
        try alignment.apply(LinkEdit(.moveToNext, link: 0, side: .source))
        #expect(lines(alignment) == "0\t0|1,2\t1")
        try alignment.apply(LinkEdit(.moveToPrevious, link: 1, side: .target))
        #expect(lines(alignment) == "0\t0,1|1,2\t")
        try alignment.apply(LinkEdit(.moveToPrevious, link: 1, side: .source))
        try alignment.apply(LinkEdit(.moveToPrevious, link: 1, side: .source))
        #expect(lines(alignment) == "0,1,2\t0,1")
    }

    @Test func markWrongLeavesEverySentenceWithoutACounterpart() throws {
        var alignment = try review("0\t0|1,2\t1", sources: 3, targets: 2)
        try alignment.apply(LinkEdit(.markWrong, link: 1))
        #expect(lines(alignment) == "0\t0|1\t|2\t|\t1")
        let texts = try alignment.pairedTexts(source: ["a", "b", "c"], target: ["A", "B"])
        #expect(texts.map(\.source) == ["a"])
    }

    @Test func pairedTextsJoinTheSentencesOfEachLink() throws {
        let alignment = try review("0,1\t0|\t1|2\t2", sources: 3, targets: 3)
        let texts = try alignment.pairedTexts(source: ["Satu.", "Dua.", "Tiga."], target: ["One two.", "Extra.", "Three."])
        #expect(texts.map(\.source) == ["Satu. Dua.", "Tiga."])
        #expect(texts.map(\.target) == ["One two.", "Three."])
        #expect(throws: LinkReviewError.self) { try alignment.pairedTexts(source: ["Satu."], target: ["One."]) }
    }

    @Test(arguments: [
        (LinkEdit(.merge, link: 1), "last one"),
        (LinkEdit(.merge, link: 7), "no link 7"),
        (LinkEdit(.split, link: 0), "only a link with two sentences"),
        (LinkEdit(.moveToPrevious, link: 0, side: .source), "no previous link"),
        (LinkEdit(.moveToNext, link: 0), "needs a side"),
        (LinkEdit(.moveToNext, link: 1, side: .source), "no next link"),
    ])
    func impossibleEditsSayWhyAndChangeNothing(edit: LinkEdit, reason: String) throws {
        var alignment = try review("0\t0|1\t1", sources: 2, targets: 2)
        let before = alignment
        #expect { try alignment.apply(edit) } throws: { error in
            (error as? LinkReviewError)?.message.contains(reason) == true
        }
        #expect(alignment == before)
    }

    @Test(arguments: [
        ("0\t0|2\t1", 3, 2, "must cover each sentence once"),
        ("0\t0|0\t1", 1, 2, "must cover each sentence once"),
        ("0\t0|1\t1", 2, 3, "cover 2 of 2 Indonesian and 2 of 3 English"),
        ("0\t0,1,2", 1, 2, "runs past the last sentence"),
    ])
    func linksFromAClientMustTileBothSides(lines: String, sources: Int, targets: Int, reason: String) {
        #expect { try review(lines, sources: sources, targets: targets) } throws: { error in
            (error as? LinkReviewError)?.message.contains(reason) == true
        }
    }

    @Test func anEmptySideIsPlacedWhereItsLinkStands() throws {
        let links = [AlignmentLink(source: 0..<1, target: 0..<1, confidence: 0.9), AlignmentLink(source: 1..<2, target: 9..<9, confidence: 0.2)]
        let alignment = try ReviewedAlignment(links: links, sourceCount: 2, targetCount: 1)
        #expect(alignment.links[1].target == 1..<1)
        #expect(throws: LinkReviewError.self) {
            try ReviewedAlignment(links: [AlignmentLink(source: 0..<0, target: 0..<0, confidence: 1)], sourceCount: 0, targetCount: 0)
        }
    }

    @Test func theAlignersLinksAreAcceptedAsTheyCome() throws {
        let source = ["Presiden tiba di Jakarta pada Senin.", "Ia bertemu menteri.", "Harga beras naik 5 persen."]
        let target = ["The president arrived in Jakarta on Monday.", "He met the minister.", "Rice prices rose 5 percent."]
        let links = Aligner().align(source: source, target: target)
        let alignment = try ReviewedAlignment(links: links, sourceCount: 3, targetCount: 3)
        #expect(alignment.links == links)
    }
}
