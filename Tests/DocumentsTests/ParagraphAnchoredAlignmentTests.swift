import Alignment
import Testing

@Suite struct ParagraphAnchoredAlignmentTests {
    /// Which paragraph each sentence index falls in.
    private func paragraphIndex(_ paragraphs: [[String]]) -> [Int] {
        paragraphs.enumerated().flatMap { index, sentences in Array(repeating: index, count: sentences.count) }
    }

    private func expectCoversEverySentenceOnceInOrder(_ links: [AlignmentLink], sourceCount: Int, targetCount: Int) {
        var source = 0, target = 0
        for link in links {
            #expect(link.source.lowerBound == source && link.target.lowerBound == target, "gap or overlap at \(link)")
            source = link.source.upperBound
            target = link.target.upperBound
        }
        #expect(source == sourceCount && target == targetCount)
    }

    @Test func linksStayInsideTheirParagraphPairAndCountThroughTheWholeText() {
        let source = [
            ["Pemerintah menaikkan harga bahan bakar sebesar 10 persen pada hari Senin.", "Kenaikan itu berlaku di seluruh negeri."],
            ["Sejumlah mahasiswa berunjuk rasa di depan gedung parlemen.", "Polisi menjaga jalan-jalan di sekitarnya.", "Tidak ada laporan kekerasan."],
            ["Menteri keuangan mengatakan subsidi terlalu mahal bagi anggaran negara tahun 2026."],
        ]
        let target = [
            ["The government raised fuel prices by 10 percent on Monday, a rise that applies nationwide."],
            ["Students protested in front of the parliament building.", "Police guarded the surrounding streets.", "No violence was reported."],
            ["The finance minister said subsidies were too costly for the 2026 state budget."],
        ]
        let links = Aligner().align(sourceParagraphs: source, targetParagraphs: target)
        expectCoversEverySentenceOnceInOrder(links, sourceCount: 6, targetCount: 5)
        let sourceParagraph = paragraphIndex(source), targetParagraph = paragraphIndex(target)
        for link in links where !link.isUnaligned {
            let paragraphs = Set(link.source.map { sourceParagraph[$0] } + link.target.map { targetParagraph[$0] })
            #expect(paragraphs.count == 1, "link \(link) crosses paragraphs \(paragraphs)")
        }
        #expect(links.last?.source == 5..<6 && links.last?.target == 4..<5)
        #expect(links.allSatisfy { (0...1).contains($0.confidence) })
    }

    @Test func aParagraphTheTranslatorMergedGivesOneParagraphLinkInsideWhichSentencesPairFreely() {
        let source = [
            ["Gempa berkekuatan 6,1 mengguncang pesisir barat pada Rabu pagi."],
            ["Warga berlari keluar rumah."],
            ["Badan geofisika menyatakan tidak ada ancaman tsunami."],
        ]
        let target = [
            ["A 6.1 magnitude earthquake shook the west coast on Wednesday morning."],
            ["Residents ran out of their homes.", "The geophysics agency said there was no tsunami threat."],
        ]
        let links = Aligner().align(sourceParagraphs: source, targetParagraphs: target)
        expectCoversEverySentenceOnceInOrder(links, sourceCount: 3, targetCount: 3)
        #expect(links.map(\.kind) == ["1-1", "1-1", "1-1"])
    }

    @Test func aLinkTheWholeTextWouldMakeAcrossAParagraphPairIsNotMade() {
        // The short second sentence sits in the first paragraph on one side and in the second on
        // the other: sentence by sentence it pairs across the paragraph boundary.
        let first = "Pemerintah daerah menyatakan bahwa pembangunan jembatan baru di atas sungai itu akan selesai pada bulan Desember 2026."
        let firstEnglish = "The regional government said that construction of the new bridge over the river would be finished in December 2026."
        let last = "Biaya proyek itu diperkirakan mencapai 300 miliar rupiah dan sebagian besar berasal dari anggaran pemerintah pusat."
        let lastEnglish = "The project is expected to cost 300 billion rupiah, most of it from the central government budget."
        let source = [[first, "Warga menyambut baik."], [last]]
        let target = [[firstEnglish], ["Residents welcomed it.", lastEnglish]]
        let flat = Aligner().align(source: source.flatMap { $0 }, target: target.flatMap { $0 })
        #expect(flat.contains { $0.source == 1..<2 && $0.target == 1..<2 }, "the whole-text alignment pairs the short sentences: \(flat)")
        let links = Aligner().align(sourceParagraphs: source, targetParagraphs: target)
        expectCoversEverySentenceOnceInOrder(links, sourceCount: 3, targetCount: 3)
        #expect(!links.contains { $0.source.contains(1) && $0.target.contains(1) }, "\(links)")
        #expect(links.contains { $0.source.contains(0) && $0.target == 0..<1 })
        #expect(links.contains { $0.source == 2..<3 && $0.target.contains(2) })
    }

    @Test func aClosingParagraphOnlyOneSideHasIsLeftOutRatherThanMergedAcrossTheBreak() {
        // The Indonesian closing sentence is long for its English; the English credit line after
        // it evens the lengths out, and run together the sentences are one 1-2 link.
        let source = [
            ["Menteri tiba di Seoul"],
            ["Kunjungan kerja itu berlangsung tiga hari.", "Menteri disambut wali kota di stasiun."],
            ["Keduanya membahas pariwisata dan pendidikan.", "Mereka akan meresmikan dua gedung sekolah baru."],
        ]
        let target = [
            ["Minister arrives in Seoul"],
            ["The working visit lasted three days.", "The mayor welcomed the minister at the station."],
            ["The two discussed tourism and education.", "They will open two schools."],
            ["Reporting by the Seoul bureau."],
        ]
        let flat = Aligner().align(source: source.flatMap { $0 }, target: target.flatMap { $0 })
        #expect(flat.last?.target == 4..<6, "run together, the credit line is merged: \(flat)")
        let links = Aligner().align(sourceParagraphs: source, targetParagraphs: target)
        expectCoversEverySentenceOnceInOrder(links, sourceCount: 5, targetCount: 6)
        #expect(links.map(\.kind) == ["1-1", "1-1", "1-1", "1-1", "1-1", "0-1"], "\(links)")
    }

    @Test func oneParagraphOnEitherSideIsTheFlatAlignment() {
        let source = [["Harga naik 2,5 persen.", "Itu kata BPS."]]
        let target = [["Prices rose 2.5 percent, BPS said."]]
        #expect(Aligner().align(sourceParagraphs: source, targetParagraphs: target)
                == Aligner().align(source: source[0], target: target[0]))
    }

    @Test func emptyParagraphsAreIgnored() {
        let links = Aligner().align(sourceParagraphs: [[], ["Satu."], [], ["Dua."]], targetParagraphs: [["One."], [], ["Two."]])
        expectCoversEverySentenceOnceInOrder(links, sourceCount: 2, targetCount: 2)
        #expect(links.map(\.kind) == ["1-1", "1-1"])
    }
}
