import Segmentation
import Testing

/// Hand-written tricky cases, separate from the gold sets: each input and the sentences it must give.
@Suite struct TrickyCaseTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var input: String
        var expected: [String]
        var testDescription: String { input }
        init(_ input: String, _ expected: [String]) {
            self.input = input
            self.expected = expected
        }
    }

    static let indonesian: [Case] = [
        Case("Inflasi 2,5 persen. Harga naik.", ["Inflasi 2,5 persen.", "Harga naik."]),
        Case("Gajinya Rp1.500.000 sebulan. Itu kecil.", ["Gajinya Rp1.500.000 sebulan.", "Itu kecil."]),
        Case("Rapat dimulai pukul 10.00 WIB. Semua hadir.", ["Rapat dimulai pukul 10.00 WIB.", "Semua hadir."]),
        Case("Kantornya di Jl. Thamrin No. 9, Jakarta.", ["Kantornya di Jl. Thamrin No. 9, Jakarta."]),
        Case("Prof. Dr. Budi hadir. Dia senang.", ["Prof. Dr. Budi hadir.", "Dia senang."]),
        Case("Letjen. TNI (Purn.) Agus pensiun. Mayjen. Budi menggantikannya.",
             ["Letjen. TNI (Purn.) Agus pensiun.", "Mayjen. Budi menggantikannya."]),
        Case("H. Rahmat, S.H. membuka acara.", ["H. Rahmat, S.H. membuka acara."]),
        Case("Susilo B. Yudhoyono berpidato.", ["Susilo B. Yudhoyono berpidato."]),
        Case("PT Maju Jaya Tbk. Perseroan merugi.", ["PT Maju Jaya Tbk.", "Perseroan merugi."]),
        Case("Direktur PT Maju Jaya Tbk. Andi Wijaya mundur.", ["Direktur PT Maju Jaya Tbk. Andi Wijaya mundur."]),
        Case("Ia membeli beras, gula, dll. di pasar.", ["Ia membeli beras, gula, dll. di pasar."]),
        Case("Ia membeli beras, gula, dsb. Harganya mahal.", ["Ia membeli beras, gula, dsb.", "Harganya mahal."]),
        Case("\"Kapan?\" tanya dia. Tak ada jawaban.", ["\"Kapan?\" tanya dia.", "Tak ada jawaban."]),
        Case("\"Cukup!\" teriaknya.", ["\"Cukup!\" teriaknya."]),
        Case("\"Sudah selesai.\" Dia lalu pergi.", ["\"Sudah selesai.\"", "Dia lalu pergi."]),
        Case("Harga naik (lihat tabel.) Pemerintah diam.", ["Harga naik (lihat tabel.)", "Pemerintah diam."]),
        Case("Saya tidak tahu... mungkin besok. Entahlah... Kami menunggu.",
             ["Saya tidak tahu... mungkin besok.", "Entahlah...", "Kami menunggu."]),
        Case("JAKARTA (Antara) - Presiden tiba. Ia disambut.", ["JAKARTA (Antara) - Presiden tiba.", "Ia disambut."]),
        Case("Seoul, Korea Selatan — Rudal ditembakkan. Jepang protes.",
             ["Seoul, Korea Selatan — Rudal ditembakkan.", "Jepang protes."]),
        Case("Baca di www.antaranews.com. Kirim ke redaksi@antara.co.id. Terima kasih.",
             ["Baca di www.antaranews.com.", "Kirim ke redaksi@antara.co.id.", "Terima kasih."]),
        Case("Apakah itu benar? Ya! Benar sekali.", ["Apakah itu benar?", "Ya!", "Benar sekali."]),
        Case("PENJUALAN MOBIL NAIK\nJAKARTA - Penjualan naik.\nSumber: Antara",
             ["PENJUALAN MOBIL NAIK", "JAKARTA - Penjualan naik.", "Sumber: Antara"]),
        Case("Syaratnya:\n1. Warga negara Indonesia.\n2. Berusia 17 tahun.",
             ["Syaratnya:", "1. Warga negara Indonesia.", "2. Berusia 17 tahun."]),
        Case("• Harga beras naik.\n• Harga gula turun.", ["• Harga beras naik.", "• Harga gula turun."]),
        Case("Menteri Pertahanan mengatakan latihan gabungan itu\nakan digelar di Natuna, \r\nbulan depan. Tidak ada\n  rincian lain.",
             ["Menteri Pertahanan mengatakan latihan gabungan itu akan digelar di Natuna, bulan depan.", "Tidak ada rincian lain."]),
        Case("Harga naik 2,5\npersen. Pasar tenang.\ndan itu saja", ["Harga naik 2,5 persen.", "Pasar tenang.", "dan itu saja"]),
    ]

    static let english: [Case] = [
        Case("It rose 2.5 percent. Prices fell.", ["It rose 2.5 percent.", "Prices fell."]),
        Case("He paid $1,500. She paid less.", ["He paid $1,500.", "She paid less."]),
        Case("The U.S. Senate voted. The U.N. agreed.", ["The U.S. Senate voted.", "The U.N. agreed."]),
        Case("He lives in the U.S. The rest stayed home.", ["He lives in the U.S.", "The rest stayed home."]),
        Case("Lt. Col. Ann Lee and Gen. Tom Ray met Sen. Ed Day, Rep. Al Fox and Gov. Jo Kim.",
             ["Lt. Col. Ann Lee and Gen. Tom Ray met Sen. Ed Day, Rep. Al Fox and Gov. Jo Kim."]),
        Case("Donald J. Trump spoke. Then he left.", ["Donald J. Trump spoke.", "Then he left."]),
        Case("It opens Jan. 5 and closes Sept. 30.", ["It opens Jan. 5 and closes Sept. 30."]),
        Case("We met at 9 a.m. Monday. It rained.", ["We met at 9 a.m. Monday.", "It rained."]),
        Case("We met at 9 a.m. Nobody came.", ["We met at 9 a.m.", "Nobody came."]),
        Case("Shares of Acme Inc. The company said.", ["Shares of Acme Inc.", "The company said."]),
        Case("Acme Inc. Chief Executive Jo Ray resigned.", ["Acme Inc. Chief Executive Jo Ray resigned."]),
        Case("\"Why now?\" Smith asked. Nobody knew.", ["\"Why now?\" Smith asked.", "Nobody knew."]),
        Case("\"Why now?\" he asked.", ["\"Why now?\" he asked."]),
        Case("\"We won.\" The crowd cheered.", ["\"We won.\"", "The crowd cheered."]),
        Case("He waited... and waited. Then... Nothing.", ["He waited... and waited.", "Then...", "Nothing."]),
        Case("SEOUL, South Korea (AP) — A missile flew. Japan protested.",
             ["SEOUL, South Korea (AP) — A missile flew.", "Japan protested."]),
        Case("BOSTON, Mass. (AP) — Snow fell.", ["BOSTON, Mass. (AP) — Snow fell."]),
        Case("See https://example.com/a.b?x=1. Write to desk@example.org. Thanks.",
             ["See https://example.com/a.b?x=1.", "Write to desk@example.org.", "Thanks."]),
        Case("It was sold (for $5.) Buyers left.", ["It was sold (for $5.)", "Buyers left."]),
        Case("Martin Luther King Jr. Day is Monday.", ["Martin Luther King Jr. Day is Monday."]),
        Case("Results came out. iPhone sales grew.", ["Results came out.", "iPhone sales grew."]),
        Case("Roe v. Wade stands, e.g. in Ohio.", ["Roe v. Wade stands, e.g. in Ohio."]),
        Case("He moved to St. Louis in May.", ["He moved to St. Louis in May."]),
        Case("She lives on Main St. The house is old.", ["She lives on Main St.", "The house is old."]),
    ]

    @Test(arguments: indonesian)
    func indonesianCase(_ example: Case) {
        #expect(Segmenter(language: .indonesian).sentences(in: example.input).map(\.text) == example.expected)
    }

    @Test(arguments: english)
    func englishCase(_ example: Case) {
        #expect(Segmenter(language: .english).sentences(in: example.input).map(\.text) == example.expected)
    }
}
