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
///     terms.ids(of: "Presiden tiba.", side: .source, newTerms: &added)   // e.g. [12, 40]
struct TermDictionary: Sendable {
    private var ids: [[String: Int64]] = [[:], [:]]
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
            ids[row[1] as Int][row[2] as String] = id
            largest = max(largest, id)
        }
        nextID = largest + 1
    }

    /// The term ids of the word and number tokens of `text` (`MatchToken`), in order; keys met for
    /// the first time get the next ids and are appended to `newTerms` (with the base of the form
    /// first seen, for Indonesian source words: `Bekasi` stays a name).
    mutating func ids(of text: String, side: MemorySide, newTerms: inout [NewTerm]) -> [Int64] {
        var result: [Int64] = []
        result.reserveCapacity(text.utf8.count / 4)
        MatchToken.forEach(in: text) { token in
            guard token.kind != .punctuation else { return }
            if let id = ids[side.rawValue][token.key] {
                result.append(id)
                return
            }
            var base: String?
            if side == .source, sourceIsIndonesian, token.kind == .word {
                let found = IndonesianMorphology.shared.base(of: token.text).lowercased()
                if found != token.key { base = found }
            }
            let id = nextID
            nextID += 1
            ids[side.rawValue][token.key] = id
            newTerms.append(NewTerm(id: id, side: side, key: token.key, base: base))
            result.append(id)
        }
        return result
    }
}
