/// Lines a wire desk adds around a story that are not part of it and rarely have a counterpart
/// in the translation: credit lines in brackets (`(ant/rdn)`, `(Padan)`, `[AP]`), labelled lines
/// without a closing full stop (`Baca juga: …`, `Editor: …`, `Sumber: Antara`, `Read more: …`),
/// and stubs of a few words without one (`Source link`, `Advertisement`).
///
///     BoilerplateLine.matches("(ant/rdn)")                                   // true
///     BoilerplateLine.matches("Baca juga: Harga Cabai Naik Lagi")            // true
///     BoilerplateLine.matches("Sumber: BPS menyebut inflasi 2,5 persen.")    // false: a sentence
///
/// The aligner leaves such a line out as cheaply as it pairs a sentence, and never folds it into
/// a merge; it still pairs it 1-1 when the other side carries it too.
enum BoilerplateLine {
    /// The most words of a bracketed credit line.
    static let creditWords = 4
    /// The most words of a label before its colon.
    static let labelWords = 3
    /// The most words of an unlabelled stub.
    static let stubWords = 3

    /// Whether `line` looks like a credit line, a labelled link or a stub rather than a sentence.
    static func matches(_ line: String) -> Bool {
        let text = line.unicodeScalars.drop { $0.properties.isWhitespace }.reversed().drop { $0.properties.isWhitespace }.reversed()
        guard let first = text.first, let last = text.last else { return false }
        if "([".unicodeScalars.contains(first), ")]".unicodeScalars.contains(last) { return wordCount(text) <= creditWords }
        if ".!?\"\u{201D}'\u{2019}".unicodeScalars.contains(last) { return false }
        if wordCount(text) <= stubWords { return true }
        guard let colon = text.firstIndex(of: ":") else { return false }
        let label = text[..<colon]
        return !label.isEmpty && label.allSatisfy { $0.properties.isAlphabetic || $0 == " " } && wordCount(label) <= labelWords
    }

    /// Runs of letters or digits.
    private static func wordCount(_ scalars: some Sequence<Unicode.Scalar>) -> Int {
        var count = 0, inWord = false
        for scalar in scalars {
            let isWordScalar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordScalar, !inWord { count += 1 }
            inWord = isWordScalar
        }
        return count
    }
}
