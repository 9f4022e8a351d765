import Testing
@testable import Memory

@Suite struct FuzzyScoreTests {
    @Test func tokensKeepReduplicationAndNumbersWhole() {
        let tokens = MatchToken.tokenize("Pada 2018, negara-negara ASEAN tumbuh 2,5 persen (Rp1.500).")
        #expect(tokens.map(\.text) == ["Pada", "2018", ",", "negara-negara", "ASEAN", "tumbuh", "2,5", "persen", "(", "Rp", "1.500", ")", "."])
        #expect(tokens.filter { $0.kind == .number }.map(\.text) == ["2018", "2,5", "1.500"])
        #expect(tokens[3].range == 11..<24)
    }

    struct ScoreCase: Sendable, CustomTestStringConvertible {
        var query: String
        var memory: String
        /// Edit cost and word count of the longer sentence: score = 100 × (1 − cost/words).
        var cost: Double
        var words: Double
        var testDescription: String { memory }
    }

    static let scoreCases: [ScoreCase] = [
        ScoreCase(query: "Presiden tiba di Jakarta pada hari Senin.", memory: "Presiden tiba di Jakarta pada hari Senin.", cost: 0, words: 7),
        ScoreCase(query: "Presiden tiba di Jakarta pada hari Senin.", memory: "Presiden tiba  di Jakarta pada hari Senin.", cost: 0, words: 7),
        ScoreCase(query: "Presiden tiba di Jakarta pada hari Senin.", memory: "Presiden tiba di Bandung pada hari Senin.", cost: 1, words: 7),
        ScoreCase(query: "Presiden tiba di Jakarta pada hari Senin.", memory: "presiden tiba di Jakarta pada hari Senin.", cost: 0.2, words: 7),
        ScoreCase(query: "Inflasi 2019 mencapai tiga persen.", memory: "Inflasi 2018 mencapai tiga persen.", cost: 0.2, words: 5),
        ScoreCase(query: "Inflasi 2019 mencapai tiga persen.", memory: "Inflasi 2019 mencapai tiga persen!", cost: 0.2, words: 5),
        ScoreCase(query: "Menteri itu tiba di Jakarta hari Senin.", memory: "Menteri itu tiba di Jakarta pada hari Senin.", cost: 1, words: 8),
        ScoreCase(query: "Cuaca cerah.", memory: "Harga minyak naik tajam kemarin sore.", cost: 6, words: 6),
    ]

    @Test(arguments: scoreCases)
    func scoresFollowTheFormula(_ example: ScoreCase) {
        let expected = 100 * (1 - example.cost / example.words)
        #expect(abs(FuzzyScore.score(example.query, example.memory).percentage - expected) < 1e-9)
    }

    @Test func nonIdenticalSentencesNeverReachOneHundred() {
        let long = Array(repeating: "kata", count: 400).joined(separator: " ")
        #expect(FuzzyScore.score(long + ".", long + "!").percentage == 99)
    }

    @Test func differencesNameWhatChanged() {
        let score = FuzzyScore.score("Inflasi 2019 mencapai Tiga persen", "Inflasi 2018 mencapai tiga persen saja")
        #expect(score.differences == [
            MatchDifference(kind: .number, query: "2019", memory: "2018"),
            MatchDifference(kind: .letterCase, query: "Tiga", memory: "tiga"),
            MatchDifference(kind: .deleted, query: nil, memory: "saja"),
        ])
    }

    @Test(arguments: [
        ("Pada 2019 ekonomi tumbuh 2,7 persen.", "Pada 2018 ekonomi tumbuh 2,5 persen.",
         "In 2018 the economy grew 2.5 percent.", "In 2019 the economy grew 2.7 percent."),
        ("Harga naik menjadi Rp1.750 per liter.", "Harga naik menjadi Rp1.500 per liter.",
         "The price rose to Rp1,500 a litre.", "The price rose to Rp1,750 a litre."),
        ("Sebanyak 1.200 orang hadir.", "Sebanyak 1.500 orang hadir.",
         "Some 1,500 people attended.", "Some 1,200 people attended."),
    ])
    func numbersAreCarriedIntoTheTranslation(query: String, source: String, target: String, adapted: String) {
        let score = FuzzyScore.score(query, source)
        #expect(NumberAdaptation.adapt(target: target, differences: score.differences, sourceLanguage: "id", targetLanguage: "en") == adapted)
    }

    @Test func noAdaptationWhenMoreThanNumbersDifferOrTheNumberIsMissing() {
        let wordsToo = FuzzyScore.score("Pada 2019 ekonomi melambat.", "Pada 2018 ekonomi tumbuh.")
        #expect(NumberAdaptation.adapt(target: "In 2018 the economy grew.", differences: wordsToo.differences, sourceLanguage: "id", targetLanguage: "en") == nil)
        let spelledOut = FuzzyScore.score("Pada 2019 ekonomi tumbuh.", "Pada 2018 ekonomi tumbuh.")
        #expect(NumberAdaptation.adapt(target: "That year the economy grew.", differences: spelledOut.differences, sourceLanguage: "id", targetLanguage: "en") == nil)
    }
}

@Suite struct TokenizerAgreementTests {
    /// The ASCII fast path must cut exactly where the Unicode path cuts.
    @Test func asciiFastPathMatchesCharacterPath() {
        var random = SeededGenerator(state: 77)
        let alphabet = Array("aZk09 .,-'()!?\t\n#Rp")
        for _ in 0..<3000 {
            let text = String((0..<Int.random(in: 0...30, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            let fast = Array(text.utf8).withUnsafeBufferPointer { MatchToken.tokenizeASCII($0) }
            #expect(fast == MatchToken.tokenizeCharacters(text), "text: \(text.debugDescription)")
        }
    }

    @Test func theTextHashIsTheSameForTheSameTokensOnly() {
        let hash = MatchToken.textHash(of: "Harga naik 5 persen.")
        #expect(hash != nil)
        #expect(MatchToken.textHash(of: "  Harga naik\t5 persen . ") == hash)
        // Split where digits meet letters, as `tokenize` splits: the same tokens.
        #expect(MatchToken.textHash(of: "Harga naik 5persen.") == hash)
        for other in ["Harga naik 6 persen.", "harga naik 5 persen.", "Harga naik 5 persen!", "Harga naik 5 persen", "Harga naik 5 persen.."] {
            #expect(MatchToken.textHash(of: other) != hash, "\(other)")
        }
        // Not ASCII: no hash, since such text may equal, as strings compare, text in other bytes.
        #expect(MatchToken.textHash(of: "Harga naik 5 persen \u{212A}.") == nil)
    }
}
