import Foundation
import GRDB
import Terminology

extension TranslationMemory {
    /// Units whose source or target holds every word of `query` (in any of its forms), phrases first.
    ///
    ///     try memory.concordance("senjata", in: .source)   // also "persenjataan", "senjata-senjata"
    ///     try memory.concordance("senjata", in: .source, exact: true)   // "senjata" only
    ///     try memory.concordance("kunjungan", in: .source) { _ in ["lawatan"] }
    ///
    /// On the Indonesian source side a word also matches the words with the same base
    /// (`IndonesianMorphology`, stored for each word at import): `senjata` finds `bersenjata`,
    /// `persenjataan` finds `senjata`.
    ///
    /// - Parameters:
    ///   - query: words to find; case is ignored.
    ///   - side: search the source or the target texts.
    ///   - limit: how many hits at most.
    ///   - exact: match the words as written only (case aside), not by their Indonesian base.
    ///   - expand: other forms of a word that count as the word.
    /// - Returns: hits where the words stand together in order first, then newest unit first.
    public func concordance(_ query: String, in side: MemorySide, limit: Int = 20, exact: Bool = false,
                            expand: (String) -> [String] = { _ in [] }) throws(MemoryError) -> [ConcordanceHit] {
        let words = MatchToken.tokenize(query).filter { $0.kind != .punctuation }
        guard !words.isEmpty, limit > 0 else { return [] }
        let byBase = !exact && side == .source
        return try storage {
            try database.read { db in
                let termStatement = try db.cachedStatement(sql: "SELECT id, key, unit_count FROM term WHERE side = ? AND key = ?")
                let baseStatement = try db.cachedStatement(sql: "SELECT id, key, unit_count FROM term WHERE side = 0 AND base = ?")
                let postingStatement = try db.cachedStatement(sql: "SELECT unit_ids FROM posting WHERE term_id = ?")
                // Each word's terms (its forms) with their unit counts; the rarest word is read first.
                var forms: [Set<String>] = []
                var groups: [(terms: [Int64], units: Int)] = []
                for word in words {
                    var keys = Set([word.key] + expand(word.key).flatMap(MatchToken.wordKeys(of:)))
                    var rows: [Row] = []
                    if byBase, word.kind == .word {
                        let base = IndonesianMorphology.shared.base(of: word.text).lowercased()
                        keys.insert(base)
                        rows += try Row.fetchAll(baseStatement, arguments: [base])
                    }
                    rows += try keys.compactMap { try Row.fetchOne(termStatement, arguments: [side.rawValue, $0]) }
                    var seen = Set<Int64>()
                    rows = rows.filter { seen.insert($0[0]).inserted }
                    forms.append(keys.union(rows.map { $0[1] as String }))
                    groups.append((rows.map { $0[0] }, rows.reduce(0) { $0 + ($1[2] as Int) }))
                }
                var common: Set<Int64>?
                for group in groups.sorted(by: { $0.units < $1.units }) {
                    var ids: [Int64] = []
                    for term in group.terms {
                        let blocks = try Data.fetchCursor(postingStatement, arguments: [term])
                        while let block = try blocks.next() { PostingList.decode(block, into: &ids) }
                    }
                    common = common.map { known in Set(ids.lazy.filter { known.contains($0) }) } ?? Set(ids)
                    if common!.isEmpty { return [] }
                }
                // Newest first; phrase hits rank first, so `limit` of them settle the answer.
                var phrases: [ConcordanceHit] = [], others: [ConcordanceHit] = []
                for chunk in (common ?? []).sorted(by: >).chunked(200) where phrases.count < limit {
                    let rows = try Row.fetchCursor(db, sql: """
                        SELECT id, source_text, target_text, origin, created_at FROM unit
                        WHERE id IN (\(chunk.map(String.init).joined(separator: ","))) ORDER BY id DESC
                        """)
                    while let row = try rows.next() {
                        let source: String = row[1], target: String = row[2]
                        let (ranges, isPhrase) = Self.locate(forms, in: side == .source ? source : target)
                        let hit = ConcordanceHit(unitID: row[0], source: source, target: target, origin: row[3],
                                                 date: (row[4] as Double?).map(Date.init(timeIntervalSince1970:)),
                                                 side: side, ranges: ranges, isPhrase: isPhrase)
                        if isPhrase {
                            if phrases.count < limit { phrases.append(hit) }
                        } else if others.count < limit {
                            others.append(hit)
                        }
                    }
                }
                return Array((phrases + others).prefix(limit))
            }
        }
    }

    /// The ranges of tokens matching any form, and whether the forms occur consecutively in order.
    private static func locate(_ forms: [Set<String>], in text: String) -> ([Range<Int>], Bool) {
        let tokens = MatchToken.tokenize(text).filter { $0.kind != .punctuation }
        let all = forms.reduce(into: Set<String>()) { $0.formUnion($1) }
        let ranges = tokens.filter { all.contains($0.key) }.map(\.range)
        let isPhrase = tokens.indices.contains { start in
            start + forms.count <= tokens.count && forms.indices.allSatisfy { forms[$0].contains(tokens[start + $0].key) }
        }
        return (ranges, isPhrase)
    }
}
