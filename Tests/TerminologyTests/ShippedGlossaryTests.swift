import Foundation
import Testing
import TextIO
@testable import Terminology

/// The glossaries the repository ships in `Glossaries/`, loaded strictly, as `padan term` loads them.
@Suite struct ShippedGlossaryTests {
    /// `Glossaries/` at the repository root, found from this file's place in `Tests/TerminologyTests/`.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Glossaries").path

    let files: [String]
    let glossary: Glossary
    let diagnostics: [Diagnostic]

    init() throws {
        files = Glossary.glossaryFiles(in: Self.directory)
        (glossary, diagnostics) = try Glossary.load(paths: files, lenient: false)
    }

    @Test func everyFileLoadsStrictlyWithoutAProblem() throws {
        try #require(!files.isEmpty, "no glossary files in \(Self.directory)")
        for file in files {
            // Each file on its own, so that a malformed row is reported with its own file.
            let (entries, problems) = try Glossary.load(paths: [file], lenient: false)
            #expect(!entries.entries.isEmpty, "\(file) has no entries")
            #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
        }
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
    }

    @Test func holdsAtLeast1500Entries() {
        #expect(glossary.entries.count >= 1_500)
    }

    @Test func everyEntryHasAPreferredEnglishAndADomain() {
        for entry in glossary.entries {
            #expect(!entry.english.trimmingCharacters(in: .whitespaces).isEmpty, "\(entry.source): no preferred English")
            #expect(entry.indonesian.allSatisfy { !$0.isEmpty }, "\(entry.source): an empty Indonesian spelling")
            #expect(TermEntry.shippedDomains.contains(entry.domain), "\(entry.source): domain \"\(entry.domain)\"")
        }
    }

    @Test func noIndonesianTermIsInTwoFiles() {
        var fileOfTerm: [String: String] = [:]
        var duplicates: [String] = []
        for entry in glossary.entries {
            // Spellings within one entry may differ in case only (NasDem | Nasdem); across files never.
            for term in Set(entry.indonesian.map { $0.lowercased() }) {
                if let file = fileOfTerm[term], file != entry.source.file {
                    duplicates.append("\(term): \(file) and \(entry.source)")
                } else {
                    fileOfTerm[term] = entry.source.file
                }
            }
        }
        #expect(duplicates.isEmpty, "\(duplicates.joined(separator: "\n"))")
    }

    @Test func theMatcherFindsWhatATranslatorExpects() {
        let paragraph = """
            Pyongyang (ANTARA) - Kantor Berita Pusat Korea melaporkan Korea Utara menguji rudal balistik \
            antarbenua menjelang KTT di Jenewa. Dewan Keamanan PBB akan membahas persenjataan itu, dan AS \
            menyebut senjata-senjata baru tersebut ancaman. Sebuah truk peluncur rusak karena as rodanya patah.
            """
        let matches = TermMatcher(glossary: glossary).matches(in: paragraph)
        func found(_ text: String) -> TermMatch? { matches.first { $0.matchedText == text } }

        #expect(found("Kantor Berita Pusat Korea")?.entry.english == "Korean Central News Agency")
        #expect(found("rudal balistik antarbenua")?.entry.english == "intercontinental ballistic missile")
        #expect(found("KTT")?.entry.english == "summit")
        #expect(found("Dewan Keamanan PBB")?.entry.english == "U.N. Security Council")
        #expect(found("persenjataan")?.entry.english == "weaponry")
        #expect(found("persenjataan")?.level == .exact)
        #expect(found("senjata-senjata")?.entry.english == "weapon")
        #expect(found("senjata-senjata")?.level == .inflected)
        #expect(found("AS")?.entry.english == "United States")
        // The longest term wins: no hit inside a multi-word term, and `as` (an axle) is not the US.
        #expect(!matches.contains { $0.matchedText == "PBB" || $0.matchedText == "rudal" || $0.matchedText == "Korea" })
        #expect(!matches.contains { $0.matchedText.lowercased().hasPrefix("as") && $0.matchedText != "AS" })
        let start = paragraph.distance(from: paragraph.startIndex, to: paragraph.range(of: "KTT")!.lowerBound)
        #expect(found("KTT")?.start == start && found("KTT")?.end == start + 3)
    }

    @Test func aOneWordNameIsNotTheCommonWordSpeltAlike() {
        let matches = TermMatcher(glossary: glossary).matches(in: "Menurut Antara, KTT antara kedua negara ditunda.")
        #expect(matches.contains { $0.matchedText == "Antara" && $0.entry.english == "Antara news agency" })
        #expect(!matches.contains { $0.matchedText == "antara" })
    }

    @Test func aTermWrittenInflectedDoesNotMatchDerivationsOfItsRoot() {
        let matches = TermMatcher(glossary: glossary).matches(in: "Ada anggaran tambahan untuk pertahanan, tambahnya.")
        #expect(matches.contains { $0.matchedText == "tambahnya" && $0.entry.english == "he added" })
        #expect(!matches.contains { $0.matchedText == "tambahan" && $0.entry.english == "he added" })
    }

    @Test func termsSharingTheirKeysAreEachFoundInTheirOwnForm() {
        // The glossary has both `sebelum` (before) and `sebelumnya` (earlier): the word as
        // written picks its own entry, an inflection of the other does not shadow it.
        let matches = TermMatcher(glossary: glossary).matches(in: "Sebelumnya ia sudah bicara sebelum diplomasi gagal.")
        #expect(matches.contains { $0.matchedText == "Sebelumnya" && $0.entry.english == "earlier" })
        #expect(matches.contains { $0.matchedText == "sebelum" && $0.entry.english == "before" && $0.level == .exact })
    }

    @Test func anAdverbIsNotFoundInItsNyaNoun() {
        // `kembali` (again) is an adverb; `kembalinya Trump` is Trump's return, `besoknya` the next day.
        let matches = TermMatcher(glossary: glossary).matches(in: "Dengan kembalinya Trump, Korea Utara kembali menembakkan rudal. Besoknya hujan.")
        #expect(matches.filter { $0.entry.english == "again" }.map(\.matchedText) == ["kembali"])
        #expect(!matches.contains { $0.matchedText == "Besoknya" })
        // A preposition keeps its -nya form: menurutnya, according to him.
        #expect(TermMatcher(glossary: glossary).matches(in: "Menurutnya, itu benar.").contains { $0.entry.english == "according to" })
    }

    /// Issue 14, item 1: the five domain files hold at least 2,200 more multi-word entries than the
    /// 1,059 they had before the collocations were added (they give 4,891 entries, 3,527 phrases);
    /// with the economy, law and disaster files the glossary holds the issue's 6,000 in all.
    @Test func theFiveDomainFilesHoldTheirCollocations() {
        let domains: Set<String> = ["politics", "diplomacy", "military", "international", "wire"]
        let entries = glossary.entries.filter { domains.contains($0.domain) }
        let multiWord = entries.filter { entry in entry.indonesian.contains { WordTokenizer.tokens(in: $0).count > 1 } }
        #expect(entries.count >= 4_850)
        #expect(multiWord.count >= 1_059 + 2_200)
        #expect(multiWord.count >= 3_500)
        for domain in domains {
            #expect(entries.filter { $0.domain == domain }.count >= 600, "\(domain) has fewer than 600 entries")
        }
        // The issue's goal for all eight files together.
        #expect(glossary.entries.count >= 6_000)
    }

    @Test func collocationsWinOverTheirWordsAndUnknownPairsAreComposed() {
        let matcher = TermMatcher(glossary: glossary)
        let text = "Pejabat pemerintah menyebut tekanan politik dan latihan perang pasukan perdamaian, sementara kantor presiden diam."
        let matches = matcher.matches(in: text)
        func found(_ phrase: String) -> String? { matches.first { $0.matchedText == phrase }?.entry.english }
        #expect(found("Pejabat pemerintah") == "government official")
        #expect(found("tekanan politik") == "political pressure")
        #expect(found("latihan perang") == "war games")
        #expect(found("pasukan perdamaian") != nil)
        // No entry for kantor presiden: the composer offers the English order from the two words.
        let composed = PhraseComposer(morphology: matcher.morphology).compositions(in: text, matches: matches)
        #expect(composed.map(\.english) == ["presidential office"])
    }
}
