import Testing
@testable import Terminology

/// `TermKeyFilter` lets the matcher skip the analysis of words that offer no trie key: it must
/// never skip one that offers a key, or a term would be lost.
@Suite struct TermKeyFilterTests {
    let matcher: TermMatcher
    let filter: TermKeyFilter

    init() throws {
        let files = Glossary.glossaryFiles(in: ShippedGlossaryTests.directory)
        matcher = TermMatcher(glossary: try Glossary.load(paths: files, lenient: false).0)
        filter = TermKeyFilter(keys: matcher.keyNumbers.keys)
    }

    /// Whether the analyser gives `word` a key the matcher's trie has.
    func offersKey(_ word: String) -> Bool {
        TermKeys.textKeys(for: matcher.morphology.analyse(word), morphology: matcher.morphology)
            .contains { matcher.keyNumbers[$0] != nil }
    }

    func skips(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { filter.offersNoKey($0) }
    }

    @Test func noAffixedCapitalisedOrCliticFormOfATermWordIsSkippedWhenItOffersAKey() {
        var distinct: Set<String> = []
        for term in matcher.glossary.entries.flatMap(\.indonesian) {
            for word in term.split(separator: " ") where !word.contains("-") { distinct.insert(String(word)) }
        }
        // Every third word, for time.
        let sorted = distinct.sorted()
        let termWords = stride(from: 0, to: sorted.count, by: 3).map { sorted[$0] }
        var checked = 0, skipped = 0
        for word in termWords {
            let lower = word.lowercased(), rest = String(lower.dropFirst())
            var forms: [String] = [word, lower, word.uppercased(), "x" + lower, lower + "q"]
            for (front, back) in [("", "nya"), ("", "kan"), ("", "annya"), ("di", "kan"), ("me", ""), ("ber", ""), ("pe", "an"),
                                  ("ke", "an"), ("ter", "lah"), ("Di", ""), ("ku", ""), ("", "pun"), ("se", "nya")] {
                forms.append(front + lower + back)
            }
            let nasal: [(String, String)]
            switch lower.first {
            case "p": nasal = [("mem", ""), ("pem", "an")]
            case "t": nasal = [("men", "kan"), ("pen", "")]
            case "s": nasal = [("meny", ""), ("peny", "an")]
            case "k": nasal = [("meng", "i"), ("peng", "")]
            default: nasal = []
            }
            for (front, back) in nasal { forms.append(front + rest + back) }
            if nasal.isEmpty { forms += ["meng" + lower, "mempe" + lower] }
            for form in forms {
                checked += 1
                guard skips(form) else { continue }
                skipped += 1
                #expect(!offersKey(form), "\(form) was skipped but offers a key")
            }
        }
        #expect(checked > 10_000)
        // The filter does skip words: the mangled forms above are mostly keyless.
        #expect(skipped > checked / 20, "skipped \(skipped) of \(checked)")
    }

    @Test func wordsWithNoKeyAreSkippedAndOthersKept() {
        for word in ["qqqq", "zzzzzz", "xyxyxy"] {
            #expect(skips(word), "\(word)")
        }
        // Non-ASCII and hyphenated words are always analysed.
        for word in ["Jum’at", "kafé", "negara-negara", "qq-zz"] {
            #expect(!skips(word), "\(word)")
        }
        for word in ["memperluas", "persenjataan", "pertahanannya", "AS", "rudal", "Rudalnya"] where offersKey(word) {
            #expect(!skips(word), "\(word)")
        }
    }
}
