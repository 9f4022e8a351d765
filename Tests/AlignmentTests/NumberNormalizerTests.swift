@testable import Alignment
import Testing

@Suite struct NumberNormalizerTests {
    @Test(arguments: [
        ("2,5", NumberConvention.commaDecimal, [2.5]),
        ("2.5", .dotDecimal, [2.5]),
        ("1.500", .commaDecimal, [1500]),
        ("1,500", .dotDecimal, [1500]),
        ("1.500.000", .commaDecimal, [1_500_000]),
        ("1,500,000", .dotDecimal, [1_500_000]),
        ("1.500,75", .commaDecimal, [1500.75]),
        ("1,500.75", .dotDecimal, [1500.75]),
        ("1.500", .dotDecimal, [1.5]),
        ("1.5", .commaDecimal, [1.5]),
        ("2018", .dotDecimal, [2018]),
    ])
    func readsBothConventions(token: String, convention: NumberConvention, expected: [Double]) {
        #expect(NumberNormalizer.values(of: token[...], convention: convention) == expected)
    }

    @Test func scaleWordsMultiply() {
        #expect(NumberNormalizer.scale(of: "triliun") == NumberNormalizer.scale(of: "trillion"))
        #expect(NumberNormalizer.scale(of: "juta") == 1e6)
        #expect(NumberNormalizer.scale(of: "rumah") == nil)
        #expect(NumberNormalizer.canonical(1.5e12) == "1500000000000")
        #expect(NumberNormalizer.canonical(2.5) == "2.5")
    }

    @Test func rupiahInBothLanguagesSharesAFeature() {
        var vocabulary = FeatureVocabulary()
        var empty = FeatureVocabulary()
        let matcher = PhraseMatcher(dictionary: nil, terms: nil, vocabulary: &empty)
        let indonesian = Set(vocabulary.features(of: "Nilainya Rp1,5 triliun.", indonesian: true, phrases: matcher))
        let english = Set(vocabulary.features(of: "It is worth 1.5 trillion rupiah.", indonesian: false, phrases: matcher))
        #expect(indonesian.intersection(english).count == 2)  // 1.5 and 1.5e12
    }
}
