import Lexicon
@testable import Spotting
import Testing

@Suite struct SpanSpotterTests {
    let spotter = SpanSpotter(model: SpottingFixtures.model())

    func spot(_ query: String, in source: String, _ target: String) -> String? {
        let indonesian = SpottingText(source, language: .indonesian)
        let queryWords = SpottingText(query, language: .indonesian).words.map(\.modelWord)
        let start = indonesian.words.firstIndex { $0.modelWord == queryWords[0] }!
        return spotter.spot(query: Array(start..<start + queryWords.count), in: indonesian,
                            other: SpottingText(target, language: .english))?.text
    }

    @Test func spotsTheEnglishOfAnAffixedWord() {
        #expect(spot("pengerahan", in: "Presiden menyetujui pengerahan polisi.", "The president approved the deployment of police.") == "deployment")
        // Another affixed form of the same root, in a sentence the model never saw.
        #expect(spot("mengerahkan", in: "Presiden mengerahkan polisi ke perbatasan.", "The president ordered a deployment of police to the border.") == "deployment")
        #expect(spot("dikritik", in: "Anggaran pasukan dikritik.", "The troops budget was criticised.") == "criticised")
    }

    @Test func spotsAPhraseAsOneSpanWhateverTheWordOrder() {
        #expect(spot("Dewan Keamanan", in: "Presiden berbicara di Dewan Keamanan.", "The president spoke at the Security Council.") == "Security Council")
        #expect(spot("keamanan perbatasan", in: "Keamanan perbatasan dijaga polisi.", "Border security is guarded by police.") == "Border security")
    }

    @Test func aRootWrittenTwiceTakesTheRenderingAtItsOwnPlace() {
        // Both `pengerahan` link to both `deployment` alike: each takes the one at its place.
        let indonesian = SpottingText("Pengerahan polisi dikritik, tetapi presiden menyetujui pengerahan pasukan.", language: .indonesian)
        let english = SpottingText("The deployment of police was criticised, but the president approved the deployment of troops.", language: .english)
        let occurrences = indonesian.words.indices.filter { indonesian.words[$0].modelWord == indonesian.words[0].modelWord }
        #expect(occurrences.count == 2)
        let spans = occurrences.compactMap { spotter.spot(query: [$0], in: indonesian, other: english) }
        #expect(spans.map(\.text) == ["deployment", "deployment"])
        #expect(spans.map(\.range.lowerBound) == [4, 72])
    }

    @Test func aCliticNyaTakesThePronounBesideTheSpan() {
        // Possessive before the noun, object pronoun after the verb; without -nya neither joins.
        #expect(spot("pengerahannya", in: "Pemerintah membela pengerahannya.", "The government defended its deployment.") == "its deployment")
        #expect(spot("pengerahan", in: "Pemerintah membela pengerahan.", "The government defended its deployment.") == "deployment")
        #expect(spot("mengkritiknya", in: "Dewan itu mengkritiknya.", "The council criticised him.") == "criticised him")
    }

    @Test func aPhraseTakesTheWordTheModelLinksToNothingBesideItsKnownWord() {
        // `cepat` and `rapid` never occur in the fixtures: no word links them, so the span of the
        // phrase takes `rapid` as phrase extraction takes an unaligned word at its edge.
        #expect(spot("pengerahan cepat", in: "Presiden menyetujui pengerahan cepat polisi.",
                     "The president approved the rapid deployment of police.") == "rapid deployment")
        // A known word of the rest of the sentence stays out.
        #expect(spot("pengerahan", in: "Presiden menyetujui pengerahan polisi.", "The president approved the deployment of police.") == "deployment")
    }

    @Test func spotsTheIndonesianOfAnEnglishWord() {
        let english = SpottingText("The president approved the deployment of police.", language: .english)
        let indonesian = SpottingText("Presiden menyetujui pengerahan polisi.", language: .indonesian)
        let spot = spotter.spot(query: [4], in: english, other: indonesian)
        #expect(spot?.text == "pengerahan")
        #expect(spot?.range == 20..<30)
    }

    @Test func findsNothingWithoutWordsOrQuery() {
        let indonesian = SpottingText("Presiden tiba.", language: .indonesian)
        #expect(spotter.spot(query: [0], in: indonesian, other: SpottingText("…", language: .english)) == nil)
        #expect(spotter.spot(query: [], in: indonesian, other: SpottingText("The president arrived.", language: .english)) == nil)
        #expect(spotter.spot(query: [7], in: indonesian, other: SpottingText("The president arrived.", language: .english)) == nil)
    }

    @Test func readsWordsWithTheirOffsetsAndRoots() {
        let text = SpottingText("Negara-negara itu, pada 2009, sepakat.", language: .indonesian)
        #expect(text.words.map(\.surface) == ["Negara-negara", "itu", "pada", "2009", "sepakat"])
        #expect(text.words[0].modelWord == "negara")
        #expect(text.words[3].range == 24..<28)
        #expect(SpottingText("The country's troops", language: .english).words.map(\.modelWord) == ["the", "country", "troop"])
    }

    @Test func thePriorNormalisesItsListsEachWayAndFallsBackOnSpelling() {
        var counts = TranslationCounts()
        counts.add(WordPair(source: "deposito", target: "deposit"), count: 3)
        counts.add(WordPair(source: "deposito", target: "time"), count: 1)
        counts.add(WordPair(source: "simpan", target: "deposit"), count: 1)
        let prior = SpottingPrior(counts: counts)
        let listed = prior.probabilities(source: "deposito", target: "deposit")
        #expect(listed.ofTarget == 0.75 && listed.ofSource == 0.75)
        #expect(prior.probabilities(source: "simpan", target: "deposit") == (ofTarget: 1, ofSource: 0.25))
        // Both words listed, never together: nothing, whatever the spelling.
        #expect(prior.probabilities(source: "simpan", target: "time") == (ofTarget: 0, ofSource: 0))
        // A word the lists do not know leans on spelling, only on its own side.
        #expect(prior.probabilities(source: "bangkrut", target: "bankrupt") == (ofTarget: 0.5, ofSource: 0.5))
        #expect(prior.probabilities(source: "depositoo", target: "deposit") == (ofTarget: 0.5, ofSource: 0))
    }

    @Test func aWordTheTableDoesNotKnowTakesTheRenderingTheListsGive() {
        // `gencatan` and both English words after the verb are unknown to the table; the
        // dictionary's pair decides, against the word its position suggests.
        let source = "Presiden menolak gencatan itu.", target = "The president rejected firmly the ceasefire."
        let root = SpottingText("gencatan", language: .indonesian).words[0].modelWord
        var counts = TranslationCounts()
        counts.add(WordPair(source: root, target: "ceasefire"), count: 1)
        let listed = SpanSpotter(model: SpottingFixtures.model(), prior: SpottingPrior(counts: counts))
        let indonesian = SpottingText(source, language: .indonesian), english = SpottingText(target, language: .english)
        #expect(listed.spot(query: [2], in: indonesian, other: english)?.text == "ceasefire")
        // The other way, the English word finds the listed Indonesian one.
        #expect(listed.spot(query: [5], in: english, other: indonesian)?.text == "gencatan")
    }

    @Test func namesAndLoanwordsSpeltAlikeLink() {
        #expect(spot("bangkrut", in: "Perusahaan itu bangkrut.", "The firm went bankrupt.") == "bankrupt")
        #expect(SpellingSimilarity.alike("bangkrut", "bankrupt"))
        #expect(SpellingSimilarity.alike("krisis", "crisis"))
        #expect(SpellingSimilarity.alike("teknologi", "technology"))
        #expect(!SpellingSimilarity.alike("rumah", "house"))
        #expect(!SpellingSimilarity.alike("para", "par"))   // too short
        #expect(!SpellingSimilarity.alike("bangkrut", "bank"))
    }
}
