/// Whether an Indonesian root and an English stem are spelt alike enough to be one name or
/// loanword (`bangkrut` and `bankrupt`, `servis` and `service`, `teknologi` and `technology`):
/// both at least `shortest` letters, the same first letter once `k` and `c` are read as one
/// letter (`krisis`, `crisis`), and a longest common subsequence of the two read so covering at least `threshold` of their letters (Dice: 2 · LCS / (m + n)).
///
///     SpellingSimilarity.alike("bangkrut", "bankrupt")   // true
///     SpellingSimilarity.alike("rumah", "house")         // false
enum SpellingSimilarity {
    static let shortest = 4
    static let threshold = 0.75

    static func alike(_ indonesian: String, _ english: String) -> Bool {
        // The cheap tests first: most pairs of a sentence pair fail them.
        let m = indonesian.utf8.count, n = english.utf8.count
        guard m >= shortest, n >= shortest, 2 * Double(min(m, n)) >= threshold * Double(m + n),
              let first = indonesian.utf8.first, let other = english.utf8.first, letter(first) == letter(other) else { return false }
        return 2 * Double(commonSubsequence(normalised(indonesian), normalised(english))) >= threshold * Double(m + n)
    }

    /// The spelling as UTF-8 bytes, `k` read as `c` (`kamera`, `camera`).
    private static func normalised(_ word: String) -> [UInt8] {
        word.utf8.map(letter)
    }

    private static func letter(_ byte: UInt8) -> UInt8 {
        byte == UInt8(ascii: "k") ? UInt8(ascii: "c") : byte
    }

    /// The length of the longest common subsequence.
    private static func commonSubsequence(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var previous = [Int](repeating: 0, count: b.count + 1), current = previous
        for x in a {
            for (j, y) in b.enumerated() {
                current[j + 1] = x == y ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
