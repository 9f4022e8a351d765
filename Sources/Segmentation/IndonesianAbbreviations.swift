/// Indonesian abbreviations and sentence openers for the built-in rules.
enum IndonesianAbbreviations {
    /// Titles, ranks and address words that precede a name or a number.
    static let titles = [
        // military and police ranks (TNI, Polri), written with a full stop in some newsrooms
        "Jend", "Letjen", "Mayjen", "Brigjen", "Laksamana", "Laksdya", "Laksda", "Laksma",
        "Marsdya", "Marsda", "Marsma", "Kol", "Letkol", "Kapt", "Lettu", "Letda", "Serka", "Sertu",
        "Komjen", "Irjen", "Kombes", "Kompol", "Ipda", "Iptu", "Bripda", "Pol", "Purn", "Inf", "Kav",
        // civil, religious and academic titles
        "H", "Hj", "KH", "K.H", "Ny", "Tn", "Sdr", "Sdri", "Bpk", "Yth", "Moh", "Muh", "Mhd",
        "dr", "drg", "drh", "Sp", "Ust",
        // addresses and documents
        "Jl", "Jln", "Gg", "Kec", "Kab", "Kel", "Ds", "Prov", "Kp", "hlm", "Tel", "Telp",
        "a.n", "u.p", "s.d", "a.l", "d.a",
    ]

    /// Abbreviations that may close a sentence: company forms and academic degrees.
    static let closers = [
        "Tbk", "TBK", "S.H", "M.H", "S.E", "M.M", "S.T", "M.T", "S.Sos", "M.Si", "S.Si", "S.Kom", "S.Pd", "M.Pd",
        "S.Ag", "M.Ag", "S.Ked", "S.IP", "S.Hum", "M.Hum", "Lc",
    ]

    /// Words that typically open an Indonesian sentence; after an ambiguous abbreviation they
    /// signal a new sentence (`… PT Bank XYZ Tbk. Perseroan mencatat …`).
    static let sentenceOpeners = [
        "Ia", "Dia", "Mereka", "Kami", "Kita", "Saya", "Aku", "Beliau", "Namun", "Tetapi", "Tapi",
        "Sementara", "Selain", "Menurut", "Pada", "Dalam", "Di", "Ke", "Dari", "Untuk", "Dengan",
        "Hal", "Itu", "Ini", "Sebelumnya", "Kemudian", "Selanjutnya", "Adapun", "Sedangkan",
        "Bahkan", "Oleh", "Karena", "Jika", "Bila", "Apabila", "Meski", "Meskipun", "Walaupun",
        "Seperti", "Setelah", "Sejak", "Saat", "Ketika", "Para", "Sebanyak", "Sekitar", "Hingga",
        "Sampai", "Sebab", "Maka", "Perseroan", "Pihaknya", "Tidak", "Belum", "Sudah", "Telah",
        "Sebelum", "Usai", "Selama", "Terkait", "Berdasarkan", "Sebagai", "Bagi", "Tak", "Semua",
        "Seluruh", "Banyak", "Sejumlah", "Akibatnya", "Lalu", "Kini", "Sebagian", "Hanya",
        "Apakah", "Bagaimana", "Mengapa", "Kenapa", "Siapa", "Kapan", "Berapa", "Apa",
    ]

    /// Verbs that introduce a speaker after a quotation: `"Kapan?" Budi bertanya.`
    static let speechVerbs = [
        "bertanya", "berkata", "mengatakan", "menjawab", "menegaskan", "menambahkan",
        "menjelaskan", "berteriak", "menimpali", "mengungkapkan", "menyatakan", "bertutur",
    ]
}
