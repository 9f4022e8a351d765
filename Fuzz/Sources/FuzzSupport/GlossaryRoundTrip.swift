import Terminology

/// Reads the input as a glossary file in `format`; a glossary that reads must write in the same
/// format and read back to the same entries (where they came from aside).
public func glossaryRoundTrip(_ input: FuzzInput, format: GlossaryFormat) {
    let path = input.scratchFile(suffix: "." + format.rawValue)
    let glossary: Glossary
    do {
        glossary = try Glossary.load(paths: [path]).0
    } catch {
        require(!error.diagnostics.isEmpty, "a glossary error without a diagnostic")
        return
    }
    let written = ScratchDirectory.shared.path("-written." + format.rawValue)
    do {
        try glossary.write(to: written, format: format)
    } catch {
        require(false, "a glossary that read cannot be written: \(error)")
        return
    }
    let again: Glossary
    do {
        again = try Glossary.load(paths: [written]).0
    } catch {
        require(false, "a written glossary does not read back: \(error)")
        return
    }
    let before = glossary.entries.map(withoutSource), after = again.entries.map(withoutSource)
    require(before == after, "entries differ after writing and reading back:\n\(before)\n---\n\(after)")
}

private func withoutSource(_ entry: TermEntry) -> TermEntry {
    var entry = entry
    entry.source = .init(file: "")
    return entry
}
