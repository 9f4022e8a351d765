import Testing
@testable import Terminology

/// The analysis of a common word (`CommonWordReader`) is written once and reads the word through
/// a letter view: its bytes when ASCII, with hashes in place of `String`s for the readings it
/// rejects, else its `Character`s. Both must reach the same analysis of every word, since the
/// first of equally good readings wins and a hash that misses a listed root loses a reading.
@Suite struct CommonWordReaderTests {
    static let morphology = IndonesianMorphology.shared

    static func analyses(of word: String) -> (bytes: WordAnalysis?, characters: WordAnalysis) {
        var utf8 = word
        let bytes = utf8.withUTF8 { bytes in
            ASCIILetters(bytes).map { letters in
                var reader = CommonWordReader(morphology: morphology, letters: letters)
                return reader.analysis(of: word, original: word)
            }
        }
        var reader = CommonWordReader(morphology: morphology, letters: CharacterLetters(word))
        return (bytes, reader.analysis(of: word, original: word))
    }

    /// Roots of the built-in lexicon with prefixes (nasal forms and stacks, dropped consonants
    /// included), suffixes and clitics around them, and words the rules must leave alone.
    @Test func bothLetterViewsOfAnASCIIWordReadItAlike() throws {
        let roots = IndonesianLexicon.builtIn.words.sorted().enumerated().filter { $0.offset % 4 == 0 }.map(\.element)
        let prefixes = ["", "meng", "mem", "men", "meny", "me", "penge", "pe", "per", "ber", "ter", "di", "ke", "se", "memper",
                        "diper", "keber", "ku", "kau"]
        let tails = ["", "kan", "an", "i", "nya", "lah", "kah", "pun", "ku", "mu", "kannya", "annya", "inyalah"]
        var words = ["", "a", "di", "ke", "nya", "menyatakan", "memukul", "kesesuaian", "berita", "memakai"]
        for (index, root) in roots.enumerated() {
            let prefix = prefixes[index % prefixes.count], tail = tails[index % tails.count]
            // A root in k p s t also with its first letter dropped, as after a nasal prefix.
            let forms = "kpst".contains(root.first ?? " ") ? [root, String(root.dropFirst())] : [root]
            for form in forms { words += [prefix + form + tail, prefix + form, form + tail] }
        }
        var differing: [String] = [], derived = 0, restored = 0
        for word in words where word.utf8.allSatisfy({ $0 < 0x80 }) {
            let (bytes, characters) = Self.analyses(of: word)
            if try #require(bytes) != characters { differing.append(word) }
            if characters.isDerived { derived += 1 }
            if characters.prefixes.contains(where: { ["meng", "mem", "men", "meny"].contains($0) }) { restored += 1 }
        }
        #expect(words.count > 2_000)
        // The words exercise the prefix search, not only listed words.
        #expect(derived > words.count / 4)
        #expect(restored > 50)
        #expect(differing.isEmpty, "\(differing.prefix(10))")
    }

    @Test func aWordBeyondASCIIIsReadByCharacter() {
        // No byte view: an accent, or CR LF, which is one `Character`.
        #expect(Self.analyses(of: "pemérintahan").bytes == nil)
        #expect(Self.analyses(of: "ber\r\nita").bytes == nil)
        // Affixes around a root with a letter beyond ASCII are read off its `Character`s.
        let morphology = IndonesianMorphology(lexicon: IndonesianLexicon(words: ["kafé", "tékan"]))
        let clitic = morphology.analyse("kafénya")
        #expect(clitic.base == "kafé" && clitic.clitics == ["nya"])
        let derived = morphology.analyse("ditékankan")
        #expect(derived.base == "tékan" && derived.prefixes == ["di"] && derived.suffix == "kan" && derived.stem == "ditékankan")
        // An accent written as e + a combining mark is the same letter as `é`.
        #expect(morphology.analyse("dite\u{301}kankan").base == "tékan")
    }
}
