/// The letters of a word as the prefix rules read them: each letter as its ASCII code, and any
/// letter that is not one ASCII code unit as 0 (a rule never tests it).
protocol PrefixSplitLetters {
    /// The number of letters.
    var count: Int { get }
    /// Letter `offset` (below `count`) as its ASCII code, or 0.
    func code(at offset: Int) -> UInt8
}

/// One way of reading a prefix off the front of a word: the prefix as written, where the rest
/// begins, and the consonant the prefix dropped, restored before the rest, if any.
struct PrefixCut: Equatable {
    var prefix: String
    var offset: Int
    var restoring: UInt8?
}

/// The prefix rules of Indonesian, written once over any letter view: every way a prefix can be
/// read off a word, in the order the analyser tries them, each with what remains of the word.
struct PrefixSplitRules<Letters: PrefixSplitLetters> {
    private let letters: Letters
    private var cuts: [PrefixCut]

    /// The rules over `letters`, their cuts appended to `cuts` (to reuse its storage).
    init(_ letters: Letters, appendingTo cuts: consuming [PrefixCut] = []) {
        self.letters = letters
        self.cuts = cuts
    }

    /// The cuts, after those given; `outermost` allows the prefixes that only stand first.
    consuming func cuts(outermost: Bool) -> [PrefixCut] {
        if outermost {
            nasal(agent: false)
            if has("di", at: 0) { add("di", 2) }
            if has("se", at: 0) { add("se", 2) }
        }
        if has("ke", at: 0) { add("ke", 2) }
        // se- inside another prefix: kesesuaian, menyesuaikan (ke-/meN- + sesuai, root suai).
        if !outermost, has("se", at: 0) { add("se", 2) }
        nasal(agent: true)
        if has("be", at: 0) { plain(full: "ber", short: "be") }
        if has("te", at: 0) { plain(full: "ter", short: "te") }
        if has("pe", at: 0) { plain(full: "per", short: "pe") }
        if has("belajar", at: 0) { add("bel", 3) }
        if has("pelajar", at: 0) { add("pel", 3) }
        return cuts
    }

    /// `ber-`, `ter-` and `per-` after their short form `short` was found.
    private mutating func plain(full: String, short: String) {
        if letter(2) == 0x72 {   // the full form: short + r
            add(full, 3)
            // ber-/ter-/per- lose their r before a root in r: berunding, terasa, perundingan.
            if short != "pe" { add(short, 2) }
        } else if short != "pe", has("er", at: 3) {
            // be-/te- before a first syllable in -er: bekerja, beserta, beternak.
            add(short, 2)
        }
    }

    /// The nasal prefixes `me-` (`agent` false) or `pe-` with their assimilated forms.
    private mutating func nasal(agent: Bool) {
        guard letter(0) == (agent ? 0x70 : 0x6D), letter(1) == 0x65 else { return }
        let base = agent ? "pe" : "me"
        // menge-/penge- stand before roots of one syllable (mengebom, pengecekan); longer roots
        // after menge- are meN- + ke- (mengetahui, mengemukakan), read through the restored k.
        if has("nge", at: 2), isMonosyllable(from: 5) { add(agent ? "penge" : "menge", 5) }
        if has("ng", at: 2), let first = letter(4) {
            if Self.isVowel(first) {
                add(agent ? "peng" : "meng", 4)
                add(agent ? "peng" : "meng", 4, restoring: 0x6B)
            } else if Self.isAny(first, of: "ghk") {
                add(agent ? "peng" : "meng", 4)
            }
        }
        if has("ny", at: 2), let first = letter(4), Self.isVowel(first) { add(agent ? "peny" : "meny", 4, restoring: 0x73) }
        if letter(2) == 0x6D, let first = letter(3) {
            if Self.isAny(first, of: "bfvp") { add(agent ? "pem" : "mem", 3) }
            // A dropped p: before a vowel (memukul), or before the r or l of a pr-/pl- root (pemrakarsa).
            if Self.isVowel(first) || Self.isAny(first, of: "rl") { add(agent ? "pem" : "mem", 3, restoring: 0x70) }
        }
        if letter(2) == 0x6E, !has("ng", at: 2), !has("ny", at: 2), let first = letter(3) {
            if Self.isAny(first, of: "dcjzts") { add(agent ? "pen" : "men", 3) }
            if Self.isVowel(first) { add(agent ? "pen" : "men", 3, restoring: 0x74) }
        }
        if let first = letter(2) {
            if Self.isAny(first, of: "lmnrwy") { add(base, 2) }
            // Non-nasal pe- of agent nouns (petani, pedagang, pejabat, pekerja, peserta).
            if agent, !Self.isVowel(first), !Self.isAny(first, of: "lmnrwy") { add(base, 2) }
        }
    }

    /// Whether the letters from `offset` on make one syllable: one vowel or one diphthong (`bom`,
    /// `cek`, `sah`; `tahu` and `luar` have two).
    private func isMonosyllable(from offset: Int) -> Bool {
        var syllables = 0
        var previousVowel: UInt8?
        for index in offset..<letters.count {
            let letter = letters.code(at: index)
            guard Self.isVowel(letter) else { previousVowel = nil; continue }
            if let previous = previousVowel, Self.isDiphthong(previous, letter) {
                previousVowel = nil
                continue
            }
            syllables += 1
            previousVowel = letter
        }
        return syllables == 1
    }

    /// Whether `prefix` is written at `offset`.
    private func has(_ prefix: StaticString, at offset: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard offset + count <= letters.count else { return false }
        let start = prefix.utf8Start
        for index in 0..<count where letters.code(at: offset + index) != start[index] { return false }
        return true
    }

    private func letter(_ offset: Int) -> UInt8? { offset < letters.count ? letters.code(at: offset) : nil }

    private static func isVowel(_ letter: UInt8) -> Bool {
        letter == 0x61 || letter == 0x65 || letter == 0x69 || letter == 0x6F || letter == 0x75
    }

    private static func isAny(_ letter: UInt8, of letters: StaticString) -> Bool {
        let start = letters.utf8Start
        for index in 0..<letters.utf8CodeUnitCount where start[index] == letter { return true }
        return false
    }

    /// `ai`, `au`, `ei`, `oi`.
    private static func isDiphthong(_ first: UInt8, _ second: UInt8) -> Bool {
        second == 0x69 ? first == 0x61 || first == 0x65 || first == 0x6F : second == 0x75 && first == 0x61
    }

    /// A cut with the rest from `offset`, after `initial` restored when given; none when fewer
    /// than two letters remain.
    private mutating func add(_ prefix: String, _ offset: Int, restoring initial: UInt8? = nil) {
        guard letters.count - offset >= 2 else { return }
        cuts.append(PrefixCut(prefix: prefix, offset: offset, restoring: initial))
    }
}
