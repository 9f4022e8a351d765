import Alignment
import Foundation
import TMX
import TextIO

/// The output formats of `padan align`.
enum AlignmentOutputFormat: String, CaseIterable, Sendable {
    case tmx, tsv, json, links
}

/// Writes aligned documents in one of the formats, to a file (atomically) or standard output.
struct AlignmentOutput {
    let format: AlignmentOutputFormat
    let selection: LinkSelection
    /// Several documents: TSV and links name each one.
    let batch: Bool

    func write(_ documents: [AlignedDocument], to path: String?) throws {
        switch format {
        case .tmx: try writeTMX(documents, to: path)
        case .json:
            let file = try OutputFile(path: path)
            try file.write(bytes: JSONOutput.encoded(AlignmentReport(documents: documents, selection: selection)))
            try file.write("\n")
            try file.commit()
        case .tsv, .links:
            let file = try OutputFile(path: path)
            for document in documents {
                try file.write(format == .tsv ? tsv(document) : links(document))
            }
            try file.commit()
        }
    }

    private func writeTMX(_ documents: [AlignedDocument], to path: String?) throws {
        let writer = try TMXWriter(path: path, header: .padan(sourceLanguage: "id", toolVersion: PadanVersion.current))
        for document in documents {
            for unit in units(of: document) { try writer.write(unit) }
        }
        try writer.finish()
    }

    /// The selected links of `document` as translation units, with the link's confidence, the
    /// article it came from and the bead kind as props.
    func units(of document: AlignedDocument) -> [TranslationUnit] {
        document.links.filter(selection.includes).map { link in
            var variants: [TranslationVariant] = []
            if !link.source.isEmpty {
                variants.append(TranslationVariant(language: "id", segment: Segment(text: document.sourceText(link))))
            }
            if !link.target.isEmpty {
                variants.append(TranslationVariant(language: "en", segment: Segment(text: document.targetText(link))))
            }
            return TranslationUnit(properties: [
                TMXProperty(type: "x-padan-confidence", value: String(format: "%.3f", link.confidence)),
                TMXProperty(type: "x-padan-origin", value: document.pair.name),
                TMXProperty(type: "x-padan-link", value: link.kind),
            ], variants: variants)
        }
    }

    private func tsv(_ document: AlignedDocument) -> String {
        func clean(_ text: String) -> String { text.replacingOccurrences(of: "\t", with: " ") }
        var text = ""
        for link in document.links where selection.includes(link) {
            let indices = LinksFormat.line(for: link).split(separator: "\t", omittingEmptySubsequences: false)
            text += [document.pair.name, String(indices[0]), String(indices[1]), String(format: "%.3f", link.confidence),
                     clean(document.sourceText(link)), clean(document.targetText(link))].joined(separator: "\t") + "\n"
        }
        return text
    }

    private func links(_ document: AlignedDocument) -> String {
        (batch ? "# \(document.pair.name)\n" : "") + document.links.map { LinksFormat.line(for: $0) + "\n" }.joined()
    }
}

/// `padan align --format json`: every selected link with its texts.
struct AlignmentReport: Encodable {
    struct Document: Encodable {
        var name: String
        var sourceSentences: Int
        var targetSentences: Int
        var links: [Link]
    }

    struct Link: Encodable {
        var source: [Int]
        var target: [Int]
        var kind: String
        var confidence: Double
        var sourceText: String
        var targetText: String
    }

    var documents: [Document]

    init(documents: [AlignedDocument], selection: LinkSelection) {
        self.documents = documents.map { document in
            Document(name: document.pair.name, sourceSentences: document.pair.source.count,
                     targetSentences: document.pair.target.count,
                     links: document.links.filter(selection.includes).map { link in
                         Link(source: Array(link.source), target: Array(link.target), kind: link.kind,
                              confidence: (link.confidence * 1000).rounded() / 1000,
                              sourceText: document.sourceText(link), targetText: document.targetText(link))
                     })
        }
    }
}
