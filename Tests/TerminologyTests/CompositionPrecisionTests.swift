import Testing
@testable import Terminology

/// The rules that keep the composer from offering wrong English (issue 14, composition
/// precision): the `head only` and `Adjective:` notes, titles and longer names, reduplicated
/// and plural-sense nouns.
@Suite struct CompositionPrecisionTests {
    static let glossary = Glossary(entries: [
        TermEntry(indonesian: ["polisi"], english: "police", domain: "military"),
        TermEntry(indonesian: ["wilayah"], english: "territory", alternatives: ["region", "territorial"], domain: "wire",
                  note: "Composition: head only."),
        TermEntry(indonesian: ["strategis"], english: "strategic", domain: "wire", partOfSpeech: "adjective"),
        TermEntry(indonesian: ["hukum"], english: "law", alternatives: ["legal"], domain: "law", note: "Adjective: legal."),
        TermEntry(indonesian: ["proses"], english: "process", domain: "wire"),
        TermEntry(indonesian: ["Prancis"], english: "France", alternatives: ["French"], domain: "international",
                  partOfSpeech: "properNoun", note: "Adjective: French."),
        TermEntry(indonesian: ["pemerintah"], english: "government", domain: "politics"),
        TermEntry(indonesian: ["rencana"], english: "plan", domain: "wire"),
        TermEntry(indonesian: ["presiden"], english: "president", alternatives: ["presidential"], domain: "politics"),
        TermEntry(indonesian: ["menteri"], english: "minister", domain: "politics"),
        TermEntry(indonesian: ["kesehatan"], english: "health", domain: "wire"),
        TermEntry(indonesian: ["ketua"], english: "chairman", domain: "politics"),
        TermEntry(indonesian: ["komite"], english: "committee", domain: "wire"),
        TermEntry(indonesian: ["kantor"], english: "office", domain: "wire"),
        TermEntry(indonesian: ["perusahaan"], english: "company", domain: "economy"),
        TermEntry(indonesian: ["barang"], english: "goods", domain: "wire"),
        TermEntry(indonesian: ["kereta"], english: "train", domain: "disaster"),
        TermEntry(indonesian: ["anak"], english: "child", domain: "wire"),
        TermEntry(indonesian: ["kecil"], english: "small", domain: "wire", partOfSpeech: "adjective"),
        TermEntry(indonesian: ["baru"], english: "new", domain: "wire", partOfSpeech: "adjective"),
    ])

    let matcher = TermMatcher(glossary: Self.glossary)

    private func composed(_ text: String) -> [String] {
        PhraseComposer(morphology: matcher.morphology).compositions(in: text, matches: matcher.matches(in: text))
            .map { "\($0.matchedText)=\($0.english)" }
    }

    @Test func aHeadOnlyEntryHeadsAPhraseButModifiesNone() {
        // `polisi wilayah Jawa` is the police of the Java region, not "territorial police".
        #expect(composed("polisi wilayah").isEmpty)
        #expect(composed("wilayah strategis") == ["wilayah strategis=strategic territory"])
        #expect(CompositionNote(note: "Composition: head only.") == .headOnly)
    }

    @Test func theAdjectiveANoteGivesStandsBeforeTheHead() {
        #expect(composed("proses hukum") == ["proses hukum=legal process"])
        #expect(composed("pemerintah Prancis") == ["pemerintah Prancis=French government"])
    }

    @Test(arguments: [
        ("Adjective: legal.", "legal"), ("Adjective: Swiss; as a country name always \"Switzerland\".", "Swiss"),
        ("Renamed in 2019. Adjective: U.S.", "U.S."), ("Adjective: people's. Composition: none.", "people's"),
    ])
    func theAdjectiveIsReadFromTheNoteSentence(note: String, adjective: String) {
        #expect(CompositionNote.adjective(inNote: note) == adjective)
    }

    @Test func aNoteWithoutAnAdjectiveSentenceGivesNone() {
        #expect(CompositionNote.adjective(inNote: "An adjective is not given here.") == nil)
        #expect(CompositionNote.adjective(inNote: "Adjective:") == nil)
        #expect(CompositionNote.adjective(inNote: nil) == nil)
    }

    @Test func aCapitalisedTitleAfterALowerCaseHeadIsNoModifier() {
        // The president's plan, not a "presidential plan"; lower case it composes.
        #expect(composed("rencana Presiden Prabowo").isEmpty)
        #expect(composed("rencana presiden") == ["rencana presiden=presidential plan"])
    }

    @Test func twoCapitalisedWordsComposeUnlessTheyArePartOfALongerName() {
        #expect(composed("Menurut Menteri Kesehatan, vaksin aman.") == ["Menteri Kesehatan=health minister"])
        // A capitalised word after the pair, or before it in mid-sentence, makes it part of a longer name.
        #expect(composed("Ketua Komite Olimpiade datang.").isEmpty)
        #expect(composed("kata Wakil Ketua Komite itu.").isEmpty)
        #expect(composed("Ketua Komite datang.") == ["Ketua Komite=committee chairman"])
    }

    @Test func aReduplicatedNounModifierIsAPossessorNotComposed() {
        #expect(composed("kantor perusahaan-perusahaan").isEmpty)
        #expect(composed("kantor perusahaan") == ["kantor perusahaan=company office"])
    }

    @Test func aNounPluralInItsSenseKeepsItsPlural() {
        #expect(composed("kereta barang") == ["kereta barang=goods train"])
        for noun in ["goods", "sales", "customs", "logistics", "economics"] {
            #expect(PhraseComposer.attributiveNoun(noun) == noun)
        }
        #expect(PhraseComposer.attributiveNoun("companies") == "company")
    }

    @Test func aReduplicatedHeadTakesTheRightPlural() {
        #expect(composed("anak-anak kecil") == ["anak-anak kecil=small children"])
        #expect(composed("barang-barang baru") == ["barang-barang baru=new goods"])
        #expect(composed("kantor-kantor baru") == ["kantor-kantor baru=new offices"])
    }
}
