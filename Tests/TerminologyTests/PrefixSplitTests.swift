import Testing
@testable import Terminology

/// `IndonesianAffixes.prefixSplits` reads an ASCII word off its bytes (`ASCIIPrefixSplits`) and
/// any other word by `Character`: both readings must give the same splits in the same order,
/// since the analyser keeps the first of equally good readings.
@Suite struct PrefixSplitTests {
    /// Prefixes as written before a root, nasal forms and stacks included.
    static let prefixes = ["", "me", "mem", "men", "meng", "meny", "menge", "pe", "pem", "pen", "peng", "peny", "penge",
                           "ber", "be", "bel", "ter", "te", "per", "pel", "di", "ke", "se", "memper", "diper", "keber", "mempe"]

    /// Short and odd words at the edges of the rules: too short to leave a root, one-syllable
    /// roots after `menge-`, roots in `r` and `-er`, the `belajar` exceptions.
    static let edgeWords = ["", "m", "me", "men", "meng", "menge", "mengebom", "mengecek", "mengetahui", "pengeboman",
                            "belajar", "pelajar", "pelajaran", "bekerja", "beserta", "berunding", "terasa", "perundingan",
                            "te", "ter", "terer", "peer", "pemrakarsa", "memukul", "menyatakan", "mengangkat", "mengkaji",
                            "menghadapi", "menggali", "penari", "pedagang", "seseorang", "kesesuaian", "dimengerti"]

    @Test func asciiWordsSplitAsTheyDoByCharacter() {
        let roots = IndonesianLexicon.builtIn.words.sorted().enumerated().filter { $0.offset % 11 == 0 }.map(\.element)
        var words = Self.edgeWords
        for root in roots { words += Self.prefixes.map { $0 + root } }
        var differing: [String] = []
        for word in words where word.utf8.allSatisfy({ $0 < 0x80 }) {
            for outermost in [true, false]
            where IndonesianAffixes.prefixSplits(of: word, outermost: outermost)
                != IndonesianAffixes.characterPrefixSplits(of: word, outermost: outermost) {
                differing.append("\(word) outermost: \(outermost)")
            }
        }
        #expect(words.count > 10_000)
        #expect(differing.isEmpty, "\(differing.prefix(10))")
    }

    @Test func aWordWithALetterBeyondASCIIIsSplitByCharacter() {
        // `é` written as e + a combining accent is no `e`: `mé…` has no prefix `me`.
        for word in ["me\u{301}nulis", "mencélé", "pe\u{301}nari", "dikéja"] {
            #expect(IndonesianAffixes.prefixSplits(of: word, outermost: true)
                == IndonesianAffixes.characterPrefixSplits(of: word, outermost: true))
        }
        #expect(IndonesianAffixes.prefixSplits(of: "me\u{301}nulis", outermost: true).isEmpty)
    }
}
