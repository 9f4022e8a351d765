import Lexicon
import Testing

/// A small bitext written for these tests: every English sentence has "the", every Indonesian
/// one has "itu", and each content word turns up in a few pairs with different neighbours.
private let sentences: [(String, String)] = [
    ("rumah itu besar", "the house is big"),
    ("rumah itu kecil", "the house is small"),
    ("mobil itu besar", "the car is big"),
    ("mobil itu merah", "the car is red"),
    ("kucing itu kecil", "the cat is small"),
    ("kucing itu merah", "the cat is red"),
    ("rumah dan mobil itu baru", "the house and the car are new"),
    ("kucing dan rumah itu tua", "the cat and the house are old"),
]

private func bitext() -> [(source: [String], target: [String])] {
    var words = LexiconWords()
    return sentences.map { (words.indonesian($0.0), words.english($0.1)) }
}

@Suite("IBM Model 1 training")
struct ModelOneTrainingTests {
    @Test("a word pair that co-occurs is learned as each other's best translation")
    func coOccurringPairIsLearned() throws {
        let model = WordTranslationModel(counts: ModelOneTraining.counts(for: bitext(), iterations: 8))
        for (indonesian, english) in [("rumah", "house"), ("mobil", "car"), ("kucing", "cat"), ("besar", "big"), ("merah", "red")] {
            let best = try #require(model.translations(ofSource: indonesian).max { $0.association < $1.association })
            #expect(best.target == english, "\(indonesian) → \(best.target)")
        }
    }

    @Test("a frequent function word does not dominate the content words' translations")
    func functionWordDoesNotDominate() {
        let model = WordTranslationModel(counts: ModelOneTraining.counts(for: bitext(), iterations: 8))
        // "the" is in every English sentence, so it co-occurs with "rumah" as often as "house" does.
        #expect(model.association(source: "rumah", target: "house") > 2 * model.association(source: "rumah", target: "the"))
        #expect(model.association(source: "mobil", target: "car") > 2 * model.association(source: "mobil", target: "the"))
        // Before EM (one round is plain co-occurrence) "the" is as strong as "house".
        let coOccurrence = WordTranslationModel(counts: ModelOneTraining.counts(for: bitext(), iterations: 1))
        #expect(coOccurrence.probability(ofTarget: "the", givenSource: "rumah")
            >= coOccurrence.probability(ofTarget: "house", givenSource: "rumah"))
    }

    @Test("training on two halves and adding the counts gives a table like training on the whole")
    func countsAdd() {
        let all = bitext()
        var halves = ModelOneTraining.counts(for: Array(all.prefix(4)))
        halves.merge(ModelOneTraining.counts(for: Array(all.suffix(4))))
        let whole = ModelOneTraining.counts(for: all)
        let house = WordPair(source: "rumah", target: "house")
        #expect((halves.pairs[house] ?? 0) > 1)
        #expect((whole.pairs[house] ?? 0) > 1)
        var sum = TranslationCounts()
        sum.merge(halves)
        sum.merge(halves)
        #expect(abs((sum.pairs[house] ?? 0) - 2 * (halves.pairs[house] ?? 0)) < 1e-9)
    }

    @Test("a prior steers a pair the bitext alone cannot settle")
    func priorSteers() {
        // One sentence pair: nothing in it says which Indonesian word is "dog".
        let pair = [(source: ["anjing", "lari"], target: ["dog", "run"])]
        let alone = WordTranslationModel(counts: ModelOneTraining.counts(for: pair))
        #expect(abs(alone.association(source: "anjing", target: "dog") - alone.association(source: "lari", target: "dog")) < 1e-6)
        let prior = WordTranslationModel(counts: TranslationCounts([(WordPair(source: "anjing", target: "dog"), 3)]))
        let steered = WordTranslationModel(counts: ModelOneTraining.counts(for: pair, prior: prior))
        #expect(steered.association(source: "anjing", target: "dog") > steered.association(source: "lari", target: "dog"))
        #expect(steered.association(source: "lari", target: "run") > steered.association(source: "lari", target: "dog"))
    }

    @Test("empty sentences and an empty bitext give no counts")
    func emptyInput() {
        #expect(ModelOneTraining.counts(for: []).isEmpty)
        #expect(ModelOneTraining.counts(for: [(source: [], target: ["house"]), (source: ["rumah"], target: [])]).isEmpty)
        #expect(WordTranslationModel().association(source: "rumah", target: "house") == 0)
    }

    @Test("word links inside a sentence pair follow the model, identical words included")
    func wordLinks() {
        let model = WordTranslationModel(counts: ModelOneTraining.counts(for: bitext(), iterations: 8))
        var words = LexiconWords()
        let links = model.wordLinks(source: words.indonesian("Mobil Budi merah"), target: words.english("Budi's car is red"))
        let pairs = Set(links.map { "\($0.pair.source)→\($0.pair.target)" })
        #expect(pairs.contains("mobil→car"))
        #expect(pairs.contains("merah→red"))
        #expect(pairs.contains("budi→budi"))
    }
}

@Suite("Model words")
struct LexiconWordsTests {
    @Test("Indonesian words count by their root, English ones by a light stem")
    func roots() {
        var words = LexiconWords()
        #expect(words.indonesian("Persenjataan, senjatanya dan bersenjata.") == ["senjata", "senjata", "dan", "senjata"])
        #expect(words.indonesian("negara-negara 2,5 persen") == ["negara", "persen"])
        #expect(words.english("The countries' missiles were signed, 2.5 percent") == ["the", "country", "missile", "were", "sign", "percent"])
    }

    @Test(arguments: [("talks", "talk"), ("agreed", "agreed"), ("rallied", "rally"), ("stopped", "stop"), ("signing", "sign"), ("crisis", "crisis"),
                      ("boss", "boss"), ("taxes", "tax"), ("supplied", "supply"), ("bus", "bus"), ("Is", "is")])
    func englishStem(word: String, stem: String) {
        #expect(EnglishStem.stem(word) == stem)
    }
}
