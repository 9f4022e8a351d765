/// Generated news-like Indonesian sentences with their English translations, for benchmarks.
///
///     var news = NewsSentences(seed: 7)
///     news.next()   // ("Menteri Keuangan mengatakan di Surabaya pada Selasa bahwa ekspor naik 4,5 persen.", "The finance minister said in Surabaya on Tuesday that exports rose 4.5 percent.")
///
/// Five templates whose slots are drawn with a skew: the first benchmark memory. Fresh sentences
/// share most of their words with tens of thousands of units, far more than in a real wire archive
/// (`WireSentences` is the realistic generator); kept so figures can be compared with earlier runs.
struct NewsSentences {
    private var dice: SplitMix

    init(seed: UInt64) { dice = SplitMix(seed: seed) }

    private static let speakers: [(String, String)] = [
        ("Presiden", "The president"), ("Wakil Presiden", "The vice president"), ("Menteri Keuangan", "The finance minister"),
        ("Menteri Pertahanan", "The defence minister"), ("Menteri Luar Negeri", "The foreign minister"),
        ("Gubernur Bank Indonesia", "The Bank Indonesia governor"), ("Kepala Polri", "The national police chief"),
        ("Panglima TNI", "The armed forces commander"), ("juru bicara kementerian", "A ministry spokesman"),
        ("Ketua DPR", "The House speaker"), ("Gubernur Jawa Barat", "The West Java governor"),
        ("Wali Kota Surabaya", "The Surabaya mayor"), ("pengamat ekonomi", "An economic analyst"),
        ("Menteri Perdagangan", "The trade minister"), ("Menteri Kesehatan", "The health minister"),
        ("Kepala BMKG", "The BMKG chief"), ("Ketua KPK", "The KPK chairman"), ("Menteri Perhubungan", "The transport minister"),
    ]
    private static let places: [(String, String)] = [
        "Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Semarang", "Denpasar", "Yogyakarta", "Palembang",
        "Balikpapan", "Manado", "Jayapura", "Kupang", "Pontianak", "Ambon", "Mataram", "Padang", "Pekanbaru",
        "Banda Aceh", "Tokyo", "Singapura", "Canberra", "Beijing", "Washington", "Kuala Lumpur", "Manila",
    ].map { ($0, $0 == "Singapura" ? "Singapore" : $0) }
    private static let days: [(String, String)] = [
        ("Senin", "Monday"), ("Selasa", "Tuesday"), ("Rabu", "Wednesday"), ("Kamis", "Thursday"),
        ("Jumat", "Friday"), ("Sabtu", "Saturday"), ("Minggu", "Sunday"),
    ]
    private static let measures: [(String, String)] = [
        ("ekspor", "exports"), ("impor", "imports"), ("inflasi", "inflation"), ("harga beras", "rice prices"),
        ("harga minyak", "oil prices"), ("penjualan mobil", "car sales"), ("investasi asing", "foreign investment"),
        ("produksi batu bara", "coal output"), ("jumlah wisatawan", "tourist arrivals"), ("utang luar negeri", "foreign debt"),
        ("harga cabai", "chilli prices"), ("penerimaan pajak", "tax revenue"), ("produksi padi", "rice output"),
        ("angka kemiskinan", "the poverty rate"), ("cadangan devisa", "foreign reserves"), ("harga emas", "gold prices"),
    ]
    private static let moves: [(String, String)] = [
        ("naik", "rose"), ("turun", "fell"), ("tumbuh", "grew"), ("melonjak", "jumped"), ("anjlok", "slumped"),
        ("menguat", "strengthened"), ("melemah", "weakened"),
    ]
    private static let events: [(String, String)] = [
        ("banjir", "floods"), ("gempa bumi", "an earthquake"), ("tanah longsor", "a landslide"), ("kebakaran hutan", "forest fires"),
        ("kecelakaan bus", "a bus accident"), ("angin puting beliung", "a whirlwind"), ("letusan gunung", "a volcanic eruption"),
    ]
    private static let groups: [(String, String)] = [
        ("warga", "residents"), ("tersangka", "suspects"), ("pengungsi", "refugees"), ("nelayan", "fishermen"),
        ("mahasiswa", "students"), ("petani", "farmers"), ("buruh", "workers"), ("pendaki", "climbers"),
    ]
    private static let actions: [(String, String)] = [
        ("menandatangani perjanjian kerja sama pertahanan", "signed a defence cooperation agreement"),
        ("membahas sengketa Laut China Selatan", "discussed the South China Sea dispute"),
        ("meresmikan bendungan baru", "opened a new dam"), ("meninjau lokasi bencana", "visited the disaster site"),
        ("menghadiri KTT ASEAN", "attended the ASEAN summit"), ("mengumumkan paket stimulus ekonomi", "announced an economic stimulus package"),
        ("membuka pameran dagang internasional", "opened an international trade fair"),
        ("bertemu dengan para pemimpin daerah", "met regional leaders"), ("meluncurkan program vaksinasi nasional", "launched a national vaccination programme"),
        ("menandatangani nota kesepahaman perdagangan", "signed a trade memorandum of understanding"),
    ]

    /// A uniform integer in `range`.
    mutating func integer(_ range: ClosedRange<Int>) -> Int {
        dice.integer(range)
    }

    /// An element, early ones more often (a squared uniform draw).
    private mutating func pick<T>(_ items: [T]) -> T {
        let u = Double(dice.next() % 1_000_000) / 1_000_000
        return items[Int(u * u * Double(items.count))]
    }

    /// An Indonesian decimal (`4,5`) and its English form (`4.5`).
    private mutating func percentage() -> (String, String) {
        let whole = integer(0...30), tenth = integer(0...9)
        return ("\(whole),\(tenth)", "\(whole).\(tenth)")
    }

    /// A count with Indonesian thousands dots (`1.250`) and its English form (`1,250`).
    private mutating func count() -> (String, String) {
        let value = integer(2...25_000)
        guard value >= 1000 else { return ("\(value)", "\(value)") }
        let thousands = value / 1000, rest = String(value % 1000)
        let padded = String(repeating: "0", count: 3 - rest.count) + rest
        return ("\(thousands).\(padded)", "\(thousands),\(padded)")
    }

    /// The next sentence pair.
    mutating func next() -> (indonesian: String, english: String) {
        let speaker = pick(Self.speakers), place = pick(Self.places), day = pick(Self.days)
        let year = integer(1998...2024)
        switch integer(0...4) {
        case 0:
            let measure = pick(Self.measures), move = pick(Self.moves), amount = percentage()
            return ("\(speaker.0) mengatakan di \(place.0) pada \(day.0) bahwa \(measure.0) \(move.0) \(amount.0) persen pada \(year).",
                    "\(speaker.1) said in \(place.1) on \(day.1) that \(measure.1) \(move.1) \(amount.1) percent in \(year).")
        case 1:
            let action = pick(Self.actions), other = pick(Self.places)
            return ("\(speaker.0) \(action.0) di \(place.0) pada \(day.0) bersama delegasi dari \(other.0).",
                    "\(speaker.1) \(action.1) in \(place.1) on \(day.1) with a delegation from \(other.1).")
        case 2:
            let event = pick(Self.events), group = pick(Self.groups), number = count()
            return ("Sebanyak \(number.0) \(group.0) terdampak \(event.0) di \(place.0) sejak \(day.0), kata \(speaker.0.lowercasedFirst).",
                    "Some \(number.1) \(group.1) were affected by \(event.1) in \(place.1) since \(day.1), \(speaker.1.lowercasedFirst) said.")
        case 3:
            let measure = pick(Self.measures), amount = percentage(), month = integer(1...12)
            return ("Menurut \(speaker.0), \(measure.0) pada bulan ke-\(month) tahun \(year) mencapai \(amount.0) persen dari target.",
                    "According to \(speaker.1.lowercasedFirst), \(measure.1) in month \(month) of \(year) reached \(amount.1) percent of the target.")
        default:
            let group = pick(Self.groups), number = count(), event = pick(Self.events)
            return ("Polisi di \(place.0) mengevakuasi \(number.0) \(group.0) setelah \(event.0) melanda kawasan itu pada \(day.0) malam.",
                    "Police in \(place.1) evacuated \(number.1) \(group.1) after \(event.1) hit the area on \(day.1) night.")
        }
    }
}

extension String {
    /// The string with its first letter in lower case ("The president" → "the president").
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
