import TMX

/// The text form of `padan tmx stats`.
enum StatisticsTable {
    static func render(_ statistics: TMXStatistics, title: String, warnings: Int) -> String {
        var lines = ["\(title)"]
        func row(_ label: String, _ value: String) { lines.append("  " + label.padding(toLength: 16, withPad: " ", startingAt: 0) + value) }
        func counts(_ dictionary: [String: Int]) -> String {
            dictionary.isEmpty ? "none" : dictionary.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        row("TMX version", statistics.version ?? "(none)")
        row("units", "\(statistics.unitCount)")
        row("variants", "\(statistics.variantCount)")
        row("languages", counts(statistics.languages))
        row("language pairs", counts(statistics.languagePairs))
        row("creation tools", counts(statistics.creationTools))
        row("dates", statistics.earliestDate.map { "\(TMXDate.readable($0)) – \(TMXDate.readable(statistics.latestDate ?? $0))" } ?? "none")
        row("inline tags", counts(statistics.inlineTags))
        row("props", counts(statistics.propertyTypes))
        row("notes", "\(statistics.noteCount)")
        row("warnings", warnings == 0 ? "0" : "\(warnings) (see padan tmx validate)")
        return lines.joined(separator: "\n")
    }
}

/// TMX dates (`20240315T081500Z`) for people.
enum TMXDate {
    /// `2024-03-15 08:15 UTC`.
    static func readable(_ date: String) -> String {
        let c = Array(date)
        guard c.count == 16 else { return date }
        return "\(String(c[0..<4]))-\(String(c[4..<6]))-\(String(c[6..<8])) \(String(c[9..<11])):\(String(c[11..<13])) UTC"
    }
}
