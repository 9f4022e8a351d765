import GRDB
import Terminology

/// A word key the memory did not hold yet, with the id the import gives its `term` row.
struct NewTerm: Sendable {
    var id: Int64
    var side: MemorySide
    var key: String
    /// The Indonesian base of the form first seen, when it differs from the key (see `MemorySchema`).
    var base: String?
}

/// The memory's term ids by key, per side, extended in reading order as an import meets new words.
///
/// It lives on the import's preparing thread, so that the writing thread hashes no strings: new
/// words get the ids SQLite would have given their rows (one above the largest so far), and the
/// writer stores them with those ids.
///
///     var terms = try TermDictionary(db, sourceIsIndonesian: true)
///     var added: [NewTerm] = []
///     terms.ids(of: "Presiden tiba.", side: .source, newTerms: &added).ids   // e.g. [12, 40]
struct TermDictionary: Sendable {
    /// Per side: ASCII keys by their bytes, the others as strings (so that canonically equal
    /// forms, `é` composed or not, stay one term as `String` equality has them).
    private var tables = [TermTable(), TermTable()]
    private var otherKeys: [[String: Int64]] = [[:], [:]]
    private var nextID: Int64
    /// Whether source words get their Indonesian base stored.
    private let sourceIsIndonesian: Bool

    /// Loads every term of the memory.
    init(_ db: Database, sourceIsIndonesian: Bool) throws {
        self.sourceIsIndonesian = sourceIsIndonesian
        let rows = try Row.fetchCursor(db, sql: "SELECT id, side, key FROM term")
        var largest: Int64 = 0
        while let row = try rows.next() {
            let id: Int64 = row[0]
            let side: Int = row[1], key: String = row[2]
            if key.utf8.allSatisfy({ $0 < 0x80 }) { tables[side].insert(key: key.utf8, id: id) } else { otherKeys[side][key] = id }
            largest = max(largest, id)
        }
        nextID = largest + 1
    }

    /// The term ids of the word and number tokens of `text` (`MatchToken`), in order; keys met for
    /// the first time get the next ids and are appended to `newTerms` (with the base of the form
    /// first seen, for Indonesian source words: `Bekasi` stays a name). With `hashing`, also
    /// `MatchToken.textHash(of: text)`, worked out in the same pass over the tokens.
    mutating func ids(of text: String, side: MemorySide, newTerms: inout [NewTerm],
                      hashing: Bool = false) -> (ids: [Int64], textHash: Int64?) {
        var result: [Int64] = []
        result.reserveCapacity(text.utf8.count / 4)
        var hasher: MatchToken.TextHasher?
        var text = text
        text.withUTF8 { bytes in
            if bytes.allSatisfy({ $0 < 0x80 }) {
                if hashing { hasher = MatchToken.TextHasher() }
                MatchToken.forEachASCIISpan(bytes) { kind, range in
                    let word = UnsafeBufferPointer(rebasing: bytes[range])
                    hasher?.add(word)
                    guard kind != .punctuation else { return }
                    if kind == .number {
                        result.append(id(ofKey: MatchToken.numberKey, text: MatchToken.numberKey, kind: kind, side: side, newTerms: &newTerms))
                    } else if let known = tables[side.rawValue].id(of: word, foldingASCII: true) {
                        result.append(known)
                    } else {
                        let text = String(decoding: word, as: UTF8.self)
                        let key = word.contains(where: MatchToken.isASCIIUpper) ? MatchToken.lowercasedASCII(word) : text
                        result.append(add(key: key, text: text, kind: kind, side: side, newTerms: &newTerms))
                    }
                }
            } else {
                for token in MatchToken.tokenizeCharacters(String(decoding: bytes, as: UTF8.self)) where token.kind != .punctuation {
                    result.append(id(ofKey: token.key, text: token.text, kind: token.kind, side: side, newTerms: &newTerms))
                }
            }
        }
        return (result, hasher?.value)
    }

    private mutating func id(ofKey key: String, text: String, kind: MatchToken.Kind, side: MemorySide, newTerms: inout [NewTerm]) -> Int64 {
        var bytes = key
        let isASCII = key.utf8.allSatisfy { $0 < 0x80 }
        let known = isASCII ? bytes.withUTF8 { tables[side.rawValue].id(of: $0, foldingASCII: false) } : otherKeys[side.rawValue][key]
        return known ?? add(key: key, text: text, kind: kind, side: side, newTerms: &newTerms)
    }

    /// Gives a key met for the first time the next id.
    private mutating func add(key: String, text: String, kind: MatchToken.Kind, side: MemorySide, newTerms: inout [NewTerm]) -> Int64 {
        var base: String?
        if side == .source, sourceIsIndonesian, kind == .word {
            let found = IndonesianMorphology.shared.base(of: text).lowercased()
            if found != key { base = found }
        }
        let id = nextID
        nextID += 1
        if key.utf8.allSatisfy({ $0 < 0x80 }) { tables[side.rawValue].insert(key: key.utf8, id: id) } else { otherKeys[side.rawValue][key] = id }
        newTerms.append(NewTerm(id: id, side: side, key: key, base: base))
        return id
    }
}
