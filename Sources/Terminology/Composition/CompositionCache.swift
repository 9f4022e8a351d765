/// What `PhraseComposer`'s rules read off each glossary entry and each matched word, worked out
/// once per entry and per distinct word for one `compositions(in:matches:)` call: a long text
/// has hundreds of thousands of adjacent matches but only as many entries and word forms as the
/// glossary and its inflections, and each rule reads an entry's note, English and terms, or
/// analyses a match's last word, again for every pair.
///
/// Entries are found by the storage of their `indonesian` array, which every match copied from
/// one glossary entry shares, and confirmed equal to the one cached before its traits are used
/// (an equality that the shared storage makes cheap), so an entry changed after copying is never
/// given another's traits.
final class CompositionCache {
    /// The facts of one entry the composition rules use, each as `PhraseComposer` computes it
    /// (a class, so that handing them out retains one object, not each string).
    final class EntryTraits {
        /// The note's composition sentence (`CompositionNote(note:)`).
        let note: CompositionNote?
        /// Whether the preferred English can stand inside a phrase (none of `()/;,`).
        let hasPhraseEnglish: Bool
        /// `PhraseComposer.modifierForm(of:asNoun:)` with `asNoun` false and true.
        let modifierForm: String?
        let modifierFormAsNoun: String?
        /// The preferred English in lower case.
        let lowercasedEnglish: String
        /// Whether no Indonesian term of the entry is written capitalised.
        let isWrittenLowerCase: Bool

        init(_ entry: TermEntry) {
            note = CompositionNote(note: entry.note)
            hasPhraseEnglish = !entry.english.contains { "()/;,".contains($0) }
            modifierForm = PhraseComposer.modifierForm(of: entry)
            modifierFormAsNoun = PhraseComposer.modifierForm(of: entry, asNoun: true)
            lowercasedEnglish = entry.english.lowercased()
            isWrittenLowerCase = entry.indonesian.allSatisfy { $0.first?.isUppercase != true }
        }

        /// The modifier form for `asNoun`.
        func modifierForm(asNoun: Bool) -> String? {
            asNoun ? modifierFormAsNoun : modifierForm
        }
    }

    private let morphology: IndonesianMorphology
    /// The entries met so far and their traits, in the order met.
    private var entries: [TermEntry] = []
    private var entryTraits: [EntryTraits] = []
    /// Where in `entries` each entry is, by the address of its `indonesian` storage.
    private var entryIndex: [UInt: Int] = [:]
    /// Analyses of the last word of a match, by the match's text as written.
    private var lastWords: [String: WordAnalysis] = [:]

    init(morphology: IndonesianMorphology) {
        self.morphology = morphology
    }

    /// The traits of `entry`, worked out on first use.
    /// An entry that shares its storage with another one met before but differs from it
    /// (changed after copying) is worked out anew each time.
    func traits(of entry: TermEntry) -> EntryTraits {
        let address = entry.indonesian.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        if let index = entryIndex[address] {
            return entries[index] == entry ? entryTraits[index] : EntryTraits(entry)
        }
        let traits = EntryTraits(entry)
        entryIndex[address] = entries.count
        entries.append(entry)
        entryTraits.append(traits)
        return traits
    }

    /// The analysis of the last word of `matchedText` (after its last space), analysed on first use.
    func lastWordAnalysis(of matchedText: String) -> WordAnalysis {
        if let known = lastWords[matchedText] { return known }
        let word = matchedText.lastIndex(of: " ").map { matchedText[matchedText.index(after: $0)...] } ?? matchedText[...]
        let analysis = morphology.analyse(String(word))
        lastWords[matchedText] = analysis
        return analysis
    }

    /// Whether `text` contains `other`, as `StringProtocol.contains(_:)` answers: by bytes when
    /// both are ASCII (where the two agree), else by that call.
    static func contains(_ text: String, _ other: String) -> Bool {
        let bytes = text.utf8, otherBytes = other.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }), otherBytes.allSatisfy({ $0 < 0x80 }) else { return text.contains(other) }
        if otherBytes.isEmpty { return text.contains(other) }
        guard otherBytes.count <= bytes.count else { return false }
        let first = otherBytes.first!
        var start = bytes.startIndex
        for _ in 0...(bytes.count - otherBytes.count) {
            if bytes[start] == first, bytes[start...].starts(with: otherBytes) { return true }
            start = bytes.index(after: start)
        }
        return false
    }
}
