import Alignment
import Lexicon
import Testing

/// The aligner's word-translation model: learned from the input, steered by a prior, credited
/// per link. None of these tests reads a system dictionary: `Aligner` takes its prior as a
/// value, so it works the same whether `dict-freedict-eng-ind` is installed or not.
@Suite struct WordModelTests {
    /// Three Indonesian sentences of about the same length, nothing shared with the English but
    /// their words' meaning; the English leaves the second one out.
    static let source = [
        "Para petani menjual sayur segar di pasar desa setiap pagi.",
        "Hujan deras membuat jalan menuju sekolah tergenang selama dua hari.",
        "Harga beras di kota naik tajam sejak musim kemarau tiba.",
    ]
    static let target = [
        "The farmers sell fresh vegetables at the village market every morning.",
        "The price of rice in the city rose sharply since the dry season began.",
    ]

    static let prior = WordTranslationModel(counts: TranslationCounts([
        ("tani", "farmer"), ("jual", "sell"), ("sayur", "vegetable"), ("segar", "fresh"), ("pasar", "market"),
        ("desa", "village"), ("harga", "price"), ("beras", "rice"), ("kota", "city"),
        ("naik", "rose"), ("musim", "season"), ("kemarau", "dry"), ("hujan", "rain"), ("jalan", "road"),
    ].map { (WordPair(source: $0.0, target: $0.1), 5.0) }))

    @Test func aPriorModelDecidesWhichSentenceTheTranslationLeftOut() {
        var options = AlignerOptions()
        options.wordModel = Self.prior
        let links = Aligner(options: options).align(source: Self.source, target: Self.target)
        #expect(links.map(LinksFormat.line) == ["0\t0", "1\t", "2\t1"])
    }

    @Test func creditedPairsNameTheWordsThatTranslateEachOther() throws {
        var options = AlignerOptions()
        options.wordModel = Self.prior
        let outcome = Aligner(options: options).alignAndLearn(source: Self.source, target: Self.target)
        let link = try #require(outcome.links.first { $0.source == 2..<3 })
        let credited = Aligner.creditedWordPairs(for: link, source: Self.source, target: Self.target, model: outcome.model)
        let pairs = Set(credited.map { "\($0.pair.source)→\($0.pair.target)" })
        #expect(pairs.isSuperset(of: ["harga→price", "beras→rice", "kota→city"]))
        #expect(!pairs.contains("tani→farmer"))
        #expect(credited.allSatisfy { $0.association >= 0.12 && $0.association <= 1 })
    }

    @Test func aLongInputTeachesItsOwnWordPairs() throws {
        // The same kind of report again and again, with the place and the goods changing.
        let places = [("Bogor", "Bogor"), ("Garut", "Garut"), ("Cianjur", "Cianjur"), ("Subang", "Subang"), ("Cirebon", "Cirebon")]
        let goods = [("beras", "rice"), ("gula", "sugar"), ("minyak", "oil"), ("telur", "egg"), ("bawang", "onion"), ("cabai", "chili")]
        var source: [String] = [], target: [String] = []
        for (number, place) in places.enumerated() {
            for (index, good) in goods.enumerated() {
                source.append("Pedagang di \(place.0) mengatakan harga \(good.0) naik \(number * 6 + index + 2) persen.")
                target.append("Traders in \(place.1) said the price of \(good.1) rose \(number * 6 + index + 2) percent.")
            }
        }
        let outcome = Aligner().alignAndLearn(source: source, target: target)
        #expect(outcome.links.count == source.count)
        #expect(outcome.links.allSatisfy { $0.source.count == 1 && $0.source == $0.target })
        for good in goods {
            let best = try #require(outcome.model.translations(ofSource: good.0).max { $0.association < $1.association })
            #expect(best.target == good.1, "\(good.0) → \(best.target)")
        }
        #expect(outcome.learned.pairs[WordPair(source: "gula", target: "sugar")] ?? 0 > 3)   // 5 sentences hold the pair
    }

    @Test func withoutAModelOrLearningNothingIsLearned() {
        var options = AlignerOptions()
        options.learnsWordTranslations = false
        let outcome = Aligner(options: options).alignAndLearn(source: Self.source, target: Self.target)
        #expect(outcome.learned.isEmpty)
        #expect(outcome.model.isEmpty)
        #expect(outcome.links.flatMap { Array($0.source) } == [0, 1, 2])
    }
}
