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

    /// One way of reading a prefix off the front of a word: the prefix as written, the remainder
    /// as the root would be spelled, and whether a dropped initial consonant was restored.
    struct Split: Equatable {
        var prefix: String
        var remainder: String
        var restored: Bool
    }

    /// Every way a prefix can be read off `word`; `outermost` allows the prefixes that only stand
    /// first (`PrefixSplitRules`). An ASCII word is read off its bytes, any other by `Character`.
    static func prefixSplits(of word: String, outermost: Bool) -> [Split] {
        var bytes = word
        return bytes.withUTF8 { ASCIILetters($0).map { prefixSplits(of: $0, outermost: outermost) } }
            ?? characterPrefixSplits(of: word, outermost: outermost)
    }

    /// `prefixSplits(of:outermost:)` read by `Character`, for any word.
    static func characterPrefixSplits(of word: String, outermost: Bool) -> [Split] {
        prefixSplits(of: CharacterLetters(word), outermost: outermost)
    }

    /// `prefixSplits(of:outermost:)` of a word read through `letters`.
    static func prefixSplits(of letters: some WordLetters, outermost: Bool) -> [Split] {
        let whole = LetterSpan(initial: nil, range: 0..<letters.count)
        return PrefixSplitRules(SpanLetters(word: letters, span: whole)).cuts(outermost: outermost).map { cut in
            Split(prefix: cut.prefix, remainder: letters.string(of: whole.remainder(from: cut.offset, restoring: cut.restoring)),
                  restored: cut.restoring != nil)
        }
    }
}
