/// Generated Indonesian wire sentences with English translations, varied as a real archive is:
/// 32 sentence patterns, person, place and organisation names from a long tail (about 30,000
/// generated surnames and 5,000 generated regency and village names besides real cities), dates,
/// amounts and percentages, optional time phrases and attributions. Every list is drawn with
/// Zipf-like frequencies (rank r about 1/(r+1)), so common words are common and most names rare.
///
///     var wire = WireSentences(seed: 7)
///     wire.next()   // ("Bupati Garut Dedi Suharto meninjau jembatan di Kabupaten Sumako pada Kamis.", "Garut Regent Dedi Suharto inspected the bridge in Sumako regency on Thursday.")
///
/// `NewsSentences` (five patterns, short lists) was the first benchmark memory; fresh sentences
/// from it share most words with tens of thousands of units, which real wire copy does not.
struct WireSentences {
    private var dice: SplitMix
    typealias Pair = WireVocabulary.Pair
    typealias V = WireVocabulary

    init(seed: UInt64) { dice = SplitMix(seed: seed &+ 0x5749_5245) }

    /// The next sentence pair.
    mutating func next() -> (indonesian: String, english: String) {
        let (id, en) = body()
        guard id.hasSuffix("."), dice.chance(0.25) else { return (cap(id), cap(en)) }
        // An attribution after the sentence, as wire copy adds to most reported statements.
        let speaker = person()
        let verb = pick([("kata", "said"), ("ujar", "said"), ("kata", "told reporters"), ("jelas", "explained")])
        return (cap("\(id.dropLast()), \(verb.0) \(speaker.id)."), cap("\(en.dropLast()), \(speaker.en) \(verb.1)."))
    }

    private mutating func body() -> Pair {
        let p = person(), l = place(), t = time()
        switch dice.zipf(32) {
        case 0:
            let v = pick(V.verbs), o = pick(V.objects)
            return ("\(p.id) \(v.id) \(o.id) di \(l.id) \(t.id).", "\(p.en) \(v.past) \(o.en) in \(l.en) \(t.en).")
        case 1:
            let v = pick(V.verbs), o = pick(V.objects)
            return ("\(p.id) mengatakan pemerintah akan \(v.id) \(o.id) \(t.id).", "\(p.en) said the government would \(v.base) \(o.en) \(t.en).")
        case 2:
            let m = pick(V.measures), mv = pick(V.moves), n = percent()
            return ("\(cap(m.id)) \(mv.id) \(n.id) persen \(t.id), menurut \(pick(V.organisations).id).",
                    "\(cap(m.en)) \(mv.en) \(n.en) percent \(t.en), according to \(pick(V.organisations).en).")
        case 3:
            let n = count(), g = pick(V.groups), e = pick(V.events)
            return ("Sebanyak \(n.id) \(g.id) terdampak \(e.id) di \(l.id) \(t.id).", "Some \(n.en) \(g.en) were affected by \(e.en) in \(l.en) \(t.en).")
        case 4:
            let n = count(), c = pick(V.crimes)
            return ("Polisi menangkap \(n.id) tersangka kasus \(c.id) di \(l.id) \(t.id).", "Police arrested \(n.en) \(c.en) suspects in \(l.en) \(t.en).")
        case 5:
            let m = pick(V.measures), mv = pick(V.moves), n = percent(), r = pick(V.reasons)
            return ("Menurut \(p.id), \(m.id) \(mv.id) \(n.id) persen karena \(r.id).", "According to \(lower(p.en)), \(m.en) \(mv.en) \(n.en) percent because of \(r.en).")
        case 6:
            let v = pick(V.verbs), o = pick(V.objects)
            return ("Kami akan terus \(v.id) \(o.id), kata \(p.id) kepada wartawan di \(l.id).", "We will continue to \(v.base) \(o.en), \(p.en) told reporters in \(l.en).")
        case 7:
            let o = pick(V.organisations), m = pick(V.measures), n = percent(), y = year()
            return ("\(o.id) memperkirakan \(m.id) pada \(y) tumbuh \(n.id) persen.", "\(cap(o.en)) expects \(m.en) to grow \(n.en) percent in \(y).")
        case 8:
            let g = pick(V.groups), a = pick(V.advice)
            return ("\(p.id) meminta \(g.id) di \(l.id) untuk \(a.id).", "\(p.en) asked \(g.en) in \(l.en) to \(a.en).")
        case 9:
            let a = pick(V.topics), b = pick(V.topics)
            return ("Pertemuan itu membahas \(a.id) dan \(b.id), ujar \(p.id).", "The meeting discussed \(a.en) and \(b.en), \(p.en) said.")
        case 10:
            let e = pick(V.events), dead = count(), homes = count()
            return ("\(cap(e.id)) yang melanda \(l.id) \(t.id) menewaskan \(dead.id) orang dan merusak \(homes.id) rumah.",
                    "\(cap(e.en)) that hit \(l.en) \(t.en) killed \(dead.en) people and damaged \(homes.en) homes.")
        case 11:
            let c = pick(V.commodities), n = count()
            return ("Harga \(c.id) di \(l.id) mencapai Rp\(n.id) per kilogram \(t.id).", "\(cap(c.en)) prices in \(l.en) reached \(n.en) rupiah per kilogram \(t.en).")
        case 12:
            let q = person(), topic = pick(V.topics)
            return ("\(p.id) bertemu \(q.id) di \(l.id) \(t.id) untuk membahas \(topic.id).", "\(p.en) met \(q.en) in \(l.en) \(t.en) to discuss \(topic.en).")
        case 13:
            let c = pick(V.crimes)
            return ("KPK memeriksa \(p.id) sebagai saksi kasus \(c.id) \(t.id).", "The KPK questioned \(p.en) as a witness in a \(c.en) case \(t.en).")
        case 14:
            let province = pick(V.provinces), money = amount(), o = pick(V.objects)
            return ("Pemerintah Provinsi \(province.id) menyiapkan anggaran \(money.id) untuk \(o.id).", "The \(province.en) provincial government set aside \(money.en) for \(o.en).")
        case 15:
            let n = count(), g = pick(V.groups), e = pick(V.events)
            return ("\(n.id) \(g.id) dievakuasi dari \(l.id) setelah \(e.id) \(t.id).", "\(n.en) \(g.en) were evacuated from \(l.en) after \(e.en) \(t.en).")
        case 16:
            let c = pick(V.countries), f = pick(V.fields)
            return ("Indonesia dan \(c.id) sepakat meningkatkan kerja sama di bidang \(f.id).", "Indonesia and \(c.en) agreed to boost cooperation in \(f.en).")
        case 17:
            let topic = pick(V.topics), y = year()
            return ("\(p.id) menegaskan bahwa \(topic.id) menjadi prioritas pemerintah pada \(y).", "\(p.en) stressed that \(topic.en) would be a government priority in \(y).")
        case 18:
            let mv = pick(V.moves), n = percent(), r = pick(V.reasons)
            return ("Indeks Harga Saham Gabungan ditutup \(mv.id) \(n.id) persen \(t.id) karena \(r.id).", "The Jakarta Composite Index closed \(n.en) percent \(mv.en == "rose" ? "higher" : "lower") \(t.en) on \(r.en).")
        case 19:
            let n = count(), g = pick(V.groups), e = pick(V.events)
            return ("Tim SAR gabungan masih mencari \(n.id) \(g.id) yang hilang akibat \(e.id) di \(l.id).", "Search and rescue teams were still looking for \(n.en) \(g.en) missing after \(e.en) in \(l.en).")
        case 20:
            let o = pick(V.organisations), topic = pick(V.topics), m = pick(V.months), y = year()
            return ("\(o.id) akan menggelar konferensi tentang \(topic.id) di \(l.id) pada \(m.id) \(y).", "\(cap(o.en)) will hold a conference on \(topic.en) in \(l.en) in \(m.en) \(y).")
        case 21:
            let v = pick(V.verbs), o = pick(V.objects)
            return ("Dalam kunjungannya ke \(l.id), \(p.id) \(v.id) \(o.id).", "During a visit to \(l.en), \(p.en) \(v.past) \(o.en).")
        case 22:
            let c = pick(V.crimes), name = self.name(), d = pick(V.days)
            return ("Sidang kasus \(c.id) dengan terdakwa \(name) ditunda hingga \(d.id) pekan depan.", "The \(c.en) trial of \(name) was adjourned until next \(d.en).")
        case 23:
            let a = pick(V.advice)
            return ("\(p.id) mengimbau masyarakat agar \(a.id) selama musim hujan.", "\(p.en) urged the public to \(a.en) during the rainy season.")
        case 24:
            let n = count(), g = pick(V.groups), money = amount()
            return ("Sebanyak \(n.id) \(g.id) di \(l.id) menerima bantuan senilai \(money.id) \(t.id).", "Some \(n.en) \(g.en) in \(l.en) received aid worth \(money.en) \(t.en).")
        case 25:
            let c = pick(V.countries), topic = pick(V.topics)
            return ("\(p.id) menerima kunjungan Duta Besar \(c.id) untuk membahas \(topic.id).", "\(p.en) received the ambassador of \(c.en) to discuss \(topic.en).")
        case 26:
            let e = pick(V.events), n = count()
            return ("BNPB mencatat \(n.id) kejadian \(e.id) sepanjang \(year()).", "The disaster agency recorded \(n.en) cases of \(e.en) in \(year()).")
        case 27:
            let o = pick(V.organisations), c = pick(V.crimes), money = amount()
            return ("\(o.id) menyita aset senilai \(money.id) dalam kasus \(c.id) di \(l.id).", "\(cap(o.en)) seized assets worth \(money.en) in a \(c.en) case in \(l.en).")
        case 28:
            let f = pick(V.fields), n = count()
            return ("Pemerintah menargetkan \(n.id) proyek \(f.id) selesai sebelum akhir \(year()).", "The government aims to complete \(n.en) \(f.en) projects before the end of \(year()).")
        case 29:
            let g = pick(V.groups), topic = pick(V.topics)
            return ("Ratusan \(g.id) berunjuk rasa di depan kantor \(pick(V.organisations).id) di \(l.id) menuntut kejelasan soal \(topic.id).",
                    "Hundreds of \(g.en) rallied outside the office of \(pick(V.organisations).en) in \(l.en) demanding clarity on \(topic.en).")
        case 30:
            let m = pick(V.measures), mv = pick(V.moves), n = percent(), month = pick(V.months)
            return ("BPS melaporkan \(m.id) pada \(month.id) \(mv.id) \(n.id) persen dibandingkan bulan sebelumnya.",
                    "Statistics Indonesia said \(m.en) in \(month.en) \(mv.en) \(n.en) percent from the previous month.")
        default:
            let v = pick(V.verbs), o = pick(V.objects), r = pick(V.reasons)
            return ("\(p.id) memutuskan \(v.id) \(o.id) karena \(r.id).", "\(p.en) decided to \(v.base) \(o.en) because of \(r.en).")
        }
    }

    // MARK: - Slots

    private mutating func pick<T>(_ items: [T]) -> T { items[dice.zipf(items.count)] }

    /// A generated name: a given name and a surname from a long tail of syllable combinations.
    private mutating func name() -> String {
        let given = pick(V.givenNames)
        return dice.chance(0.15) ? given : "\(given) \(generated(dice.zipf(30_000), salt: 7))"
    }

    /// The capitalised word for `rank`: two or three syllables chosen by the rank's digits.
    private func generated(_ rank: Int, salt: Int) -> String {
        let syllables = V.nameSyllables, base = syllables.count
        var value = rank &* 7919 &+ salt, word = ""
        for _ in 0..<(rank % 3 == 0 ? 3 : 2) {
            word += syllables[value % base]
            value /= base
            value += rank % 11
        }
        return cap(word)
    }

    private mutating func person() -> Pair {
        switch dice.zipf(5) {
        case 0:
            let role = pick(V.roles), name = self.name()
            return ("\(role.id) \(name)", "\(role.en) \(name)")
        case 1:
            let role = pick(V.localRoles), city = pick(V.cities), name = self.name()
            return ("\(role.id) \(city) \(name)", "\(city) \(role.en) \(name)")
        case 2:
            let org = pick(V.organisations), name = self.name()
            return ("juru bicara \(org.id) \(name)", "\(org.en) spokesperson \(name)")
        case 3:
            let field = pick(V.fields), name = self.name(), campus = generated(dice.zipf(400), salt: 3)
            return ("pengamat \(field.id) dari Universitas \(campus) \(name)", "\(campus) University \(field.en) analyst \(name)")
        default:
            let name = self.name(), city = pick(V.cities)
            return ("\(name), warga \(city)", "\(name), a resident of \(city)")
        }
    }

    private mutating func place() -> Pair {
        switch dice.zipf(4) {
        case 0:
            let city = pick(V.cities)
            return (city, city)
        case 1:
            let regency = generated(dice.zipf(5_000), salt: 11)
            return ("Kabupaten \(regency)", "\(regency) regency")
        case 2:
            let province = pick(V.provinces)
            return (province.id, province.en)
        default:
            let village = generated(dice.zipf(5_000), salt: 13), city = pick(V.cities)
            return ("Desa \(village), \(city)", "\(village) village, \(city)")
        }
    }

    private mutating func time() -> Pair {
        let day = pick(V.days)
        switch dice.zipf(7) {
        case 0: return ("pada \(day.id)", "on \(day.en)")
        case 1:
            let date = dice.integer(1...28), month = dice.integer(1...12)
            return ("\(day.id) (\(date)/\(month))", "on \(day.en)")
        case 2: return ("pekan lalu", "last week")
        case 3:
            let month = pick(V.months), y = year()
            return ("pada \(month.id) \(y)", "in \(month.en) \(y)")
        case 4: return ("pada \(day.id) malam", "on \(day.en) night")
        case 5: return ("kemarin", "yesterday")
        default:
            let y = year()
            return ("sejak awal \(y)", "since early \(y)")
        }
    }

    private mutating func year() -> Int { 2024 - dice.zipf(25) }

    /// An Indonesian decimal (`4,5`) and its English form (`4.5`).
    private mutating func percent() -> Pair {
        let whole = dice.zipf(40), tenth = dice.integer(0...9)
        return ("\(whole),\(tenth)", "\(whole).\(tenth)")
    }

    /// A count with Indonesian thousands dots (`1.250`) and its English form (`1,250`).
    private mutating func count() -> Pair {
        let value = dice.zipf(30_000) + 2
        guard value >= 1000 else { return ("\(value)", "\(value)") }
        let rest = String(value % 1000), padded = String(repeating: "0", count: 3 - rest.count) + rest
        return ("\(value / 1000).\(padded)", "\(value / 1000),\(padded)")
    }

    /// Rupiah in billions or trillions: `Rp1,2 triliun`, `1.2 trillion rupiah`.
    private mutating func amount() -> Pair {
        let whole = dice.zipf(900) + 1, tenth = dice.integer(0...9)
        let (id, en) = dice.chance(0.3) ? ("triliun", "trillion") : ("miliar", "billion")
        return ("Rp\(whole),\(tenth) \(id)", "\(whole).\(tenth) \(en) rupiah")
    }

    private func cap(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
    private func lower(_ text: String) -> String { text.lowercasedFirst }
}
