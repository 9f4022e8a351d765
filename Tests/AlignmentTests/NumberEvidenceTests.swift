@testable import Alignment
import Testing

/// Numbers become shared features whichever convention writes them (read by NumberMention).
@Suite struct NumberEvidenceTests {
    private func shared(_ indonesian: String, _ english: String) -> Int {
        var vocabulary = FeatureVocabulary()
        var empty = FeatureVocabulary()
        let matcher = PhraseMatcher(dictionary: nil, vocabulary: &empty)
        let source = Set(vocabulary.features(of: indonesian, indonesian: true, phrases: matcher, anchors: []))
        let target = Set(vocabulary.features(of: english, indonesian: false, phrases: matcher, anchors: []))
        return source.intersection(target).count
    }

    @Test(arguments: [
        ("naik 2,5 persen", "up 2.5 percent"),
        ("sebanyak 1.500 orang", "some 1,500 people"),
        ("Rp1.500.000 per bulan", "1,500,000 rupiah a month"),
        ("nilainya 1.500,75 dolar", "worth 1,500.75 dollars"),
        ("Nilainya Rp1,5 juta", "worth 1.5 million rupiah"),
        ("pada pukul 19.10 waktu setempat", "at 7:10 p.m. local time"),
        ("tiga kapal", "3 ships"),
        ("satu kapal", "1 ship"),
        ("11 korban", "eleven victims"),
        ("sebelas korban", "11 victims"),
    ])
    func theSameQuantityInEitherConventionIsShared(indonesian: String, english: String) {
        #expect(shared(indonesian, english) == 1)
    }

    @Test func oneSpelledOutIsSharedWithTheDigitAtTheStartOfASentence() {
        #expect(shared("1 dari 3 warga menolak", "One in three residents refused") == 2)
        #expect(shared("Satu dari tiga warga menolak", "1 in 3 residents refused") == 2)
    }

    @Test func aGroupedNumberIsNotADecimal() {
        #expect(shared("sebanyak 1.500 orang", "some 1.5 people") == 0)
        #expect(shared("pada 2018", "in 2019") == 0)
    }
}
