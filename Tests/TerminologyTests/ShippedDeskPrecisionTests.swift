import Foundation
import Testing
@testable import Terminology

/// The shipped glossary on the phrases and bugs issue 14 names for the economy and law desks:
/// the longest phrase wins, function words keep out of derivations, the checker's forbidden
/// renderings, the look-up's typos and the composer's adjective forms. The copy is written for
/// these tests.
@Suite struct ShippedDeskPrecisionTests {
    let glossary: Glossary
    let matcher: TermMatcher

    init() throws {
        (glossary, _) = try Glossary.load(paths: Glossary.glossaryFiles(in: ShippedGlossaryTests.directory), lenient: false)
        matcher = TermMatcher(glossary: glossary)
    }

    private func found(_ text: String, in story: String) -> TermMatch? {
        matcher.matches(in: story).first { $0.matchedText == text }
    }

    @Test func theLongerRatePhraseWinsAndThePoliceStationHasItsEntry() {
        let story = "Kenaikan suku bunga acuan diumumkan, lalu massa mendatangi kantor polisi."
        #expect(found("Kenaikan suku bunga acuan", in: story)?.entry.english == "benchmark interest rate hike")
        #expect(found("kantor polisi", in: story)?.entry.english == "police station")
    }

    @Test func pukulIsTheTimeButNotTheBeating() {
        let story = "Pukul 10.00 WIB, seorang tahanan dipukuli petugas."
        #expect(found("Pukul", in: story)?.entry.english == "at")
        #expect(found("dipukuli", in: story)?.entry.english == "beaten")
    }

    @Test(arguments: [
        ("Makedonia Utara bergabung dengan NATO.", "North Macedonia joined NATO."),
        ("Mahkamah Internasional memutus perkara itu.", "The International Court of Justice ruled on the case."),
        ("Presiden memberikan abolisi.", "The president granted an abolition of prosecution."),
    ])
    func aForbiddenRenderingInsideTheAcceptedOneIsNoFinding(source: String, target: String) {
        let findings = TermChecker(matcher: matcher).check(source: source, target: target)
        #expect(!findings.contains { $0.kind == .forbiddenTranslation }, "\(findings.map(\.message))")
    }

    @Test func theLookUpOffersNoOtherWordAsATypo() {
        let results = GlossaryLookup(glossary: glossary).lookup("persenjataan")
        #expect(results.first?.entry.english == "weaponry")
        #expect(!results.contains { $0.entry.indonesian.contains("penjara") })
    }

    @Test func anEconomyStoryFindsTheMarketAndBankingPhrases() {
        let story = """
            Rupiah ditutup melemah ke level Rp16.500 per dolar AS, sementara harga minyak dunia naik. \
            Nasabah bank digital mengeluhkan bunga pinjaman, dan laju pertumbuhan ekonomi melambat. \
            Perusahaan itu membagikan dividen tunai setelah kinerja keuangan membaik.
            """
        #expect(found("per dolar AS", in: story)?.entry.english == "to the U.S. dollar")
        #expect(found("harga minyak dunia", in: story)?.entry.english == "global oil prices")
        #expect(found("Nasabah", in: story)?.entry.english == "customer")
        #expect(found("bank digital", in: story)?.entry.english == "digital bank")
        #expect(found("laju pertumbuhan ekonomi", in: story)?.entry.english == "economic growth rate")
        #expect(found("dividen tunai", in: story)?.entry.english == "cash dividend")
        #expect(found("kinerja keuangan", in: story)?.entry.english == "financial performance")
    }

    @Test func aCrimeStoryFindsThePoliceAndCourtPhrases() {
        let story = """
            Tersangka diperiksa sebagai saksi sebelum ditangkap. Polisi menyita uang tunai dan parang, \
            lalu mantan bupati itu dinyatakan bersalah dan dijebloskan ke penjara. Jaringan narkoba \
            itu juga terjaring OTT.
            """
        #expect(found("diperiksa sebagai saksi", in: story)?.entry.english == "questioned as a witness")
        #expect(found("ditangkap", in: story)?.entry.english == "arrested")
        #expect(found("uang tunai", in: story)?.entry.english == "cash")
        #expect(found("parang", in: story)?.entry.english == "machete")
        #expect(found("dinyatakan bersalah", in: story)?.entry.english == "found guilty")
        #expect(found("dijebloskan ke penjara", in: story)?.entry.english == "jailed")
        #expect(found("Jaringan narkoba", in: story)?.entry.english == "drug ring")
        #expect(found("terjaring OTT", in: story)?.entry.english == "caught in a sting operation")
    }

    @Test func desksComposeWithTheirAdjectives() {
        let text = "krisis ekonomi, kondisi keuangan, proses hukum, pemerintah Prancis, dan konflik kawasan"
        let composed = PhraseComposer(morphology: matcher.morphology).compositions(in: text, matches: matcher.matches(in: text))
        #expect(composed.map(\.english) == ["economic crisis", "financial condition", "legal process", "French government", "regional conflict"])
    }

    @Test func wordsNotedCompositionNoneOrHeadOnlyAreNotComposed() {
        // terakhir is last or latest, upaya an effort or an attempt; wilayah after a noun is its object.
        let text = "perkembangan terakhir; upaya pembunuhan; polisi wilayah"
        let composed = PhraseComposer(morphology: matcher.morphology).compositions(in: text, matches: matcher.matches(in: text))
        #expect(composed.isEmpty, "\(composed.map(\.english))")
    }

    @Test func theEconomyAndLawFilesHoldTheirNewEntries() throws {
        for (domain, least) in [("economy", 1_000), ("law", 850)] {
            let path = (ShippedGlossaryTests.directory as NSString).appendingPathComponent("\(domain).tsv")
            let (entries, problems) = try Glossary.load(paths: [path], lenient: false)
            #expect(problems.isEmpty)
            #expect(entries.entries.count >= least, "\(domain).tsv has \(entries.entries.count) entries")
        }
    }
}
