/// A light English stemmer for the word-translation model: lower case, and the commonest
/// inflections taken off (`missiles` → `missile`, `signed` → `sign`, `talks` → `talk`,
/// `countries` → `country`, `signing` → `sign`), so one Indonesian root meets one English word
/// whatever its number or tense. Light on purpose: derivations (`national`, `nation`) stay apart,
/// as the Indonesian side keeps `nasional` and `negara` apart.
///
///     EnglishStem.stem("Countries")   // "country"
public enum EnglishStem {
    /// The stem of `word` (letters only expected; anything else is lower-cased and returned).
    public static func stem(_ word: String) -> String {
        let word = word.lowercased()
        let count = word.utf8.count
        guard count > 3 else { return word }
        if word.hasSuffix("ies"), count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("ing"), count > 5 { return undouble(String(word.dropLast(3))) }
        if word.hasSuffix("ied"), count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("eed") { return word }
        if word.hasSuffix("ed"), count > 4 { return undouble(String(word.dropLast(2))) }
        if word.hasSuffix("sses") || word.hasSuffix("ches") || word.hasSuffix("shes") || word.hasSuffix("xes") {
            return String(word.dropLast(2))
        }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
            return String(word.dropLast())
        }
        return word
    }

    /// `stopp` → `stop`, `plann` → `plan`: a doubled final consonant left by `-ed` or `-ing`.
    private static func undouble(_ stem: String) -> String {
        let scalars = Array(stem.unicodeScalars)
        guard scalars.count >= 3, let last = scalars.last, scalars[scalars.count - 2] == last,
              !"aeiouslz".unicodeScalars.contains(last) else { return stem }
        return String(stem.dropLast())
    }
}
