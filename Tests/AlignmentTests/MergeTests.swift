import Alignment
import Testing

/// Links where a translator split or joined sentences.
@Suite struct MergeTests {
    /// A story whose lead the English splits in two; the second half names nothing the
    /// Indonesian names (no name, number or term), as a translator's own wording often does.
    static let source = [
        "Gubernur Jawa Barat Ridwan Kamil meresmikan Bendungan Sukamahi di Bogor pada Senin, yang akan menahan air hujan dari hulu.",
        "Bendungan senilai Rp464 miliar itu dibangun sejak 2017 oleh Kementerian PUPR.",
        "Waduk tersebut dapat menampung 1,68 juta meter kubik air.",
        "Warga Desa Sukamahi menyambut peresmian itu dengan pentas angklung.",
        "Bendungan Ciawi di dekatnya diresmikan pada Desember 2022.",
    ]
    static let target = [
        "West Java Governor Ridwan Kamil opened the Sukamahi Dam in Bogor on Monday.",
        "The structure should restrain heavy seasonal rainwater coming from upstream.",
        "The Rp464 billion dam has been under construction by the PUPR ministry since 2017.",
        "The reservoir can hold 1.68 million cubic meters of water.",
        "Residents of Sukamahi village welcomed the opening with an angklung performance.",
        "The nearby Ciawi Dam was opened in December 2022.",
    ]

    /// The second English sentence shares no cue, so the merge pays for its words; the length of
    /// the lead, which holds both halves, must still win it over a 1-1 link and a 0-1 link.
    @Test func aSplitSentenceWhoseSecondHalfSharesNoCueIsOneLink() {
        let links = Aligner().align(source: Self.source, target: Self.target)
        #expect(links.map(LinksFormat.line) == ["0\t0,1", "1\t2", "2\t3", "3\t4", "4\t5"])
    }

    /// Two sentence pairs whose lengths cross (a long Indonesian sentence with a short English
    /// one, then the reverse), each pair sharing its own name or number and nothing with the other
    /// pair's: two 1-1 links, not one 2-2 link that only evens out the lengths.
    @Test func crossedLengthsWithoutCrossedCuesAreTwoLinks() {
        let source = ["Menteri Basuki Hadimuljono mengatakan waduk itu juga akan menjadi tempat wisata baru bagi warga sekitar dan pengunjung dari luar kota.",
                      "Pembangunannya molor dua tahun dari jadwal."] + Self.source.dropFirst()
        let target = ["Minister Basuki Hadimuljono said the reservoir would also become a tourist spot.",
                      "Construction fell two years behind the original schedule because land acquisition took longer than planned."]
            + Self.target.dropFirst(2)
        let links = Aligner().align(source: source, target: target)
        #expect(links.prefix(3).map(LinksFormat.line) == ["0\t0", "1\t1", "2\t2"])
    }
}
