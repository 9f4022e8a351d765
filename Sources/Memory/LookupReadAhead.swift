import GRDB

/// The read-ahead of one fuzzy lookup (`BTreeReadAhead`): before each step that fetches rows by
/// key, the pages it will touch are asked for in one batch, so that a lookup in a new process,
/// the memory file out of the page cache, waits for a few rounds of parallel reads rather than
/// for each of some hundred pages in turn. Which rows each step reads is unchanged, and so is
/// the answer.
///
/// A memory already in the page cache needs none of it: when the pages read for the query's
/// words were all cached, the later steps are not read ahead (a warm lookup pays one small walk).
///
/// The steps: the query's words in `term` (by its unique index on side and key), their posting
/// blocks in `posting` (by `posting_term`, for the word counts a stage allows), the candidates'
/// term ids in `unit_key`, then the units scored in `unit`.
final class LookupReadAhead {
    private let file: BTreeReadAhead
    private let roots: [String: Int]
    /// Whether the steps after the words are read ahead.
    private var cold = true

    /// The tables and indexes read, by name in `sqlite_schema`.
    private static let names = ["term", "sqlite_autoindex_term_1", "posting", "posting_term", "unit_key", "unit"]

    /// `nil` for a memory with no file (in memory) or one whose file cannot be read.
    init?(_ db: Database) throws {
        let marks = Self.names.map { _ in "?" }.joined(separator: ", ")
        var roots: [String: Int] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT name, rootpage FROM sqlite_schema WHERE name IN (\(marks))"),
                                    arguments: StatementArguments(Self.names)) {
            roots[row[0]] = row[1]
        }
        guard roots.count == Self.names.count,
              let path = try String.fetchOne(db.cachedStatement(sql: "SELECT file FROM pragma_database_list WHERE name = 'main'")),
              !path.isEmpty, let file = BTreeReadAhead(path: path) else { return nil }
        (self.file, self.roots) = (file, roots)
    }

    /// Hints the source-side `term` rows of `keys`, reading their index entries.
    func terms(_ keys: some Sequence<String>) {
        let ranges = keys.map { key -> (low: [BTreeReadAhead.Value], high: [BTreeReadAhead.Value]) in
            let bound: [BTreeReadAhead.Value] = [.integer(Int64(MemorySide.source.rawValue)), .text(Array(key.utf8))]
            return (bound, bound)
        }
        file.hintRows(root: roots["term"]!, rowids: file.rowids(inIndex: roots["sqlite_autoindex_term_1"]!, ranges: ranges))
        cold = file.pagesMissed > 0
    }

    /// Hints the `posting` rows of `terms` whose word count lies in `wordCounts`, reading their index entries.
    func postings(_ terms: some Sequence<Int64>, wordCounts: ClosedRange<Int>) {
        guard cold else { return }
        let ranges = terms.map { term -> (low: [BTreeReadAhead.Value], high: [BTreeReadAhead.Value]) in
            ([.integer(term), .integer(Int64(wordCounts.lowerBound))], [.integer(term), .integer(Int64(wordCounts.upperBound))])
        }
        file.hintRows(root: roots["posting"]!, rowids: file.rowids(inIndex: roots["posting_term"]!, ranges: ranges), overflow: true)
    }

    /// Hints the `unit_key` rows of `ids`.
    func unitKeys(_ ids: [Int64]) {
        if cold { file.hintRows(root: roots["unit_key"]!, rowids: ids) }
    }

    /// Hints the `unit` rows of `ids`.
    func units(_ ids: [Int64]) {
        if cold { file.hintRows(root: roots["unit"]!, rowids: ids) }
    }
}
