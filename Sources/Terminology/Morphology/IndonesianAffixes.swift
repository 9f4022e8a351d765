/// The affix inventory of Indonesian and the spelling rules that join affixes to roots.
enum IndonesianAffixes {
    /// Particles, outermost: `bukankah`, `dialah`, `itupun`.
    static let particles = ["lah", "kah", "tah", "pun"]
    /// Possessive pronoun clitics, inside the particles: `senjatanya`, `negaraku`.
    static let possessives = ["nya", "ku", "mu"]
    /// Every clitic, for hyphenated forms (`TNI-nya`).
    static let clitics = Set(particles + possessives)
    /// Derivational suffixes, tried in this order.
    static let suffixes = ["kan", "an", "i"]

    static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// Roots that take a bare `ke-` (without `-an`): numerals and a few lexicalised forms.
    static let bareKeRoots: Set<String> = ["dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
                                           "sepuluh", "seratus", "tua", "kasih", "hendak", "satu"]

    /// Prefix + suffix pairs that never form a confix (Indonesian morphotactics).
    static func isAllowedConfix(prefix: String, suffix: String?) -> Bool {
        guard let suffix else { return true }
        switch (canonical(prefix), suffix) {
        case ("ber", "i"), ("di", "an"), ("ke", "i"), ("ke", "kan"), ("meN", "an"), ("se", "i"), ("se", "kan"), ("ter", "an"):
            return false
        default:
            return true
        }
    }

    /// The prefix's underlying form: `meng` → `meN`, `be` → `ber`.
    static func canonical(_ prefix: String) -> String {
        switch prefix {
        case "me", "mem", "men", "meng", "meny", "menge": "meN"
        case "pem", "pen", "peng", "peny", "penge": "peN"
        case "be", "bel", "ber": "ber"
        case "te", "ter": "ter"
        case "pe", "pel", "per": "per"
        default: prefix
        }
    }

    /// Whether `root` has one syllable: one vowel or one diphthong (`bom`, `cek`, `sah`; `tahu` and
    /// `luar` have two).
    static func isMonosyllable(_ root: Substring) -> Bool {
        var syllables = 0
        var previousVowel: Character?
        for letter in root {
            guard vowels.contains(letter) else { previousVowel = nil; continue }
            if let previous = previousVowel, diphthongs.contains(String([previous, letter])) {
                previousVowel = nil
                continue
            }
            syllables += 1
            previousVowel = letter
        }
        return syllables == 1
    }

    static let diphthongs: Set<String> = ["ai", "au", "ei", "oi"]

    /// One way of reading a prefix off the front of a word: the prefix as written, the remainder
    /// as the root would be spelled, and whether a dropped initial consonant was restored.
    struct Split: Equatable {
        var prefix: String
        var remainder: String
        var restored: Bool
    }

    /// Every way a prefix can be read off `word`; `outermost` allows the prefixes that only stand
    /// first. An ASCII word is read off its bytes (`ASCIIPrefixSplits`), any other by `Character`.
    static func prefixSplits(of word: String, outermost: Bool) -> [Split] {
        var bytes = word
        return bytes.withUTF8 { ASCIIPrefixSplits(of: $0)?.splits(outermost: outermost) }
            ?? characterPrefixSplits(of: word, outermost: outermost)
    }

    /// `prefixSplits(of:outermost:)` read by `Character`, for any word.
    static func characterPrefixSplits(of word: String, outermost: Bool) -> [Split] {
        var splits: [Split] = []
        func add(_ prefix: String, _ remainder: Substring, restoring initial: Character? = nil) {
            guard remainder.count >= 2 else { return }
            if let initial {
                splits.append(Split(prefix: prefix, remainder: String(initial) + remainder, restored: true))
            } else {
                splits.append(Split(prefix: prefix, remainder: String(remainder), restored: false))
            }
        }
        func nasal(_ base: String) {   // "me" or "pe"
            guard word.hasPrefix(base) else { return }
            let afterBase = word.dropFirst(base.count)
            // menge-/penge- stand before roots of one syllable (mengebom, pengecekan); longer roots
            // after menge- are meN- + ke- (mengetahui, mengemukakan), read through the restored k.
            if afterBase.hasPrefix("nge"), isMonosyllable(afterBase.dropFirst(3)) { add(base + "nge", afterBase.dropFirst(3)) }
            if afterBase.hasPrefix("ng") {
                let rest = afterBase.dropFirst(2)
                if let first = rest.first {
                    if vowels.contains(first) { add(base + "ng", rest); add(base + "ng", rest, restoring: "k") }
                    else if "ghk".contains(first) { add(base + "ng", rest) }
                }
            }
            if afterBase.hasPrefix("ny") {
                let rest = afterBase.dropFirst(2)
                if let first = rest.first, vowels.contains(first) { add(base + "ny", rest, restoring: "s") }
            }
            if afterBase.hasPrefix("m") {
                let rest = afterBase.dropFirst(1)
                if let first = rest.first {
                    if "bfvp".contains(first) { add(base + "m", rest) }
                    // A dropped p: before a vowel (memukul), or before the r or l of a pr-/pl- root (pemrakarsa).
                    if vowels.contains(first) || "rl".contains(first) { add(base + "m", rest, restoring: "p") }
                }
            }
            if afterBase.hasPrefix("n") && !afterBase.hasPrefix("ng") && !afterBase.hasPrefix("ny") {
                let rest = afterBase.dropFirst(1)
                if let first = rest.first {
                    if "dcjzts".contains(first) { add(base + "n", rest) }
                    if vowels.contains(first) { add(base + "n", rest, restoring: "t") }
                }
            }
            if let first = afterBase.first {
                if "lmnrwy".contains(first) { add(base, afterBase) }
                // Non-nasal pe- of agent nouns (petani, pedagang, pejabat, pekerja, peserta).
                if base == "pe", !vowels.contains(first), !"lmnrwy".contains(first) { add(base, afterBase) }
            }
        }
        if outermost {
            nasal("me")
            if word.hasPrefix("di") { add("di", word.dropFirst(2)) }
            if word.hasPrefix("se") { add("se", word.dropFirst(2)) }
        }
        if word.hasPrefix("ke") { add("ke", word.dropFirst(2)) }
        // se- inside another prefix: kesesuaian, menyesuaikan (ke-/meN- + sesuai, root suai).
        if !outermost, word.hasPrefix("se") { add("se", word.dropFirst(2)) }
        nasal("pe")
        for (full, short) in [("ber", "be"), ("ter", "te"), ("per", "pe")] where word.hasPrefix(short) {
            if word.hasPrefix(full) {
                add(full, word.dropFirst(3))
                // ber-/ter-/per- lose their r before a root in r: berunding, terasa, perundingan.
                if short != "pe" { add(short, word.dropFirst(2)) }
            } else if short != "pe", word.dropFirst(3).hasPrefix("er") {
                // be-/te- before a first syllable in -er: bekerja, beserta, beternak.
                add(short, word.dropFirst(2))
            }
        }
        if word.hasPrefix("belajar") { add("bel", word.dropFirst(3)) }
        if word.hasPrefix("pelajar") { add("pel", word.dropFirst(3)) }
        return splits
    }
}
