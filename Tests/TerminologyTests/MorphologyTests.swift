import Testing
@testable import Terminology

/// Word forms from political and military news with their KBBI roots (our own development list).
@Suite struct MorphologyTests {
    let morphology = IndonesianMorphology.shared

    @Test(arguments: [
        ("persenjataan", "senjata"), ("memperluas", "luas"), ("diperluas", "luas"), ("perluasannya", "luas"),
        ("senjatanya", "senjata"), ("senjata-senjata", "senjata"), ("negara-negara", "negara"),
        ("pertahanan", "tahan"), ("ketahanan", "tahan"), ("tahanan", "tahan"), ("mempertahankan", "tahan"),
        ("memakan", "makan"), ("menyatakan", "nyata"), ("mengatakan", "kata"), ("dikatakan", "kata"),
        ("memberikan", "beri"), ("memberlakukan", "laku"), ("keberhasilan", "hasil"), ("pembangunan", "bangun"),
        ("penyerangan", "serang"), ("serangan", "serang"), ("bekerja", "kerja"), ("belajar", "ajar"),
        ("berunding", "runding"), ("perundingan", "runding"), ("kesepakatan", "sepakat"), ("kedua", "dua"),
        ("sebenarnya", "benar"), ("menduduki", "duduk"), ("pengungsi", "ungsi"), ("pemerintahan", "perintah"),
        ("kebijakan", "bijak"), ("tersangka", "sangka"), ("mengebom", "bom"), ("pengawasan", "awas"),
        ("tembak-menembak", "tembak"), ("berkali-kali", "kali"), ("sebaik-baiknya", "baik"),
        ("kuserahkan", "serah"), ("kaupilih", "pilih"), ("dirinya", "diri"), ("beritanya", "berita"),
        ("pemrakarsa", "prakarsa"), ("kesesuaian", "suai"), ("menyesuaikan", "suai"), ("perubahan", "ubah"),
    ])
    func recoversTheRoot(form: String, base: String) {
        #expect(morphology.base(of: form) == base)
    }

    /// Roots across the news desks: police and courts, regional government, economy, disasters,
    /// health, religion, sport.
    @Test(arguments: [("menggeledah", "geledah"), ("dikeroyok", "keroyok"), ("pembegalan", "begal"), ("kecamatan", "camat"),
                      ("kelurahan", "lurah"), ("kepaniteraan", "panitera"), ("penganggaran", "anggar"), ("kepailitan", "pailit"),
                      ("kemacetan", "macet"), ("kendaraan", "kendara"), ("pelayaran", "layar"), ("penanggulangan", "tanggulang"),
                      ("kelembapan", "lembap"), ("mengidap", "idap"), ("berpuasa", "puasa"), ("berdakwah", "dakwah"),
                      ("kejuaraan", "juara"), ("perlombaan", "lomba"), ("merupakan", "rupa"), ("kesetaraan", "tara")])
    func recoversRootsOfNewsVocabulary(form: String, base: String) {
        #expect(morphology.base(of: form) == base)
    }

    @Test(arguments: ["terampil", "sederhana", "perdata", "perawan", "peranti", "senyawa", "teriak", "penjuru"])
    func leavesRootsThatLookPrefixedAlone(word: String) {
        #expect(morphology.base(of: word) == word)
    }

    @Test(arguments: ["perdana", "berita", "pertama", "kanan", "pesawat", "kalian", "menteri", "mereka"])
    func leavesWordsThatOnlyLookAffixed(word: String) {
        #expect(morphology.base(of: word) == word)
    }

    /// menge-/penge- go with one-syllable roots only; longer roots after them are meN- + ke- or a
    /// root in k (`pengeringan` is `kering`, not `ringan`).
    @Test(arguments: [("pengeringan", "kering"), ("mengeringkan", "kering"), ("mengebom", "bom"), ("pengecekan", "cek"),
                      ("mengetahui", "tahu"), ("mengedepankan", "depan")])
    func mengeGoesWithOneSyllableRoots(form: String, base: String) {
        #expect(morphology.base(of: form) == base)
    }

    /// `menge-` is read only before a root of one syllable, where a diphthong counts as one vowel.
    @Test func syllablesAreCountedWithDiphthongsAsOne() {
        func readsMenge(_ root: String) -> Bool {
            IndonesianAffixes.prefixSplits(of: "menge" + root, outermost: true).contains { $0.prefix == "menge" }
        }
        #expect(readsMenge("bom"))
        #expect(readsMenge("sah"))
        #expect(!readsMenge("luar"))
        #expect(!readsMenge("tahu"))
        #expect(!readsMenge("pakai"))
        #expect(morphology.base(of: "mengeluarkan") == morphology.base(of: "dikeluarkan"))
    }

    /// `memakai` can be read as `me-` + `maka` + `-i`: a function word never wins a derived reading
    /// from a content root (`pakai` with its p restored).
    @Test(arguments: [("memakai", "pakai"), ("pemakai", "pakai"), ("memakainya", "pakai"), ("penahan", "tahan"),
                      ("menetapi", "tetap"), ("mengedari", "edar")])
    func prefersAContentRootToADerivedFunctionWord(form: String, base: String) {
        #expect(morphology.base(of: form) == base)
    }

    @Test func functionWordsStillTakeCliticsAndDerivationsNoContentWordExplains() {
        #expect(morphology.base(of: "dialah") == "dia")
        #expect(morphology.base(of: "kepadanya") == "kepada")
        #expect(morphology.base(of: "sebelum") == "belum")
        #expect(morphology.base(of: "setelah") == "telah")
    }

    @Test func theFunctionWordListIsWhatDecides() {
        let unmarked = IndonesianMorphology(lexicon: IndonesianLexicon(words: ["maka", "pakai"]))
        #expect(unmarked.base(of: "memakai") == "maka")
        let marked = IndonesianMorphology(lexicon: IndonesianLexicon(words: ["pakai"], functionWords: ["maka"]))
        #expect(marked.base(of: "memakai") == "pakai")
        #expect(marked.base(of: "maka") == "maka")
        #expect(marked.adding(words: ["luas"]).base(of: "memakai") == "pakai")
    }

    @Test(arguments: ["Bekasi", "Jakarta", "Kediri", "Medan", "Semarang", "Yogyakarta", "Berlin", "Kemayoran", "Mentawai",
                      "Menes", "Pemangkat", "Seminyak", "Sekayu", "Kebagusan", "Semampir", "Merak"])
    func neverStemsNamesIntoCommonWords(name: String) {
        let analysis = morphology.analyse(name)
        #expect(analysis.base == name)
        #expect(analysis.kind == .name)
    }

    @Test func acronymsKeepTheirCaseAndLoseHyphenatedClitics() {
        #expect(morphology.analyse("AS").kind == .acronym)
        #expect(morphology.base(of: "TNI-nya") == "TNI")
        #expect(morphology.analyse("TNI-nya").clitics == ["nya"])
    }

    @Test func capitalisedCommonWordsAreStemmed() {
        #expect(morphology.base(of: "Persenjataan") == "senjata")
        #expect(morphology.base(of: "Kementerian") == "menteri")
        #expect(morphology.base(of: "Presiden") == "presiden")
    }

    @Test func analysisSaysHowTheWordWasFormed() throws {
        let derived = morphology.analyse("perluasannya")
        #expect(derived.prefixes == ["per"])
        #expect(derived.suffix == "an")
        #expect(derived.clitics == ["nya"])
        #expect(derived.stem == "perluasan")
        #expect(derived.level == .derived)

        let inflected = morphology.analyse("senjata-senjatanya")
        #expect(inflected.isReduplicated)
        #expect(inflected.level == .inflected)
        #expect(inflected.stem == "senjata")

        #expect(morphology.analyse("senjata").level == .exact)
        #expect(morphology.analyse("Senjata").level == .inflected)
    }

    @Test func unknownWordsAreLeftWholeRatherThanGuessed() {
        let analysis = morphology.analyse("menggrobak")
        #expect(analysis.base == "menggrobak")
        #expect(!analysis.isKnown)
    }

    @Test func aLexiconDecidesWhatCanBeStripped() {
        let bare = IndonesianMorphology(lexicon: IndonesianLexicon(parsing: "# test\nsenjata\n"))
        #expect(bare.base(of: "persenjataan") == "senjata")
        #expect(bare.base(of: "memperluas") == "memperluas")
        #expect(bare.adding(words: ["luas"]).base(of: "memperluas") == "luas")
    }
}
