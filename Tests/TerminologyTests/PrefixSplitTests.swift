import Testing
@testable import Terminology

/// The prefix rules (`PrefixSplitRules`) are written once and read a word through a letter view:
/// its bytes when ASCII (`ASCIILetters`), else its `Character`s (`CharacterLetters`). Both views
/// must give the same splits in the same order, since the analyser keeps the first of equally
/// good readings, and the rules must give the splits Indonesian spelling asks for.
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

    static func byteSplits(_ word: String, outermost: Bool) -> [IndonesianAffixes.Split]? {
        var word = word
        return word.withUTF8 { ASCIILetters($0).map { IndonesianAffixes.prefixSplits(of: $0, outermost: outermost) } }
    }

    @Test func bothLetterViewsOfAnASCIIWordSplitAlike() throws {
        let roots = IndonesianLexicon.builtIn.words.sorted().enumerated().filter { $0.offset % 11 == 0 }.map(\.element)
        var words = Self.edgeWords
        for root in roots { words += Self.prefixes.map { $0 + root } }
        var differing: [String] = [], checked = 0
        for word in words where word.utf8.allSatisfy({ $0 < 0x80 }) {
            for outermost in [true, false] {
                let bytes = try #require(Self.byteSplits(word, outermost: outermost))
                checked += 1
                if bytes != IndonesianAffixes.characterPrefixSplits(of: word, outermost: outermost) {
                    differing.append("\(word) outermost: \(outermost)")
                }
            }
        }
        #expect(checked > 20_000)
        #expect(differing.isEmpty, "\(differing.prefix(10))")
    }

    /// Splits as `prefix remainder` (`+` when a dropped consonant was restored), in rule order.
    @Test(arguments: [
        ("memukul", true, ["mem+ pukul", "me mukul"]),
        ("menyatakan", true, ["meny+ satakan", "me nyatakan"]),
        ("mengangkat", true, ["meng angkat", "meng+ kangkat", "me ngangkat"]),
        ("mengebom", true, ["menge bom", "meng ebom", "meng+ kebom", "me ngebom"]),
        ("mengetahui", true, ["meng etahui", "meng+ ketahui", "me ngetahui"]),
        ("berunding", true, ["ber unding", "be runding"]),
        ("bekerja", true, ["be kerja"]),
        ("perundingan", true, ["pe rundingan", "per undingan"]),
        ("pedagang", false, ["pe dagang"]),
        ("kesesuaian", true, ["ke sesuaian"]),
        ("sesuaian", false, ["se suaian"]),
        ("belajar", true, ["bel ajar"]),
        ("dimengerti", true, ["di mengerti"]),
    ])
    func theRulesSplitAsIndonesianSpellingDoes(word: String, outermost: Bool, expected: [String]) throws {
        let described = { (splits: [IndonesianAffixes.Split]) in
            splits.map { "\($0.prefix)\($0.restored ? "+" : "") \($0.remainder)" }
        }
        #expect(described(try #require(Self.byteSplits(word, outermost: outermost))) == expected)
        #expect(described(IndonesianAffixes.characterPrefixSplits(of: word, outermost: outermost)) == expected)
    }

    @Test func aLetterBeyondASCIIIsReadByCharacterAndMatchesNoRuleLetter() {
        // `é` written as e + a combining accent is no `e`: `mé…` has no prefix `me`.
        #expect(Self.byteSplits("me\u{301}nulis", outermost: true) == nil)
        #expect(IndonesianAffixes.prefixSplits(of: "me\u{301}nulis", outermost: true).isEmpty)
        #expect(IndonesianAffixes.prefixSplits(of: "pe\u{301}nari", outermost: true).isEmpty)
        // A word with a non-ASCII letter later on still splits, its remainder kept as written.
        #expect(IndonesianAffixes.prefixSplits(of: "dikéja", outermost: true)
            == [.init(prefix: "di", remainder: "kéja", restored: false)])
        #expect(IndonesianAffixes.prefixSplits(of: "mencélé", outermost: true)
            == [.init(prefix: "men", remainder: "célé", restored: false), .init(prefix: "me", remainder: "ncélé", restored: false)])
        // CR LF is one `Character`: the byte view does not read it.
        #expect(Self.byteSplits("di\r\nam", outermost: true) == nil)
    }
}
