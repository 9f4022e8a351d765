import Testing
@testable import Suggestion

@Suite struct ContentDifferencesTests {
    @Test func sameNumbersInBothConventionsAreNoFinding() {
        #expect(ContentDifferences.betweenTranslation(source: "Harga naik 2,5 persen menjadi Rp1.500.",
                                                      target: "Prices rose 2.5 percent to 1,500 rupiah.").isEmpty)
        #expect(ContentDifferences.betweenTranslation(source: "Ia tiba pukul 19.10 WIB pada hari Senin.",
                                                      target: "He arrived at 7:10 p.m. on Monday.").isEmpty)
    }

    @Test func aLostDayIsAFinding() {
        let warnings = ContentDifferences.betweenTranslation(source: "Ia tiba pada hari Senin.", target: "He arrived on Tuesday.")
        #expect(warnings.map(\.kind) == [.dateMismatch])
        #expect(warnings.first?.message.contains("Monday") == true)
    }

    @Test func namesThatDifferAreListed() {
        let warnings = ContentDifferences.between(sentence: "Menteri bertemu Prabowo di Jakarta.", match: "Menteri bertemu Jokowi di Jakarta.")
        #expect(warnings.map(\.kind) == [.nameMismatch])
        #expect(warnings.first?.message.contains("“Jokowi” where the sentence has “Prabowo”") == true)
    }

    @Test func aNameOfSeveralWordsIsOneName() {
        #expect(ContentDifferences.names(in: "Para analis di Seoul memantau Semenanjung Korea.") == ["Seoul", "Semenanjung Korea"])
        #expect(ContentDifferences.names(in: "Korea Utara meluncurkan rudal, kata Kepala Staf Gabungan pada hari Senin.")
                == ["Korea Utara", "Kepala Staf Gabungan"])
        #expect(ContentDifferences.names(in: "SEOUL, Korea Selatan (Padan) - Presiden Yoon tiba.") == ["SEOUL", "Korea Selatan", "Padan", "Presiden Yoon"])
        let warnings = ContentDifferences.between(sentence: "Rudal jatuh di dekat Korea Selatan.", match: "Rudal jatuh di dekat Korea Utara.")
        #expect(warnings.first?.message.contains("“Korea Utara” where the sentence has “Korea Selatan”") == true)
    }
}
