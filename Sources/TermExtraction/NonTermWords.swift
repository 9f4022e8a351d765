import Spotting
import Terminology

/// Indonesian roots that are never a glossary term alone nor at the edge of one: the lexicon's
/// function words, plus auxiliaries, quantifiers, number words and the commonest grammatical
/// roots the lexicon keeps among content words (`ada`, `sudah`, `oleh`), as the analyser gives
/// their roots (`menjadi` → `jadi`, `sebagai` → `bagai`).
enum NonTermWords {
    static let roots: Set<String> = IndonesianMorphology.shared.lexicon.functionWords.union(extra)

    private static let extra: Set<String> = [
        "ada", "akan", "atas", "bawah", "sudah", "bisa", "dapat", "harus", "oleh", "lain", "saat", "lebih", "kurang",
        "banyak", "sedikit", "kata", "telah", "bagai", "sebagai", "antara", "tersebut", "sebut", "bagi", "serta", "lalu",
        "mau", "ingin", "sedang", "hal", "cara", "kali", "buah", "jadi", "menjadi", "pula", "hadap", "terhadap",
        "seluruh", "luruh", "setiap", "sekitar", "kitar", "turut", "menurut", "sendiri", "sama", "demikian", "salah", "satu",
        "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "puluh", "ratus", "ribu", "juta", "miliar",
        "triliun", "pertama", "kedua", "ketiga", "perlu", "mungkin", "lagi", "baik", "sebelum", "belum", "sesudah", "setelah",
        "telah", "lewat", "melalui", "dalam", "depan", "belakang", "tengah", "hanya", "saja", "sekali",
        "tentang", "tentang", "mengenai", "kena", "yaitu", "punya", "milik", "beri", "buat", "sangat", "amat", "paling",
        "hingga", "sampai", "mulai", "ujar", "tutur", "ucap", "jelas", "tambah", "tetap", "masih", "begitu", "tanpa",
        "namun", "apakah", "bila", "nya", "pun", "lah", "kah", "pak", "bu", "oh", "ya", "bahwa", "agar", "supaya",
        "dia", "saya", "aku", "kami", "kita", "mereka", "anda", "ia", "sini", "situ", "sana", "orang", "sebuah", "seorang",
        "apa", "siapa", "mana", "kapan", "sementara", "kini", "nanti", "waktu", "ketika", "bulan", "minggu", "hari", "tahun",
    ]

    /// Written forms that are function words though their root is not (`selama` "during" of
    /// `lama` "long", `termasuk` "including" of `masuk` "enter", `melakukan` "do", `sekarang` "now").
    static let forms: Set<String> = ["melakukan", "dilakukan", "sebesar", "selama", "termasuk", "sekarang", "kembali", "per", "sebanyak", "sejumlah"]

    /// The roots of a sentence's words as candidates are counted: a form in `forms` is blanked
    /// (an empty root, which `allows` refuses), so that it neither counts nor joins a phrase.
    static func candidateRoots(_ text: SpottingText) -> [String] {
        text.words.map { forms.contains($0.surface.lowercased()) ? "" : $0.modelWord }
    }

    /// Whether `root` may stand in a candidate.
    static func allows(_ root: String) -> Bool {
        !roots.contains(root) && root.count > 1 && root.first?.isNumber != true
    }
}
