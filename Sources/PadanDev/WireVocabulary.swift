/// The word lists `WireSentences` draws from, Indonesian with English, most frequent first (the
/// generator draws ranks with Zipf-like frequencies, so the order matters).
enum WireVocabulary {
    typealias Pair = (id: String, en: String)

    static let givenNames = [
        "Budi", "Agus", "Siti", "Dewi", "Ahmad", "Sri", "Eko", "Hendra", "Rudi", "Andi", "Yusuf", "Bambang", "Retno",
        "Wahyu", "Dedi", "Rina", "Indra", "Fajar", "Rizal", "Arief", "Putri", "Nur", "Hadi", "Irwan", "Taufik", "Yanti",
        "Dian", "Anton", "Hasan", "Ratna", "Teguh", "Bayu", "Lukman", "Maya", "Novi", "Yohanes", "Made", "Ketut", "Wayan",
        "Nyoman", "Fransiskus", "Maria", "Daniel", "Abdul", "Imam", "Syahrul", "Rahmat", "Kurniawan", "Diah", "Gita",
    ]
    static let nameSyllables = [
        "su", "har", "to", "wi", "ja", "ya", "di", "man", "nu", "gra", "ha", "sa", "ti", "ko", "ra", "pra", "bo", "wo",
        "pu", "tra", "ma", "li", "ngsih", "an", "ri", "yan", "se", "tia", "wan", "ba", "gus", "sum", "pang", "rah", "ka",
        "dja", "na", "ta", "mo", "lo", "si", "re", "ga", "ne", "pa", "hu", "tang", "gu",
    ]
    static let provinces: [Pair] = [
        "Jawa Barat", "Jawa Timur", "Jawa Tengah", "DKI Jakarta", "Sumatera Utara", "Banten", "Sulawesi Selatan",
        "Sumatera Barat", "Kalimantan Timur", "Riau", "Bali", "Sumatera Selatan", "Lampung", "Aceh", "Papua",
        "Nusa Tenggara Timur", "Nusa Tenggara Barat", "Kalimantan Barat", "Sulawesi Utara", "Sulawesi Tengah",
        "Kalimantan Selatan", "Maluku", "Jambi", "Bengkulu", "Kalimantan Tengah", "Sulawesi Tenggara", "Gorontalo",
        "Maluku Utara", "Papua Barat", "Kepulauan Riau", "Bangka Belitung", "Sulawesi Barat", "Kalimantan Utara",
        "Daerah Istimewa Yogyakarta",
    ].map { ($0, english(province: $0)) }

    /// `Jawa Barat` → `West Java`: the direction first, island names in their English spelling.
    private static func english(province: String) -> String {
        let directions = ["Barat": "West", "Timur": "East", "Tengah": "Central", "Selatan": "South", "Utara": "North", "Tenggara": "Southeast"]
        let islands = ["Jawa": "Java", "Sumatera": "Sumatra", "Kepulauan": "Islands"]
        var words = province.split(separator: " ").map { islands[String($0)] ?? String($0) }
        if words.count > 1, let direction = directions[words.last!] { words = [direction] + words.dropLast() }
        return words.joined(separator: " ")
    }
    static let cities = [
        "Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Semarang", "Denpasar", "Yogyakarta", "Palembang",
        "Balikpapan", "Manado", "Jayapura", "Kupang", "Pontianak", "Ambon", "Mataram", "Padang", "Pekanbaru", "Banda Aceh",
        "Bogor", "Bekasi", "Tangerang", "Depok", "Malang", "Solo", "Cirebon", "Tasikmalaya", "Batam", "Samarinda",
        "Banjarmasin", "Palu", "Kendari", "Sorong", "Merauke", "Ternate", "Bengkulu", "Jambi", "Lampung", "Serang",
        "Garut", "Sukabumi", "Kediri", "Jember", "Banyuwangi", "Tegal", "Purwokerto", "Magelang", "Klaten", "Cilacap",
        "Lombok", "Labuan Bajo", "Nunukan", "Tarakan", "Singkawang", "Bitung", "Gorontalo", "Mamuju", "Bima", "Ende",
    ]
    static let countries: [Pair] = [
        ("China", "China"), ("Amerika Serikat", "the United States"), ("Jepang", "Japan"), ("Malaysia", "Malaysia"),
        ("Singapura", "Singapore"), ("Australia", "Australia"), ("Korea Selatan", "South Korea"), ("India", "India"),
        ("Rusia", "Russia"), ("Arab Saudi", "Saudi Arabia"), ("Belanda", "the Netherlands"), ("Jerman", "Germany"),
        ("Filipina", "the Philippines"), ("Vietnam", "Vietnam"), ("Thailand", "Thailand"), ("Timor Leste", "Timor-Leste"),
        ("Papua Nugini", "Papua New Guinea"), ("Prancis", "France"), ("Inggris", "Britain"), ("Turki", "Turkey"),
        ("Mesir", "Egypt"), ("Brasil", "Brazil"), ("Selandia Baru", "New Zealand"), ("Uni Emirat Arab", "the United Arab Emirates"),
    ]
    static let organisations: [Pair] = [
        ("DPR", "the House"), ("KPK", "the KPK"), ("Badan Pusat Statistik", "Statistics Indonesia"), ("Bank Indonesia", "Bank Indonesia"),
        ("Polri", "the police"), ("TNI", "the armed forces"), ("BMKG", "the BMKG"), ("BNPB", "the disaster agency"),
        ("Pertamina", "Pertamina"), ("PLN", "PLN"), ("Kejaksaan Agung", "the Attorney General's Office"), ("Mahkamah Konstitusi", "the Constitutional Court"),
        ("KPU", "the election commission"), ("Bawaslu", "the election supervisory agency"), ("OJK", "the Financial Services Authority"),
        ("Basarnas", "the search and rescue agency"), ("BPOM", "the food and drug agency"), ("Kementerian Kesehatan", "the health ministry"),
        ("Kementerian Keuangan", "the finance ministry"), ("Kementerian Luar Negeri", "the foreign ministry"),
        ("Kementerian Pertanian", "the agriculture ministry"), ("Kementerian Perhubungan", "the transport ministry"),
        ("Garuda Indonesia", "Garuda Indonesia"), ("Bulog", "Bulog"), ("MUI", "the Indonesian Ulema Council"), ("BKPM", "the investment board"),
        ("PT KAI", "the state railway"), ("Pelindo", "Pelindo"), ("BPJS Kesehatan", "the health insurance agency"), ("ASEAN", "ASEAN"),
    ]
    static let roles: [Pair] = [
        ("Presiden", "President"), ("Menteri Keuangan", "Finance Minister"), ("Menteri Luar Negeri", "Foreign Minister"),
        ("Menteri Pertahanan", "Defence Minister"), ("Kapolri", "National Police Chief"), ("Panglima TNI", "Armed Forces Commander"),
        ("Menteri Kesehatan", "Health Minister"), ("Menteri Perdagangan", "Trade Minister"), ("Wakil Presiden", "Vice President"),
        ("Menteri Pertanian", "Agriculture Minister"), ("Menteri Perhubungan", "Transport Minister"), ("Ketua KPK", "KPK Chairman"),
        ("Gubernur Bank Indonesia", "Bank Indonesia Governor"), ("Menteri BUMN", "State Enterprises Minister"),
        ("Menteri Agama", "Religious Affairs Minister"), ("Menteri Pendidikan", "Education Minister"), ("Jaksa Agung", "Attorney General"),
        ("Kepala BMKG", "BMKG Head"), ("Kepala BNPB", "BNPB Head"), ("Ketua DPR", "House Speaker"), ("Menteri Sosial", "Social Affairs Minister"),
        ("Menteri Energi", "Energy Minister"), ("Menteri Pariwisata", "Tourism Minister"), ("Menteri Dalam Negeri", "Home Affairs Minister"),
    ]
    static let localRoles: [Pair] = [
        ("Gubernur", "Governor"), ("Bupati", "Regent"), ("Wali Kota", "Mayor"), ("Kapolda", "Police Chief"), ("Kapolres", "Police Chief"),
        ("Kepala Dinas Kesehatan", "Health Office Head"), ("Kepala Dinas Pendidikan", "Education Office Head"),
        ("Ketua DPRD", "Legislative Council Speaker"), ("Kepala BPBD", "Disaster Agency Head"), ("Sekretaris Daerah", "Regional Secretary"),
    ]
    static let days: [Pair] = [
        ("Senin", "Monday"), ("Selasa", "Tuesday"), ("Rabu", "Wednesday"), ("Kamis", "Thursday"),
        ("Jumat", "Friday"), ("Sabtu", "Saturday"), ("Minggu", "Sunday"),
    ]
    static let months: [Pair] = [
        ("Januari", "January"), ("Februari", "February"), ("Maret", "March"), ("April", "April"), ("Mei", "May"), ("Juni", "June"),
        ("Juli", "July"), ("Agustus", "August"), ("September", "September"), ("Oktober", "October"), ("November", "November"), ("Desember", "December"),
    ]
    /// Verbs: Indonesian active form, English past tense, English base form.
    static let verbs: [(id: String, past: String, base: String)] = [
        ("membangun", "built", "build"), ("meresmikan", "inaugurated", "inaugurate"), ("meninjau", "inspected", "inspect"),
        ("mengumumkan", "announced", "announce"), ("menyalurkan", "distributed", "distribute"), ("memperbaiki", "repaired", "repair"),
        ("meluncurkan", "launched", "launch"), ("menandatangani", "signed", "sign"), ("membahas", "discussed", "discuss"),
        ("mengevaluasi", "evaluated", "evaluate"), ("menyelidiki", "investigated", "investigate"), ("menambah", "increased", "increase"),
        ("mengurangi", "reduced", "reduce"), ("mempercepat", "accelerated", "accelerate"), ("menunda", "postponed", "postpone"),
        ("membatalkan", "cancelled", "cancel"), ("memperluas", "expanded", "expand"), ("mengawasi", "supervised", "supervise"),
        ("menyiapkan", "prepared", "prepare"), ("mendukung", "supported", "support"), ("menolak", "rejected", "reject"),
        ("mengirim", "sent", "send"), ("menerima", "received", "receive"), ("mengembangkan", "developed", "develop"),
        ("memeriksa", "examined", "examine"), ("menghentikan", "halted", "halt"), ("melanjutkan", "continued", "continue"),
        ("merevisi", "revised", "revise"), ("mengusulkan", "proposed", "propose"), ("menertibkan", "cleared", "clear"),
    ]
    static let objects: [Pair] = [
        ("jalan tol", "the toll road"), ("bantuan sosial", "social aid"), ("rumah sakit baru", "a new hospital"),
        ("bendungan", "the dam"), ("pelabuhan", "the port"), ("bandara", "the airport"), ("jembatan", "the bridge"),
        ("sekolah darurat", "emergency schools"), ("anggaran daerah", "the regional budget"), ("vaksin", "vaccines"),
        ("beras impor", "imported rice"), ("pupuk bersubsidi", "subsidised fertiliser"), ("bahan bakar minyak", "fuel"),
        ("kereta cepat", "the high-speed railway"), ("pembangkit listrik", "the power plant"), ("pasar tradisional", "the traditional market"),
        ("rancangan undang-undang", "the bill"), ("peraturan daerah", "the regional regulation"), ("izin tambang", "mining permits"),
        ("data pemilih", "the voter list"), ("kartu prakerja", "pre-employment cards"), ("dana desa", "village funds"),
        ("obat-obatan", "medicines"), ("tenda pengungsian", "evacuation tents"), ("air bersih", "clean water"),
        ("perumahan rakyat", "public housing"), ("irigasi sawah", "rice field irrigation"), ("kapal patroli", "patrol boats"),
        ("sistem peringatan dini", "the early warning system"), ("program makan siang gratis", "the free lunch programme"),
        ("kawasan industri", "the industrial estate"), ("terminal bus", "the bus terminal"), ("lahan gambut", "peatland"),
        ("hutan mangrove", "mangrove forests"), ("jaringan internet", "the internet network"), ("stadion", "the stadium"),
    ]
    static let measures: [Pair] = [
        ("inflasi", "inflation"), ("ekspor", "exports"), ("impor", "imports"), ("pertumbuhan ekonomi", "economic growth"),
        ("harga beras", "rice prices"), ("harga minyak goreng", "cooking oil prices"), ("penjualan mobil", "car sales"),
        ("investasi asing", "foreign investment"), ("produksi batu bara", "coal output"), ("jumlah wisatawan", "tourist arrivals"),
        ("utang luar negeri", "foreign debt"), ("penerimaan pajak", "tax revenue"), ("angka pengangguran", "the unemployment rate"),
        ("cadangan devisa", "foreign reserves"), ("harga emas", "gold prices"), ("nilai tukar rupiah", "the rupiah"),
        ("produksi padi", "rice output"), ("penyaluran kredit", "lending"), ("konsumsi rumah tangga", "household consumption"),
        ("indeks harga saham", "the share index"), ("harga cabai", "chilli prices"), ("jumlah penumpang", "passenger numbers"),
    ]
    static let moves: [Pair] = [
        ("naik", "rose"), ("turun", "fell"), ("tumbuh", "grew"), ("melonjak", "jumped"), ("anjlok", "slumped"),
        ("menguat", "strengthened"), ("melemah", "weakened"), ("stabil", "held steady at"), ("merosot", "dropped"),
    ]
    static let events: [Pair] = [
        ("banjir", "floods"), ("gempa bumi", "an earthquake"), ("tanah longsor", "a landslide"), ("kebakaran hutan", "forest fires"),
        ("kecelakaan bus", "a bus accident"), ("angin puting beliung", "a whirlwind"), ("letusan gunung api", "a volcanic eruption"),
        ("banjir bandang", "flash floods"), ("kebakaran", "a fire"), ("tsunami", "a tsunami"), ("kekeringan", "drought"),
        ("gelombang tinggi", "high waves"), ("kapal tenggelam", "a shipwreck"), ("abrasi pantai", "coastal erosion"),
    ]
    static let groups: [Pair] = [
        ("warga", "residents"), ("pengungsi", "refugees"), ("nelayan", "fishermen"), ("petani", "farmers"), ("siswa", "pupils"),
        ("mahasiswa", "students"), ("buruh", "workers"), ("pendaki", "climbers"), ("penumpang", "passengers"), ("pedagang", "traders"),
        ("wisatawan", "tourists"), ("tenaga kesehatan", "health workers"), ("guru honorer", "contract teachers"), ("pemudik", "homebound travellers"),
        ("anak-anak", "children"), ("korban", "victims"), ("pekerja migran", "migrant workers"), ("sopir angkutan", "public transport drivers"),
    ]
    static let crimes: [Pair] = [
        ("korupsi", "corruption"), ("narkoba", "drugs"), ("penipuan daring", "online fraud"), ("pencucian uang", "money laundering"),
        ("perdagangan orang", "human trafficking"), ("suap", "bribery"), ("pembalakan liar", "illegal logging"), ("penyelundupan", "smuggling"),
        ("terorisme", "terrorism"), ("pembunuhan", "murder"), ("pencurian", "theft"), ("penambangan liar", "illegal mining"),
    ]
    static let topics: [Pair] = [
        ("ketahanan pangan", "food security"), ("perubahan iklim", "climate change"), ("keamanan maritim", "maritime security"),
        ("transisi energi", "the energy transition"), ("sengketa Laut China Selatan", "the South China Sea dispute"),
        ("pemilihan umum", "the general election"), ("penanganan stunting", "stunting"), ("hilirisasi nikel", "nickel downstreaming"),
        ("perdagangan bebas", "free trade"), ("pemindahan ibu kota", "the capital relocation"), ("pemberantasan korupsi", "the fight against corruption"),
        ("kesehatan masyarakat", "public health"), ("pendidikan vokasi", "vocational education"), ("mudik Lebaran", "the Lebaran exodus"),
        ("harga pangan", "food prices"), ("digitalisasi UMKM", "digitising small businesses"), ("perlindungan pekerja migran", "protecting migrant workers"),
        ("kerja sama pertahanan", "defence cooperation"), ("pariwisata berkelanjutan", "sustainable tourism"), ("reformasi birokrasi", "bureaucratic reform"),
    ]
    static let fields: [Pair] = [
        ("perdagangan", "trade"), ("pertahanan", "defence"), ("energi", "energy"), ("pendidikan", "education"), ("kesehatan", "health"),
        ("pariwisata", "tourism"), ("perikanan", "fisheries"), ("infrastruktur", "infrastructure"), ("digital", "digital technology"),
        ("kebudayaan", "culture"), ("pertanian", "agriculture"), ("investasi", "investment"),
    ]
    static let reasons: [Pair] = [
        ("cuaca buruk", "bad weather"), ("permintaan yang tinggi", "strong demand"), ("pasokan yang terbatas", "tight supply"),
        ("kenaikan harga bahan bakar", "higher fuel prices"), ("pelemahan ekonomi global", "the global slowdown"),
        ("libur panjang", "the long holiday"), ("gagal panen", "crop failures"), ("ketidakpastian pasar", "market uncertainty"),
        ("kebijakan suku bunga", "interest rate policy"), ("musim hujan", "the rainy season"),
    ]
    static let advice: [Pair] = [
        ("tetap waspada", "stay alert"), ("tidak panik", "not panic"), ("menjauhi daerah aliran sungai", "keep away from riverbanks"),
        ("memakai masker", "wear masks"), ("tidak menyebarkan berita bohong", "not spread hoaxes"), ("segera mengungsi", "evacuate at once"),
        ("menghemat air", "save water"), ("melapor kepada petugas", "report to officials"), ("tidak membakar lahan", "not burn land"),
        ("memeriksa kendaraan sebelum mudik", "check their vehicles before travelling home"),
    ]
    static let commodities: [Pair] = [
        ("beras", "rice"), ("cabai merah", "red chillies"), ("bawang merah", "shallots"), ("gula pasir", "sugar"), ("daging sapi", "beef"),
        ("telur ayam", "eggs"), ("minyak goreng", "cooking oil"), ("bawang putih", "garlic"), ("kedelai", "soybeans"), ("ikan tongkol", "tuna"),
    ]
}
