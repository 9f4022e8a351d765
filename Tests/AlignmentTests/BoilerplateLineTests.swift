@testable import Alignment
import Testing

@Suite struct BoilerplateLineTests {
    @Test(arguments: [
        "(ant/rdn)", " (Padan) ", "[AP]", "(Reuters/ab)", "(ant/rdn/xyz/q)",
        "Baca juga: Harga Cabai di Medan Naik Lagi", "Editor: Dewi Lestari", "Sumber: Antara, Kompas",
        "Read more: Floods cut Jakarta rail line", "Source link", "Advertisement",
    ])
    func creditLinesLabelledLinksAndStubs(line: String) {
        #expect(BoilerplateLine.matches(line))
    }

    @Test(arguments: [
        "", "   ",
        "(Polisi menyebut korban tewas bertambah menjadi 12 orang dan tiga masih hilang.)",
        "Sumber: BPS menyebut inflasi 2,5 persen.",
        "Kata dia: \"Kami siap.\"",
        "Warga diminta tetap waspada, kata Kepala BPBD Kabupaten Sleman Budi Santoso",
        "Polisi menangkap dua orang.",
        "\"Tidak!\"",
        "Menurut data resmi kementerian, jumlah: 120 orang",
    ])
    func sentencesAreNot(line: String) {
        #expect(!BoilerplateLine.matches(line))
    }
}
