import Testing
import Segmentation

@Suite struct NumberMentionTests {
    private func values(_ text: String, _ convention: NumberConvention) -> [Double] {
        NumberMention.all(in: text, convention: convention).map(\.value)
    }

    static let pairs: [(String, String, Double)] = [
        ("2,5 persen", "2.5 percent", 2.5),
        ("1.500 tentara", "1,500 troops", 1500),
        ("Rp1,5 triliun", "1.5 trillion rupiah", 1.5e12),
        ("Rp1.500.000", "1,500,000 rupiah", 1_500_000),
        ("tahun 2018", "in 2018", 2018),
        ("pukul 19.10 WIB", "7:10 p.m.", 19 * 60 + 10),
        ("pukul 07.10", "7:10 a.m.", 7 * 60 + 10),
        ("30 juta dolar", "$30 million", 30e6),
    ]

    @Test(arguments: pairs)
    func bothConventionsReadTheSameValue(indonesian: String, english: String, value: Double) {
        #expect(values(indonesian, .indonesian) == [value])
        #expect(values(english, .english) == [value])
    }

    @Test func digitsInsideNamesAreNotNumbers() {
        #expect(values("KTT G20 dan jet F16", .indonesian).isEmpty)
    }

    @Test func offsetsPointAtTheDigitsAndScale() throws {
        let text = "Nilainya Rp1,5 triliun per tahun."
        let mention = try #require(NumberMention.all(in: text, convention: .indonesian).first)
        #expect(mention.text == "1,5 triliun")
        #expect(String(Array(text)[mention.start..<mention.end]) == "1,5 triliun")
        #expect(mention.kind == .quantity)
    }

    @Test func differentNumbersStayDifferent() {
        #expect(values("sejauh 1.000 kilometer", .indonesian) != values("sejauh 1.200 kilometer", .indonesian))
        #expect(values("sekitar 2.500 tentara", .indonesian) == values("about 2,500 troops", .english))
    }
}
