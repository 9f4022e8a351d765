import ArgumentParser
import TMX

/// `padan-dev generate-tmx`: a deterministic synthetic Indonesian–English memory for benchmarks.
struct GenerateTMX: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-tmx",
        abstract: "Write a deterministic synthetic id–en TMX file of news-like sentences.",
        discussion: """
            The same --units and --seed always give the same bytes. About one unit in seven has \
            paired bold tags, one in eleven a placeholder, one in thirteen a note; every unit has \
            dates, a creator and a prop, as CAT-tool exports do.

            Examples:
              padan-dev generate-tmx --units 200000 -o /tmp/bench.tmx
            """
    )

    @Option(help: "How many translation units to write.")
    var units = 200_000

    @Option(help: "The seed of the pseudo-random sequence.")
    var seed: UInt64 = 2024

    @Option(name: .shortAndLong, help: "The TMX file to write (- for standard output).")
    var output: String

    func run() async throws {
        var random = SplitMix64(seed: seed)
        let writer = try TMXWriter(path: output, header: .padan(toolVersion: "bench"))
        for number in 1...max(units, 1) {
            try writer.write(SyntheticNews.unit(number: number, random: &random))
        }
        try writer.finish()
    }
}

/// A small, fast, reproducible pseudo-random generator (SplitMix64).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Sentence templates filled from parallel word lists, so each unit is a plausible pair.
enum SyntheticNews {
    private static let actors: [(String, String)] = [
        ("Menteri Pertahanan", "The defence minister"), ("Panglima TNI", "The armed forces commander"),
        ("Presiden", "The president"), ("Juru bicara Kementerian Luar Negeri", "A foreign ministry spokesperson"),
        ("Kepala Staf Angkatan Laut", "The navy chief of staff"), ("Duta besar Korea Selatan", "The South Korean ambassador"),
        ("Komisi I DPR", "Parliament's defence commission"), ("Kepala Badan Intelijen Negara", "The head of the state intelligence agency"),
    ]
    private static let actions: [(String, String)] = [
        ("meninjau latihan gabungan di", "reviewed a joint exercise in"), ("mengumumkan pembelian kapal patroli untuk", "announced the purchase of patrol boats for"),
        ("bertemu pejabat militer di", "met military officials in"), ("menolak klaim asing atas perairan", "rejected foreign claims to the waters of"),
        ("meresmikan pangkalan baru di", "opened a new base in"), ("membahas kerja sama keamanan dengan mitra di", "discussed security cooperation with partners in"),
    ]
    private static let places: [(String, String)] = [
        ("Natuna", "Natuna"), ("Seoul", "Seoul"), ("Surabaya", "Surabaya"), ("Laut Cina Selatan", "the South China Sea"),
        ("Papua", "Papua"), ("Busan", "Busan"), ("Jakarta", "Jakarta"), ("Selat Malaka", "the Malacca Strait"),
    ]
    private static let days: [(String, String)] = [
        ("Senin", "on Monday"), ("Selasa", "on Tuesday"), ("Rabu", "on Wednesday"), ("Kamis", "on Thursday"), ("Jumat", "on Friday"),
    ]
    private static let tails: [(String, String)] = [
        ("dengan melibatkan %d prajurit", "involving %d troops"), ("dengan anggaran Rp%d miliar", "with a budget of Rp%d billion"),
        ("setelah %d hari perundingan", "after %d days of talks"), ("bersama %d kapal perang", "together with %d warships"),
    ]

    static func unit(number: Int, random: inout SplitMix64) -> TranslationUnit {
        let actor = actors.randomElement(using: &random)!
        let action = actions.randomElement(using: &random)!
        let place = places.randomElement(using: &random)!
        let day = days.randomElement(using: &random)!
        let tail = tails.randomElement(using: &random)!
        let figure = Int.random(in: 2...5_000, using: &random)
        let tailID = tail.0.replacingOccurrences(of: "%d", with: "\(figure)")
        let tailEN = tail.1.replacingOccurrences(of: "%d", with: "\(figure)")
        var indonesian: [InlineContent]
        var english: [InlineContent]
        if number % 7 == 0 {
            let open = InlineTag(.bpt, attributes: [TMXAttribute("i", "1"), TMXAttribute("type", "bold")], content: [.text("<b>")])
            let close = InlineTag(.ept, attributes: [TMXAttribute("i", "1")], content: [.text("</b>")])
            indonesian = [.text("\(actor.0) "), .tag(open), .text(action.0 + " " + place.0), .tag(close), .text(" pada \(day.0), \(tailID).")]
            english = [.text("\(actor.1) "), .tag(open), .text(action.1 + " " + place.1), .tag(close), .text(" \(day.1), \(tailEN).")]
        } else {
            indonesian = [.text("\(actor.0) \(action.0) \(place.0) pada \(day.0), \(tailID).")]
            english = [.text("\(actor.1) \(action.1) \(place.1) \(day.1), \(tailEN).")]
        }
        if number % 11 == 0 {
            let footnote = InlineContent.tag(InlineTag(.ph, attributes: [TMXAttribute("x", "2"), TMXAttribute("type", "footnote")], content: [.text("[\(number % 9 + 1)]")]))
            indonesian.append(footnote)
            english.append(footnote)
        }
        let second = number % 3_600
        let date = "2024\(String(format2: 1 + number % 12))\(String(format2: 1 + number % 28))T\(String(format2: second / 60 % 24))\(String(format2: second % 60))00Z"
        return TranslationUnit(
            attributes: [TMXAttribute("tuid", "bench-\(number)"), TMXAttribute("creationdate", date), TMXAttribute("creationid", "desk")],
            notes: number % 13 == 0 ? [TMXNote("Checked against the wire original.")] : [],
            properties: [TMXProperty(type: "x-desk", value: number % 2 == 0 ? "internasional" : "nasional")],
            variants: [
                TranslationVariant(language: "id", segment: Segment(indonesian)),
                TranslationVariant(language: "en", segment: Segment(english)),
            ]
        )
    }
}

private extension String {
    /// Two digits, zero-padded.
    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}
