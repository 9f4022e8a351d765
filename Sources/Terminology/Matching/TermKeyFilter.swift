import Foundation

/// Tells, from its letters alone, that a word of running text can offer none of the trie's keys,
/// so the matcher need not analyse it: most distinct words of a text are in no term.
///
/// Every key a word offers (see `TermKeys.textKeys`) is `#` + the word, or a root or stem the
/// analyser read off the word or its lower-case form. The analyser takes affixes off the front
/// and a suffix, a possessive and a particle off the end, in that order (`IndonesianAffixes`),
/// so a root is a run of letters that ends where such a tail begins, or such a run after a
/// `k p s t` the analyser restored (`memukul` → `pukul`); a root of one or two letters is the
/// whole word, since affixes and clitics need a longer one. A word none of whose runs ending
/// at a tail is a key (a restored consonant dropped, a short root only as the whole word) has
/// no key. The filter answers only for ASCII words without a hyphen; it keeps 64-bit hashes,
/// so a collision only costs an analysis.
struct TermKeyFilter: Sendable {
    /// Hashes, of the bytes last to first, of the keys (and roots without their first `k p s t`)
    /// that may be a run inside a word.
    private let runs: ByteHashSet
    /// Hashes of every key without its `#` or `=`, which may be the whole word.
    private let wholes: ByteHashSet
    /// Hashes of the `#` keys, the word exactly as written.
    private let exact: ByteHashSet
    /// The longest run worth hashing, in bytes.
    private let longestRun: Int

    init(keys: some Sequence<String>) {
        var runs: [String] = [], wholes: [String] = [], exact: [String] = []
        for key in keys {
            if key.hasPrefix("#") {
                exact.append(contentsOf: Self.asciiForms(String(key.dropFirst())))
                continue
            }
            let plain = key.hasPrefix("=") ? String(key.dropFirst()) : key
            wholes.append(contentsOf: Self.asciiForms(plain))
            guard plain.count >= 3 else { continue }
            runs.append(contentsOf: Self.asciiForms(plain))
            if !key.hasPrefix("="), let first = plain.first, "kpst".contains(first) {
                runs.append(contentsOf: Self.asciiForms(String(plain.dropFirst())))
            }
        }
        self.runs = ByteHashSet(runs, reversed: true)
        self.wholes = ByteHashSet(wholes, reversed: false)
        self.exact = ByteHashSet(exact, reversed: false)
        longestRun = runs.map(\.utf8.count).max() ?? 0
    }

    /// The ASCII strings equal to `key` as `String`s compare (canonically equivalent): the key
    /// itself when ASCII, its canonical decomposition when that is ASCII, else none.
    private static func asciiForms(_ key: String) -> [String] {
        if key.utf8.allSatisfy({ $0 < 0x80 }) { return [key] }
        let decomposed = key.decomposedStringWithCanonicalMapping
        return decomposed.utf8.allSatisfy({ $0 < 0x80 }) ? [decomposed] : []
    }

    /// Whether the word of `bytes` surely offers no key; false when it may, or is not plain ASCII
    /// without a hyphen.
    func offersNoKey(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard count > 0, count <= 64, !bytes.contains(where: { $0 >= 0x80 || $0 == 0x2D }) else { return false }
        if exact.contains(PieceWordTable.hash(bytes, 0..<count)) { return false }
        var lower = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        return withUnsafeMutableBytes(of: &lower) { raw in
            let lowered = raw.bindMemory(to: UInt8.self)
            var changed = false
            for index in 0..<count {
                let byte = bytes[index]
                lowered[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                changed = changed || lowered[index] != byte
            }
            let lowerBytes = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(lowered)[0..<count])
            return !mayHold(bytes) && (!changed || !mayHold(lowerBytes))
        }
    }

    /// Every tail the analyser may take off a word after its root: a suffix, then a possessive,
    /// then a particle, each optional.
    private static let tails: [[UInt8]] = {
        var tails: Set<[UInt8]> = []
        for suffix in [""] + IndonesianAffixes.suffixes {
            for possessive in [""] + IndonesianAffixes.possessives {
                for particle in [""] + IndonesianAffixes.particles { tails.insert(Array((suffix + possessive + particle).utf8)) }
            }
        }
        return tails.sorted { $0.count < $1.count }
    }()

    /// Whether `word` is a key that may be whole, or has a run ending at a tail that is a key.
    private func mayHold(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = word.count
        if wholes.contains(PieceWordTable.hash(word, 0..<count)) { return true }
        var previousEnd = -1
        for tail in Self.tails where tail.count < count {
            let end = count - tail.count
            guard end != previousEnd, word[end...].elementsEqual(tail) else { continue }
            previousEnd = end
            var hash = PieceWordTable.hashSeed
            var start = end - 1
            while start >= 0, end - start <= longestRun {
                hash = PieceWordTable.hashing(hash, word[start])
                if end - start >= 2, runs.contains(hash) { return true }
                start -= 1
            }
        }
        return false
    }
}
