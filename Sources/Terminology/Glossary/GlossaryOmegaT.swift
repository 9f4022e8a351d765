/// OmegaT's glossary format: one term a line, tab-separated source, target and comment, UTF-8,
/// no header row. Put the file in an OmegaT project's `glossary/` folder, named `.txt` (OmegaT
/// reads `.txt` and `.utf8` glossaries as UTF-8).
///
///     KTT	summit	also: summit meeting · not: high-level conference · Konferensi tingkat tinggi.
///
/// Each Indonesian spelling of an entry gets its own line with the preferred English; the
/// comment carries the other acceptable renderings, the forbidden ones and the entry's note.
/// Tabs and line breaks inside a cell become spaces (the format has no quoting).
enum GlossaryOmegaT {
    static func write(_ entries: [TermEntry]) -> String {
        var text = ""
        for entry in entries {
            let comment = [
                entry.alternatives.isEmpty ? nil : "also: " + entry.alternatives.joined(separator: ", "),
                entry.forbidden.isEmpty ? nil : "not: " + entry.forbidden.joined(separator: ", "),
                entry.note.flatMap { $0.isEmpty ? nil : $0 },
            ].compactMap { $0 }.joined(separator: " · ")
            for spelling in entry.indonesian {
                text += [spelling, entry.english, comment].map(cell).joined(separator: "\t") + "\n"
            }
        }
        return text
    }

    private static func cell(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
