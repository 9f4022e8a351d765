import Alignment
import Foundation
import TextIO

/// `padan align --batch DIR`: finds NAME.id.txt / NAME.en.txt pairs and aligns them on all cores.
struct BatchAlignment {
    let folder: String
    let reader: DocumentReader
    let aligner: Aligner
    let quiet: Bool

    /// The aligned documents in name order. Files without a partner and pairs that cannot be read
    /// are reported on stderr and skipped.
    /// - Throws: `AlignInputError` when the folder is missing or no pair could be aligned.
    func run() async throws -> [AlignedDocument] {
        var standardError = StandardError()
        let pairs = try findPairs(warnings: &standardError)
        let progress = Progress(label: "aligning", total: pairs.count, quiet: quiet)
        var documents = [AlignedDocument?](repeating: nil, count: pairs.count)
        var failures: [String] = []
        let reader = self.reader, aligner = self.aligner
        try await withThrowingTaskGroup(of: (Int, Result<AlignedDocument, Error>).self) { group in
            var next = 0, done = 0
            func addTask() {
                let index = next, pair = pairs[index]
                next += 1
                group.addTask {
                    do {
                        let document = try reader.read(sourcePath: pair.source, targetPath: pair.target)
                        return (index, .success(AlignedDocument(pair: document, links: aligner.align(sourceParagraphs: document.sourceParagraphs, targetParagraphs: document.targetParagraphs))))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            for _ in 0..<min(ProcessInfo.processInfo.activeProcessorCount, pairs.count) { addTask() }
            while let (index, result) = try await group.next() {
                switch result {
                case .success(let document): documents[index] = document
                case .failure(let error): failures.append("padan: warning: skipped \(pairs[index].name): \(error)")
                }
                done += 1
                progress.update(done, detail: pairs[index].name)
                if next < pairs.count { addTask() }
            }
        }
        progress.finish()
        for failure in failures.sorted() { print(failure, to: &standardError) }
        let aligned = documents.compactMap { $0 }
        guard !aligned.isEmpty else {
            throw AlignInputError(category: .dataError, message: "\(folder): error: no article pair could be aligned (see the warnings above)")
        }
        if !quiet {
            print("padan: aligned \(aligned.count) of \(pairs.count) article pairs, \(aligned.reduce(0) { $0 + $1.links.count }) links", to: &standardError)
        }
        return aligned
    }

    /// The file types a batch pairs: `NAME.id.TYPE` with `NAME.en.TYPE`, or another of them.
    private static let articleTypes = ["txt", "html", "htm", "docx"]

    /// The stem and type of `NAME.LANGUAGE.TYPE`, or `nil` for another name.
    private static func article(_ name: String, language: String) -> (stem: String, type: String)? {
        for type in articleTypes where name.hasSuffix(".\(language).\(type)") {
            return (String(name.dropLast(".\(language).\(type)".count)), type)
        }
        return nil
    }

    /// The names the partner of `stem` may have, the same type first.
    private static func partners(_ stem: String, language: String, preferring type: String) -> [String] {
        ([type] + articleTypes.filter { $0 != type }).map { "\(stem).\(language).\($0)" }
    }

    private struct PairPaths {
        var name: String
        var source: String
        var target: String
    }

    private func findPairs(warnings: inout StandardError) throws -> [PairPaths] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw AlignInputError(category: .noInput, message: "\(folder): error: cannot read the folder; check the path")
        }
        let present = Set(names)
        let base = URL(fileURLWithPath: folder)
        var pairs: [PairPaths] = []
        for name in names.sorted() {
            guard let (stem, type) = Self.article(name, language: "id") else { continue }
            guard let partner = Self.partners(stem, language: "en", preferring: type).first(where: present.contains) else {
                print("padan: warning: \(folder)/\(name) has no partner \(stem).en.\(type); skipped", to: &warnings)
                continue
            }
            pairs.append(PairPaths(name: stem, source: base.appendingPathComponent(name).path,
                                   target: base.appendingPathComponent(partner).path))
        }
        for name in names.sorted() {
            guard let (stem, type) = Self.article(name, language: "en"),
                  !Self.partners(stem, language: "id", preferring: type).contains(where: present.contains) else { continue }
            print("padan: warning: \(folder)/\(name) has no partner \(stem).id.\(type); skipped", to: &warnings)
        }
        guard !pairs.isEmpty else {
            throw AlignInputError(category: .noInput, message: "\(folder): error: no NAME.id.txt / NAME.en.txt pairs found (nor .html, .htm, .docx)")
        }
        return pairs
    }
}
