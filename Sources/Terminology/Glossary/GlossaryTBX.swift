import Foundation
import TextIO
import XMLStream

/// Reads and writes TBX-Basic (ISO 30042): one `conceptEntry` per entry, an `id` and an `en`
/// language section, English terms marked preferred, admitted or deprecated (= forbidden).
///
/// The reader also takes the older TBX 2008 element names (`termEntry`, `langSet`, `tig`, `ntig`).
enum GlossaryTBX {
    private struct TermRecord {
        var text = ""
        var status = ""
        var partOfSpeech = ""
        var termType = ""
    }

    private struct ConceptRecord {
        var line: Int
        var domain = ""
        var note = ""
        var indonesian: [TermRecord] = []
        var english: [TermRecord] = []
    }

    /// Reads every concept entry of the TBX file at `path` (`fileName` names it in messages).
    static func read(path: String, fileName: String) -> (entries: [TermEntry], diagnostics: [Diagnostic]) {
        var entries: [TermEntry] = []
        var diagnostics: [Diagnostic] = []
        do {
            let reader = try XMLPullReader(path: path, fileName: fileName)
            var concept: ConceptRecord?
            var language = ""
            var term: TermRecord?
            var sawRoot = false
            while let event = try reader.next() {
                switch event {
                case .start(let tag):
                    if !sawRoot {
                        sawRoot = true
                        guard tag.name == "tbx" || tag.name == "martif" else {
                            return ([], [Diagnostic(.error, at: reader.location, "the root element is <\(tag.name)>, not <tbx>",
                                                    hint: "give a TBX file, or a .tsv/.csv glossary")])
                        }
                    }
                    switch tag.name {
                    case "conceptEntry", "termEntry": concept = ConceptRecord(line: reader.line)
                    case "langSec", "langSet": language = (tag[attribute: "xml:lang"] ?? "").lowercased()
                    case "termSec", "tig", "ntig": term = TermRecord()
                    case "term": term?.text = try reader.readText().trimmingCharacters(in: .whitespacesAndNewlines)
                    case "termNote":
                        let value = try reader.readText().trimmingCharacters(in: .whitespacesAndNewlines)
                        switch tag[attribute: "type"] {
                        case "administrativeStatus", "normativeAuthorization": term?.status = value
                        case "partOfSpeech": term?.partOfSpeech = value
                        case "termType": term?.termType = value
                        default: break
                        }
                    case "descrip" where tag[attribute: "type"] == "subjectField":
                        concept?.domain = try reader.readText().trimmingCharacters(in: .whitespacesAndNewlines)
                    case "note":
                        let text = try reader.readText().trimmingCharacters(in: .whitespacesAndNewlines)
                        if concept != nil, !text.isEmpty { concept!.note += (concept!.note.isEmpty ? "" : " ") + text }
                    default: break
                    }
                case .end(let name):
                    switch name {
                    case "termSec", "tig", "ntig":
                        if let finished = term, !finished.text.isEmpty {
                            if language.hasPrefix("id") || language.hasPrefix("in") { concept?.indonesian.append(finished) }
                            else if language.hasPrefix("en") { concept?.english.append(finished) }
                        }
                        term = nil
                    case "conceptEntry", "termEntry":
                        if let finished = concept {
                            switch entry(from: finished, file: fileName) {
                            case .success(let entry): entries.append(entry)
                            case .failure(let diagnostic): diagnostics.append(diagnostic)
                            }
                        }
                        concept = nil
                    default: break
                    }
                default: break
                }
            }
        } catch {
            diagnostics.append(Diagnostic(.error, at: error.location, error.message))
        }
        return (entries, diagnostics)
    }

    private static func entry(from concept: ConceptRecord, file: String) -> RowOutcome<TermEntry> {
        let location = SourceLocation(file: file, line: concept.line)
        guard let first = concept.indonesian.first else {
            return .failure(Diagnostic(.error, at: location, "the concept entry has no Indonesian term",
                                       hint: "add a <langSec xml:lang=\"id\"> with a <term>"))
        }
        let forbidden = concept.english.filter { isForbidden($0.status) }.map(\.text)
        let allowed = concept.english.filter { !isForbidden($0.status) }
        guard let preferred = allowed.first(where: { $0.status.hasPrefix("preferred") }) ?? allowed.first else {
            return .failure(Diagnostic(.error, at: location, "\"\(first.text)\" has no allowed English term",
                                       hint: "add a <langSec xml:lang=\"en\"> with a preferred <term>"))
        }
        let isAcronym = ["acronym", "abbreviation", "shortForm", "initialism"].contains(first.termType)
        let partOfSpeech = TermEntry.partsOfSpeech.contains(first.partOfSpeech) ? first.partOfSpeech : "noun"
        return .success(TermEntry(indonesian: concept.indonesian.map(\.text), english: preferred.text,
                                  alternatives: allowed.filter { $0.text != preferred.text }.map(\.text), forbidden: forbidden,
                                  domain: concept.domain, partOfSpeech: partOfSpeech, isAcronym: isAcronym,
                                  note: concept.note.isEmpty ? nil : concept.note, source: location))
    }

    private static func isForbidden(_ status: String) -> Bool {
        status.hasPrefix("deprecated") || status.hasPrefix("superseded") || status == "forbidden"
    }

    /// Writes `entries` as TBX-Basic to `path` (standard output for `nil`), atomically.
    static func write(_ entries: [TermEntry], to path: String?) throws(XMLError) {
        let writer = try XMLStreamWriter(path: path)
        try writer.startDocument()
        try writer.startElement("tbx")
        try writer.attribute("type", "TBX-Basic")
        try writer.attribute("style", "dca")
        try writer.attribute("xml:lang", "en")
        try writer.attribute("xmlns", "urn:iso:std:iso:30042:ed-2")
        try writer.text("\n")
        try writer.startElement("tbxHeader")
        try writer.startElement("fileDesc")
        try writer.startElement("sourceDesc")
        try element(writer, "p", "Written by padan")
        try writer.endElement(); try writer.endElement(); try writer.endElement()
        try writer.text("\n")
        try writer.startElement("text")
        try writer.startElement("body")
        for (number, entry) in entries.enumerated() {
            try writer.text("\n")
            try writer.startElement("conceptEntry")
            try writer.attribute("id", "c\(number + 1)")
            if !entry.domain.isEmpty { try descrip(writer, entry.domain) }
            if let note = entry.note { try element(writer, "note", note) }
            try writer.startElement("langSec")
            try writer.attribute("xml:lang", "id")
            for term in entry.indonesian {
                try writer.startElement("termSec")
                try element(writer, "term", term)
                try termNote(writer, "partOfSpeech", entry.partOfSpeech)
                if entry.isAcronym { try termNote(writer, "termType", "acronym") }
                try writer.endElement()
            }
            try writer.endElement()
            try writer.startElement("langSec")
            try writer.attribute("xml:lang", "en")
            let english = [(entry.english, "preferredTerm-admn-sts")] + entry.alternatives.map { ($0, "admittedTerm-admn-sts") }
                + entry.forbidden.map { ($0, "deprecatedTerm-admn-sts") }
            for (term, status) in english {
                try writer.startElement("termSec")
                try element(writer, "term", term)
                try termNote(writer, "administrativeStatus", status)
                try writer.endElement()
            }
            try writer.endElement()
            try writer.endElement()
        }
        try writer.text("\n")
        try writer.endElement(); try writer.endElement()
        try writer.text("\n")
        try writer.endElement()
        try writer.text("\n")
        try writer.finish()
    }

    private static func element(_ writer: XMLStreamWriter, _ name: String, _ text: String) throws(XMLError) {
        try writer.startElement(name)
        try writer.text(text)
        try writer.endElement()
    }

    private static func termNote(_ writer: XMLStreamWriter, _ type: String, _ text: String) throws(XMLError) {
        try writer.startElement("termNote")
        try writer.attribute("type", type)
        try writer.text(text)
        try writer.endElement()
    }

    private static func descrip(_ writer: XMLStreamWriter, _ text: String) throws(XMLError) {
        try writer.startElement("descrip")
        try writer.attribute("type", "subjectField")
        try writer.text(text)
        try writer.endElement()
    }
}
