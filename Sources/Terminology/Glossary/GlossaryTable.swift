import Foundation
import TextIO

/// Reads and writes the tabular glossary formats (TSV, the shipped format, and CSV) row by row.
///
/// Both have a header row naming the columns `indonesian english alternatives forbidden domain
/// pos acronym note`; `indonesian` and `english` are required, the others may be left out, and
/// columns are found by name so a spreadsheet's order does not matter. Multi-valued cells use
/// ` | `. Lines starting with `#` are comments.
enum GlossaryTable {
    static let columns = ["indonesian", "english", "alternatives", "forbidden", "domain", "pos", "acronym", "note"]
    static let listSeparator = " | "

    /// Parses `text` (the whole file) into entries and problems.
    static func read(_ text: String, file: String, delimiter: Character) -> (entries: [TermEntry], diagnostics: [Diagnostic]) {
        let rows = delimiter == "\t" ? tsvRows(text) : CSVReader.rows(text)
        var diagnostics: [Diagnostic] = []
        var entries: [TermEntry] = []
        var header: Columns?
        for row in rows {
            let location = SourceLocation(file: file, line: row.line)
            if let problem = row.problem {
                diagnostics.append(Diagnostic(.error, at: location, problem))
                continue
            }
            if row.cells.count == 1, row.cells[0].trimmingSpaces().isEmpty { continue }
            if row.cells.first?.hasPrefix("#") == true { continue }
            guard let columnIndex = header else {
                switch readHeader(row.cells, at: location) {
                case .success(let map): header = Columns(map)
                case .failure(let diagnostic): return ([], diagnostics + [diagnostic])
                }
                continue
            }
            switch entry(row.cells, columns: columnIndex, at: location) {
            case .success(let entry): entries.append(entry)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        if header == nil {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, line: 1), "the file has no header row",
                                          hint: "start it with: " + columns.joined(separator: delimiter == "\t" ? "<TAB>" : ",")))
        }
        return (entries, diagnostics)
    }

    /// Writes `entries` with the header row, in the shipped column order.
    static func write(_ entries: [TermEntry], delimiter: Character) -> String {
        var text = columns.joined(separator: String(delimiter)) + "\n"
        for entry in entries {
            let cells = [
                entry.indonesian.joined(separator: listSeparator), entry.english,
                entry.alternatives.joined(separator: listSeparator), entry.forbidden.joined(separator: listSeparator),
                entry.domain, entry.partOfSpeech, entry.isAcronym ? "yes" : "no", entry.note ?? "",
            ]
            text += (delimiter == "\t" ? cells.map(tsvSafe) : cells.map(CSVReader.quoted)).joined(separator: String(delimiter)) + "\n"
        }
        return text
    }

    private static func tsvSafe(_ cell: String) -> String {
        cell.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
    }

    /// The rows of a TSV file: lines split at LF, one CR before it dropped (CR LF, a spreadsheet
    /// saved on Windows) and one more CR at a line's end, cells split at tabs. Line feeds, carriage
    /// returns and tabs are graphemes of their own (apart from CR LF), so splitting the bytes cuts
    /// where splitting the `Character`s would, without breaking the text into graphemes.
    private static func tsvRows(_ text: String) -> [CSVReader.Row] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> [CSVReader.Row] in
            var rows: [CSVReader.Row] = []
            var lineNumber = 0, start = 0
            while start <= bytes.count {
                let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n"))
                var end = newline ?? bytes.count
                if newline != nil, end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                lineNumber += 1
                var cells: [String] = []
                var cellStart = start
                for index in start...end where index == end || bytes[index] == UInt8(ascii: "\t") {
                    cells.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[cellStart..<index]), as: UTF8.self))
                    cellStart = index + 1
                }
                rows.append(CSVReader.Row(cells: cells, line: lineNumber))
                start = (newline ?? bytes.count) + 1
            }
            if rows.last?.cells == [""] { rows.removeLast() }
            return rows
        } ?? []
    }

    private static func readHeader(_ cells: [String], at location: SourceLocation) -> RowOutcome<[String: Int]> {
        var map: [String: Int] = [:]
        for (index, cell) in cells.enumerated() {
            let name = cell.trimmingSpaces().lowercased()
            guard columns.contains(name) else {
                return .failure(Diagnostic(.error, at: location, "unknown column \"\(cell)\" in the header row",
                                           hint: "the columns are: " + columns.joined(separator: ", ")))
            }
            // A repeated column would leave the map shorter than the row, and rows as long as
            // the map would be read past their end (found by fuzz-glossary-tsv).
            if let first = map[name] {
                return .failure(Diagnostic(.error, at: location, "the column \"\(name)\" appears twice in the header row (columns \(first + 1) and \(index + 1))",
                                           hint: "keep one of them; each column is named once"))
            }
            map[name] = index
        }
        for required in ["indonesian", "english"] where map[required] == nil {
            return .failure(Diagnostic(.error, at: location, "the header row has no \"\(required)\" column",
                                       hint: "the first row must name the columns: " + columns.joined(separator: ", ")))
        }
        return .success(map)
    }

    /// Where each column is in a row, found once from the header.
    private struct Columns {
        var count: Int
        var indonesian, english, alternatives, forbidden, domain, pos, acronym, note: Int?

        init(_ map: [String: Int]) {
            count = map.count
            indonesian = map["indonesian"]
            english = map["english"]
            alternatives = map["alternatives"]
            forbidden = map["forbidden"]
            domain = map["domain"]
            pos = map["pos"]
            acronym = map["acronym"]
            note = map["note"]
        }
    }

    private static func entry(_ cells: [String], columns: Columns, at location: SourceLocation) -> RowOutcome<TermEntry> {
        guard cells.count == columns.count else {
            return .failure(Diagnostic(.error, at: location, "\(cells.count) columns where the header has \(columns.count)",
                                       hint: "separate every column with one tab, leaving empty cells empty"))
        }
        func cell(_ column: Int?) -> String {
            column.map { cells[$0].trimmingSpaces() } ?? ""
        }
        func list(_ column: Int?) -> [String] {
            let text = cell(column)
            // In ASCII a `|` byte is a `|` character (no mark can follow it): cut the bytes.
            let items = text.utf8.allSatisfy { $0 < 0x80 }
                ? text.utf8.split(separator: UInt8(ascii: "|")).map { String(decoding: $0, as: UTF8.self).trimmingSpaces() }
                : text.split(separator: "|").map { $0.trimmingSpaces() }
            return items.filter { !$0.isEmpty }
        }
        let indonesian = list(columns.indonesian)
        guard !indonesian.isEmpty else {
            return .failure(Diagnostic(.error, at: location, "the Indonesian term is empty", hint: "fill the `indonesian` column"))
        }
        let english = cell(columns.english)
        guard !english.isEmpty else {
            return .failure(Diagnostic(.error, at: location, "\"\(indonesian[0])\" has no English rendering", hint: "fill the `english` column"))
        }
        let givenPartOfSpeech = cell(columns.pos)
        let partOfSpeech = givenPartOfSpeech.isEmpty ? "noun" : givenPartOfSpeech
        guard TermEntry.partsOfSpeech.contains(partOfSpeech) else {
            return .failure(Diagnostic(.error, at: location, "unknown part of speech \"\(partOfSpeech)\"",
                                       hint: "use one of: " + TermEntry.partsOfSpeech.sorted().joined(separator: ", ")))
        }
        let givenAcronym = cell(columns.acronym)
        let acronym = givenAcronym.lowercased()
        guard ["", "yes", "no"].contains(acronym) else {
            return .failure(Diagnostic(.error, at: location, "the acronym column holds \"\(givenAcronym)\"", hint: "write yes or no"))
        }
        let note = cell(columns.note)
        return .success(TermEntry(indonesian: indonesian, english: english, alternatives: list(columns.alternatives),
                                  forbidden: list(columns.forbidden), domain: cell(columns.domain), partOfSpeech: partOfSpeech,
                                  isAcronym: acronym == "yes", note: note.isEmpty ? nil : note, source: location))
    }
}

extension String {
    /// Without leading and trailing tabs and spaces (Unicode category Zs): the string itself,
    /// not a copy, when neither end is a tab, a space or beyond ASCII, as most cells' ends are.
    func trimmingSpaces() -> String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        func mayBeBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte >= 0x80 }
        return mayBeBlank(first) || mayBeBlank(last) ? Substring(self).trimmingSpaces() : self
    }
}

extension StringProtocol {
    /// Without leading and trailing tabs and spaces (Unicode category Zs), as
    /// `trimmingCharacters(in: .whitespaces)` gives it but without a trip through `NSString`.
    ///
    /// Ends that are ASCII are trimmed on the bytes (a space or tab is a `Character` of its own
    /// unless a non-ASCII mark follows it); a non-ASCII end is left to the scalars.
    func trimmingSpaces() -> String {
        let bytes = Substring(self).utf8
        var start = bytes.startIndex, end = bytes.endIndex
        func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        while start < end, isBlank(bytes[start]) { start = bytes.index(after: start) }
        while end > start, isBlank(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        if start == end { return "" }
        if bytes[start] >= 0x80 || bytes[bytes.index(before: end)] >= 0x80 { return scalarTrimmed() }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private func scalarTrimmed() -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || (!scalar.isASCII && scalar.properties.generalCategory == .spaceSeparator)
        }
        let scalars = Substring(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(Substring(scalars[first...last]))
    }
}

/// A row or entry that was read, or the problem that stopped it.
enum RowOutcome<Value> {
    case success(Value)
    case failure(Diagnostic)
}
