import Foundation
import TextIO

/// A phrase of the held-out list: what a translator on a desk looks up, and the English a desk accepts.
public struct HeldOutPhrase: Hashable, Sendable {
    /// `politics`, `military`, `economy`, `law` or `disaster`.
    public var desk: String
    /// The Indonesian term or phrase, in its dictionary form.
    public var indonesian: String
    /// The acceptable English renderings.
    public var acceptable: [String]
}

/// A phrase of the composition list: a two-word head-modifier noun phrase and its acceptable English.
public struct CompositionPhrase: Hashable, Sendable {
    public var indonesian: String
    public var acceptable: [String]
}

/// Reads the blind evaluation lists of issue 14: UTF-8 TSV with a header row,
/// `desk<TAB>indonesian<TAB>english` (held-out) or `indonesian<TAB>english` (composition), the
/// English renderings separated by ` | `. Blank lines and lines starting with `#` are skipped.
public enum BlindList {
    /// The rows of a held-out list.
    /// - Throws: `BlindListError` naming the file and line of every malformed row.
    public static func heldOut(_ text: String, file: String) throws(BlindListError) -> [HeldOutPhrase] {
        try rows(text, file: file, columns: ["desk", "indonesian", "english"]).map { cells in
            HeldOutPhrase(desk: cells[0], indonesian: cells[1], acceptable: renderings(cells[2]))
        }
    }

    /// The rows of a composition list.
    /// - Throws: `BlindListError` naming the file and line of every malformed row.
    public static func composition(_ text: String, file: String) throws(BlindListError) -> [CompositionPhrase] {
        try rows(text, file: file, columns: ["indonesian", "english"]).map { cells in
            CompositionPhrase(indonesian: cells[0], acceptable: renderings(cells[1]))
        }
    }

    private static func renderings(_ cell: String) -> [String] {
        cell.components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The data rows' cells, trimmed, after checking the header names `columns`.
    private static func rows(_ text: String, file: String, columns: [String]) throws(BlindListError) -> [[String]] {
        var rows: [[String]] = []
        var problems: [Diagnostic] = []
        var sawHeader = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            let location = SourceLocation(file: file, line: index + 1)
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty, !line.hasPrefix("#") else { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if !sawHeader {
                sawHeader = true
                if cells.map({ $0.lowercased() }) != columns {
                    problems.append(Diagnostic(.error, at: location, "the header is \"\(cells.joined(separator: "\\t"))\"",
                                               hint: "the first row must be \(columns.joined(separator: "<TAB>"))"))
                }
                continue
            }
            if cells.count != columns.count {
                problems.append(Diagnostic(.error, at: location, "\(cells.count) columns, expected \(columns.count)",
                                           hint: "separate \(columns.joined(separator: ", ")) by single tabs"))
            } else if let empty = cells.firstIndex(where: \.isEmpty) {
                problems.append(Diagnostic(.error, at: location, "the \(columns[empty]) cell is empty", hint: "fill it in or remove the row"))
            } else {
                rows.append(cells)
            }
        }
        if !problems.isEmpty { throw BlindListError(diagnostics: problems) }
        return rows
    }
}

/// A blind list that cannot be scored, with every malformed row.
public struct BlindListError: UserFacingError, Sendable {
    public var diagnostics: [Diagnostic]

    public var category: FailureCategory { .dataError }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
