/// `IndonesianAffixes.prefixSplits(of:outermost:)` for a word of ASCII bytes, read off the bytes:
/// the same splits in the same order, without a `Character` or a `Substring`. In ASCII without
/// a carriage return every byte is one `Character`, so each rule tests the same letters.
struct ASCIIPrefixSplits {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var splits: [IndonesianAffixes.Split] = []

    /// The reader of `bytes`, or `nil` when they are not ASCII without a carriage return.
    init?(of bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
        self.bytes = bytes
    }

    /// The splits, as `IndonesianAffixes.prefixSplits(of:outermost:)` gives them.
    consuming func splits(outermost: Bool) -> [IndonesianAffixes.Split] {
        if outermost {
            nasal(agent: false)
            if has("di", at: 0) { add("di", 2) }
            if has("se", at: 0) { add("se", 2) }
        }
        if has("ke", at: 0) { add("ke", 2) }
        if !outermost, has("se", at: 0) { add("se", 2) }
        nasal(agent: true)
        if has("be", at: 0) { plain(full: "ber", short: "be") }
        if has("te", at: 0) { plain(full: "ter", short: "te") }
        if has("pe", at: 0) { plain(full: "per", short: "pe") }
        if has("belajar", at: 0) { add("bel", 3) }
        if has("pelajar", at: 0) { add("pel", 3) }
        return splits
    }

    /// `ber-`, `ter-` and `per-` after their short form `short` was found.
    private mutating func plain(full: String, short: String) {
        if bytes.count > 2, bytes[2] == 0x72 {   // the full form: short + r
            add(full, 3)
            // ber-/ter-/per- lose their r before a root in r: berunding, terasa, perundingan.
            if short != "pe" { add(short, 2) }
        } else if short != "pe", has("er", at: 3) {
            // be-/te- before a first syllable in -er: bekerja, beserta, beternak.
            add(short, 2)
        }
    }

    /// The nasal prefixes `me-` (`agent` false) or `pe-` with their assimilated forms.
    private mutating func nasal(agent: Bool) {
        guard byte(0) == (agent ? 0x70 : 0x6D), byte(1) == 0x65 else { return }
        let base = agent ? "pe" : "me"
        // menge-/penge- stand before roots of one syllable (mengebom, pengecekan); longer roots
        // after menge- are meN- + ke- (mengetahui, mengemukakan), read through the restored k.
        if has("nge", at: 2), isMonosyllable(from: 5) { add(agent ? "penge" : "menge", 5) }
        if has("ng", at: 2), let first = byte(4) {
            if Self.isVowel(first) {
                add(agent ? "peng" : "meng", 4)
                add(agent ? "peng" : "meng", 4, restoring: 0x6B)
            } else if first == 0x67 || first == 0x68 || first == 0x6B {
                add(agent ? "peng" : "meng", 4)
            }
        }
        if has("ny", at: 2), let first = byte(4), Self.isVowel(first) { add(agent ? "peny" : "meny", 4, restoring: 0x73) }
        if byte(2) == 0x6D, let first = byte(3) {
            if Self.isAny(first, of: "bfvp") { add(agent ? "pem" : "mem", 3) }
            // A dropped p: before a vowel (memukul), or before the r or l of a pr-/pl- root (pemrakarsa).
            if Self.isVowel(first) || first == 0x72 || first == 0x6C { add(agent ? "pem" : "mem", 3, restoring: 0x70) }
        }
        if byte(2) == 0x6E, !has("ng", at: 2), !has("ny", at: 2), let first = byte(3) {
            if Self.isAny(first, of: "dcjzts") { add(agent ? "pen" : "men", 3) }
            if Self.isVowel(first) { add(agent ? "pen" : "men", 3, restoring: 0x74) }
        }
        if let first = byte(2) {
            if Self.isAny(first, of: "lmnrwy") { add(base, 2) }
            // Non-nasal pe- of agent nouns (petani, pedagang, pejabat, pekerja, peserta).
            if agent, !Self.isVowel(first), !Self.isAny(first, of: "lmnrwy") { add(base, 2) }
        }
    }

    /// Whether the letters from `offset` on make one syllable (`IndonesianAffixes.isMonosyllable`).
    private func isMonosyllable(from offset: Int) -> Bool {
        var syllables = 0
        var previousVowel: UInt8?
        for index in offset..<bytes.count {
            let letter = bytes[index]
            guard Self.isVowel(letter) else { previousVowel = nil; continue }
            if let previous = previousVowel, Self.isDiphthong(previous, letter) {
                previousVowel = nil
                continue
            }
            syllables += 1
            previousVowel = letter
        }
        return syllables == 1
    }

    /// Whether `prefix` is written at `offset`.
    private func has(_ prefix: StaticString, at offset: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        let start = prefix.utf8Start
        for index in 0..<count where bytes[offset + index] != start[index] { return false }
        return true
    }

    private func byte(_ offset: Int) -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75
    }

    private static func isAny(_ byte: UInt8, of letters: StaticString) -> Bool {
        let start = letters.utf8Start
        for index in 0..<letters.utf8CodeUnitCount where start[index] == byte { return true }
        return false
    }

    /// `ai`, `au`, `ei`, `oi` (`IndonesianAffixes.diphthongs`).
    private static func isDiphthong(_ first: UInt8, _ second: UInt8) -> Bool {
        second == 0x69 ? first == 0x61 || first == 0x65 || first == 0x6F : second == 0x75 && first == 0x61
    }

    /// A split with the remainder from `offset`, after `initial` restored when given.
    private mutating func add(_ prefix: String, _ offset: Int, restoring initial: UInt8? = nil) {
        guard bytes.count - offset >= 2 else { return }
        let rest = UnsafeBufferPointer(rebasing: bytes[offset...])
        guard let initial else {
            splits.append(.init(prefix: prefix, remainder: String(decoding: rest, as: UTF8.self), restored: false))
            return
        }
        let remainder = String(unsafeUninitializedCapacity: rest.count + 1) { buffer in
            buffer[0] = initial
            for (index, byte) in rest.enumerated() { buffer[index + 1] = byte }
            return rest.count + 1
        }
        splits.append(.init(prefix: prefix, remainder: remainder, restored: true))
    }
}
