import Foundation
import Testing
import TextIO
@testable import Terminology

/// The economy, law and disaster glossaries (`Glossaries/economy.tsv`, `law.tsv`, `disaster.tsv`),
/// loaded with the rest as `padan term` loads them, and matched against desk copy written for
/// these tests.
@Suite struct ShippedDeskGlossaryTests {
    static let deskDomains = ["economy", "law", "disaster"]

    let glossary: Glossary
    let matcher: TermMatcher

    init() throws {
        (glossary, _) = try Glossary.load(paths: Glossary.glossaryFiles(in: ShippedGlossaryTests.directory), lenient: false)
        matcher = TermMatcher(glossary: glossary)
    }

    @Test(arguments: deskDomains)
    func eachDeskFileLoadsStrictlyWithAtLeast650EntriesOfItsDomain(domain: String) throws {
        let path = (ShippedGlossaryTests.directory as NSString).appendingPathComponent("\(domain).tsv")
        let (entries, problems) = try Glossary.load(paths: [path], lenient: false)
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
        #expect(entries.entries.count >= 650, "\(domain).tsv has \(entries.entries.count) entries")
        let strays = entries.entries.filter { $0.domain != domain }.map { "\($0.source): \($0.domain)" }
        #expect(strays.isEmpty, "\(strays.joined(separator: "\n"))")
        // Acronyms are matched case-sensitively, so an acronym row must hold a capital letter.
        let lowerCaseAcronyms = entries.entries.filter { entry in
            entry.isAcronym && entry.indonesian.contains { $0 == $0.lowercased() }
        }.map { "\($0.source)" }
        #expect(lowerCaseAcronyms.isEmpty, "\(lowerCaseAcronyms.joined(separator: "\n"))")
    }

    @Test func theWholeGlossaryHoldsTheDesksAndTheOriginalFiveDomains() {
        let domains = Set(glossary.entries.map(\.domain))
        #expect(domains.isSuperset(of: Set(Self.deskDomains)))
        #expect(glossary.entries.count >= 2_092 + 3 * 650)
    }

    @Test func anEconomyStoryYieldsItsTermsInTheirWrittenForms() {
        let story = """
            Jakarta (ANTARA) - Gubernur BI menahan suku bunga acuan, sementara inflasi inti melambat dan \
            neraca perdagangan surplus. Rupiah ditutup melemah, IHSG terkoreksi dan investor asing mencatat \
            jual bersih. Cadangan devisanya turun ketika ekonomi terkontraksi. PT Bank Rakyat Indonesia \
            (Persero) Tbk menyalurkan kredit, tetapi Kredit macetnya naik. Harga bawang merah dan solar melonjak.
            """
        let matches = matcher.matches(in: story)
        func found(_ text: String) -> TermMatch? { matches.first { $0.matchedText == text } }

        #expect(found("Gubernur BI")?.entry.english == "Bank Indonesia Governor")
        #expect(found("suku bunga acuan")?.entry.english == "benchmark interest rate")
        #expect(found("inflasi inti")?.entry.english == "core inflation")
        #expect(found("neraca perdagangan")?.entry.english == "trade balance")
        #expect(found("ditutup melemah")?.entry.english == "closed lower")
        #expect(found("IHSG")?.entry.english == "Jakarta Composite Index")
        #expect(found("jual bersih")?.entry.english == "net selling")
        // -nya and capitals are inflections, ter- on kontraksi a derivation.
        #expect(found("Cadangan devisanya")?.entry.english == "foreign exchange reserves")
        #expect(found("Cadangan devisanya")?.level == .inflected)
        #expect(found("terkontraksi")?.entry.english == "contraction")
        #expect(found("terkontraksi")?.level == .derived)
        #expect(found("Kredit macetnya")?.entry.english == "bad loans")
        #expect(found("Tbk")?.entry.english == "publicly listed")
        // The false friends: shallots are not red onions, solar is diesel.
        #expect(found("bawang merah")?.entry.forbidden.contains("red onion") == true)
        #expect(found("solar")?.entry.english == "diesel")
        // The longer name wins over the bank's acronym-free parts.
        #expect(!matches.contains { $0.matchedText == "Indonesia" })
    }

    @Test func aCourtStoryYieldsProcedureTermsAndSentenceFormulas() {
        let story = """
            Jaksa menuntut terdakwa 12 tahun penjara di Pengadilan Tipikor Jakarta. Majelis hakim \
            memvonisnya 10 tahun penjara dan denda Rp500 juta subsider enam bulan kurungan, serta uang \
            pengganti. Kuasa hukumnya menyatakan pikir-pikir. Terdakwa lain divonis bebas. Polisi \
            mengamankan pelaku pencurian dengan kekerasan, dan Tersangkanya kemudian diamankan.
            """
        let matches = matcher.matches(in: story)
        func found(_ text: String) -> TermMatch? { matches.first { $0.matchedText == text } }

        #expect(found("menuntut")?.entry.acceptableEnglish.contains("seek") == true)
        #expect(found("Pengadilan Tipikor Jakarta")?.entry.english == "Jakarta Anti-Corruption Court")
        #expect(!matches.contains { $0.matchedText == "Pengadilan Tipikor" })
        #expect(found("memvonisnya")?.entry.english == "sentence")
        #expect(found("memvonisnya")?.level == .derived)
        #expect(found("subsider")?.entry.english == "in default of payment")
        #expect(found("uang pengganti")?.entry.english == "restitution")
        #expect(found("Kuasa hukumnya")?.entry.english == "lawyer")
        #expect(found("Kuasa hukumnya")?.level == .inflected)
        #expect(found("menyatakan pikir-pikir")?.entry.english == "would consider whether to appeal")
        // divonis + bebas is the acquittal phrase, found under vonis bebas.
        #expect(found("divonis bebas")?.entry.english == "acquittal")
        #expect(found("pencurian dengan kekerasan")?.entry.english == "violent theft")
        #expect(found("Tersangkanya")?.entry.english == "suspect")
        #expect(found("diamankan")?.entry.english == "detained")
        #expect(found("diamankan")?.entry.forbidden.contains("secured") == true)
    }

    @Test func aDisasterStoryYieldsMagnitudesAlertLevelsAndEvacuees() {
        let story = """
            Gempa bumi berkekuatan magnitudo 6,2 mengguncang Cianjur dan tidak berpotensi tsunami. Ratusan \
            rumah rusak berat, warga mengungsi ke tempat pengungsian, dan Tim SAR gabungan mencari korban \
            tanah longsor. PVMBG menaikkan status Gunung Semeru ke level Awas setelah awan panas guguran \
            meluncur di lerengnya. Para pengungsi bencana kehilangan tempat tinggal.
            """
        let matches = matcher.matches(in: story)
        func found(_ text: String) -> TermMatch? { matches.first { $0.matchedText == text } }

        #expect(found("Gempa bumi berkekuatan")?.entry.english == "earthquake with a magnitude of")
        #expect(found("Gempa bumi berkekuatan")?.level == .inflected)
        #expect(found("magnitudo")?.entry.forbidden.contains("Richter scale") == true)
        #expect(found("tidak berpotensi tsunami")?.entry.english == "posed no tsunami threat")
        #expect(found("rusak berat")?.entry.english == "heavily damaged")
        #expect(found("tempat pengungsian")?.entry.english == "evacuation center")
        #expect(found("Tim SAR gabungan")?.entry.english == "joint search and rescue team")
        #expect(found("tanah longsor")?.entry.english == "landslide")
        #expect(found("Gunung Semeru")?.entry.english == "Mount Semeru")
        #expect(found("level Awas")?.entry.english == "highest alert level")
        #expect(found("awan panas guguran")?.entry.english == "pyroclastic flow")
        #expect(found("lerengnya")?.entry.english == "slope")
        #expect(found("pengungsi bencana")?.entry.english == "disaster evacuees")
        #expect(found("pengungsi bencana")?.entry.forbidden.contains("disaster refugees") == true)
    }

    @Test func aWordThatChangesMeaningByDeskIsSettledByTheLongerPhrase() {
        let matches = matcher.matches(in: "Saham anjlok dan IHSG ditutup di zona merah. Kereta anjlok di zona merah Merapi.")
        #expect(matches.first { $0.matchedText == "anjlok" }?.entry.english == "plunge")
        #expect(matches.contains { $0.matchedText == "Kereta anjlok" && $0.entry.english == "train derailed" })
        #expect(matches.contains { $0.matchedText == "ditutup di zona merah" && $0.entry.english == "closed lower" })
        #expect(matches.contains { $0.matchedText == "zona merah" && $0.entry.english == "red zone" })
    }
}
