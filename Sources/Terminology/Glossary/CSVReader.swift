/// RFC 4180 CSV: comma-separated cells, double quotes around cells holding commas, quotes or
/// line breaks, `""` for a quote inside a quoted cell.
enum CSVReader {
    /// One record with the line it starts on, or the problem that stopped it.
    struct Row {
        var cells: [String]
        var line: Int
        var problem: String?
    }

    /// Splits `text` into records; a quoted cell may span lines.
    static func rows(_ text: String) -> [Row] {
        var rows: [Row] = []
        var cells: [String] = []
        var cell = ""
        var inQuotes = false
        var line = 1, rowLine = 1
        var characters = text.makeIterator()
        var pending: Character?
        func next() -> Character? {
            if let character = pending { pending = nil; return character }
            return characters.next()
        }
        while let character = next() {
            if inQuotes {
                if character == "\"" {
                    let following = next()
                    if following == "\"" { cell.append("\"") } else { inQuotes = false; pending = following }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    cell.append(character)
                }
                continue
            }
            switch character {
            case "\"" where cell.isEmpty: inQuotes = true
            case ",": cells.append(cell); cell = ""
            case "\n", "\r\n":
                cells.append(cell)
                rows.append(Row(cells: cells, line: rowLine))
                cells = []; cell = ""
                line += 1; rowLine = line
            default: cell.append(character)
            }
        }
        if inQuotes {
            rows.append(Row(cells: [], line: rowLine, problem: "a quoted cell is never closed"))
        } else if !cell.isEmpty || !cells.isEmpty {
            cells.append(cell)
            rows.append(Row(cells: cells, line: rowLine))
        }
        return rows
    }

    /// `cell`, quoted when it holds a comma, a quote or a line break.
    static func quoted(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r\n" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
