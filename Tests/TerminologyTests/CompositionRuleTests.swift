import Testing
@testable import Terminology

/// The rules that keep composed renderings right: glossary notes that steer composition, the
/// singular attributive noun, and action nouns whose noun modifier English puts after them.
@Suite struct CompositionRuleTests {
    static let glossary = Glossary(entries: [
        TermEntry(indonesian: ["perang"], english: "war", domain: "military", note: "Composition: name as noun."),
        TermEntry(indonesian: ["kawasan"], english: "region", alternatives: ["regional"], domain: "international"),
        TermEntry(indonesian: ["tentara"], english: "army", domain: "military"),
        TermEntry(indonesian: ["Irak"], english: "Iraq", alternatives: ["Iraqi"], domain: "international", partOfSpeech: "properNoun"),
        TermEntry(indonesian: ["Peru"], english: "Peru", domain: "international", partOfSpeech: "properNoun"),
        TermEntry(indonesian: ["AS"], english: "United States", alternatives: ["U.S."], domain: "international",
                  partOfSpeech: "properNoun", isAcronym: true),
        TermEntry(indonesian: ["ketua"], english: "chairman", alternatives: ["speaker"], domain: "politics",
                  note: "For a legislature the ketua is the speaker. Composition: modifier as noun."),
        TermEntry(indonesian: ["parlemen"], english: "parliament", alternatives: ["parliamentary"], domain: "politics"),
        TermEntry(indonesian: ["pemilihan"], english: "election", domain: "politics"),
        TermEntry(indonesian: ["dewan"], english: "council", alternatives: ["board"], domain: "wire", note: "Composition: none."),
        TermEntry(indonesian: ["gubernur"], english: "governor", domain: "politics"),
        TermEntry(indonesian: ["pejabat"], english: "official", domain: "politics"),
        TermEntry(indonesian: ["kredit"], english: "loans", alternatives: ["credit"], domain: "economy"),
        TermEntry(indonesian: ["fasilitas"], english: "facility", domain: "economy"),
        TermEntry(indonesian: ["senjata"], english: "arms", domain: "military"),
        TermEntry(indonesian: ["embargo"], english: "embargo", domain: "diplomacy"),
        TermEntry(indonesian: ["peningkatan"], english: "increase", domain: "economy"),
        TermEntry(indonesian: ["investasi"], english: "investment", domain: "economy"),
        TermEntry(indonesian: ["pembangunan"], english: "development", domain: "economy"),
        TermEntry(indonesian: ["nasional"], english: "national", domain: "politics", partOfSpeech: "adjective"),
        TermEntry(indonesian: ["pemerintah"], english: "government", domain: "politics"),
        TermEntry(indonesian: ["dukungan"], english: "support", domain: "politics"),
        TermEntry(indonesian: ["pihak berwenang"], english: "authorities", domain: "law"),
        TermEntry(indonesian: ["PDB"], english: "gross domestic product", alternatives: ["GDP"], domain: "economy", isAcronym: true),
        TermEntry(indonesian: ["produk domestik bruto"], english: "gross domestic product", domain: "economy"),
        TermEntry(indonesian: ["masinis"], english: "train driver", domain: "disaster"),
        TermEntry(indonesian: ["kereta"], english: "train", domain: "disaster"),
        TermEntry(indonesian: ["baru"], english: "new", domain: "wire", partOfSpeech: "adjective"),
        TermEntry(indonesian: ["kemerdekaan"], english: "independence", domain: "politics"),
        TermEntry(indonesian: ["negara"], english: "state", alternatives: ["country"], domain: "politics"),
    ])

    let matcher = TermMatcher(glossary: Self.glossary)

    private func composed(_ text: String) -> [String] {
        PhraseComposer(morphology: matcher.morphology).compositions(in: text, matches: matcher.matches(in: text))
            .map { "\($0.matchedText)=\($0.english)" }
    }

    @Test func theCompositionNoteIsReadFromTheNoteSentence() {
        #expect(CompositionNote(note: "Composition: none.") == CompositionNote.none)
        #expect(CompositionNote(note: "For a legislature the speaker. Composition: modifier as noun.") == .modifierAsNoun)
        #expect(CompositionNote(note: "composition: Modifier as noun") == .modifierAsNoun)
        #expect(CompositionNote(note: "Composition: name as noun.") == .nameAsNoun)
        #expect(CompositionNote(note: "A note about composition in general.") == nil)
        #expect(CompositionNote(note: nil) == nil)
    }

    @Test func aHeadNotedNameAsNounKeepsANameButNotACommonNounAsANoun() {
        #expect(composed("perang Irak") == ["perang Irak=Iraq war"])
        #expect(composed("perang kawasan") == ["perang kawasan=regional war"])
        #expect(composed("ketua kawasan") == ["ketua kawasan=region chairman"])
    }

    @Test func aHeadNotedModifierAsNounKeepsANameOrNounAsANoun() {
        // Before war the country stays a noun; before army its demonym serves.
        #expect(composed("perang Irak") == ["perang Irak=Iraq war"])
        #expect(composed("tentara Irak") == ["tentara Irak=Iraqi army"])
        // A name with no adjective may then compose, and an abbreviation still stands for it.
        #expect(composed("perang Peru") == ["perang Peru=Peru war"])
        #expect(composed("tentara Peru").isEmpty)
        #expect(composed("perang AS") == ["perang AS=U.S. war"])
        // A noun with an adjective alternative keeps its noun before such a head only.
        #expect(composed("ketua parlemen") == ["ketua parlemen=parliament chairman"])
        #expect(composed("pemilihan parlemen") == ["pemilihan parlemen=parliamentary election"])
    }

    @Test func anEntryNotedCompositionNoneNeverComposes() {
        #expect(composed("dewan gubernur").isEmpty)
        #expect(composed("pejabat dewan").isEmpty)
        #expect(composed("pejabat gubernur") == ["pejabat gubernur=governor official"])
    }

    @Test func aPluralNounModifierStandsSingular() {
        #expect(composed("fasilitas kredit") == ["fasilitas kredit=loan facility"])
        // Short forms that only look plural stay as they are.
        #expect(composed("embargo senjata") == ["embargo senjata=arms embargo"])
        #expect(PhraseComposer.attributiveNoun("crisis") == "crisis")
        #expect(PhraseComposer.attributiveNoun("news") == "news")
        #expect(PhraseComposer.attributiveNoun("time deposits") == "time deposits")
        #expect(PhraseComposer.attributiveNoun("troops") == "troop")
        #expect(composed("dukungan pihak berwenang") == ["dukungan pihak berwenang=authority support"])
    }

    @Test func twoPartsWhoseEnglishHoldsTheOtherAreNoPhrase() {
        // An acronym beside its spelt-out form, and a head whose English already names the modifier.
        #expect(composed("PDB produk domestik bruto").isEmpty)
        #expect(composed("masinis kereta").isEmpty)
        #expect(composed("masinis baru") == ["masinis baru=new train driver"])
    }

    @Test func aNounModifierWithNyaIsAPossessorButAnAdjectiveWithNyaStillModifies() {
        #expect(composed("kemerdekaan negara") == ["kemerdekaan negara=state independence"])
        #expect(composed("kemerdekaan negaranya").isEmpty)
        #expect(composed("pemerintah barunya") == ["pemerintah barunya=new government"])
    }

    @Test func anActionNounWithANounModifierIsNotComposed() {
        // peningkatan investasi is an increase in investment, not an "investment increase".
        #expect(composed("peningkatan investasi").isEmpty)
        // An adjective, or a name with its adjective, still composes with it.
        #expect(composed("pembangunan nasional") == ["pembangunan nasional=national development"])
        #expect(composed("pembangunan Irak") == ["pembangunan Irak=Iraqi development"])
        // A head that is no action noun composes with the same noun.
        #expect(composed("pejabat pemerintah") == ["pejabat pemerintah=government official"])
    }
}
