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
        var pairs: [PairPaths] = []
        for name in names.sorted() where name.hasSuffix(".id.txt") {
            let stem = String(name.dropLast(".id.txt".count))
            guard present.contains(stem + ".en.txt") else {
                print("padan: warning: \(folder)/\(name) has no partner \(stem).en.txt; skipped", to: &warnings)
                continue
            }
            let base = URL(fileURLWithPath: folder)
            pairs.append(PairPaths(name: stem, source: base.appendingPathComponent(name).path,
                                   target: base.appendingPathComponent(stem + ".en.txt").path))
        }
        for name in names.sorted() where name.hasSuffix(".en.txt") && !present.contains(String(name.dropLast(".en.txt".count)) + ".id.txt") {
            print("padan: warning: \(folder)/\(name) has no partner \(name.dropLast(".en.txt".count)).id.txt; skipped", to: &warnings)
        }
        guard !pairs.isEmpty else {
            throw AlignInputError(category: .noInput, message: "\(folder): error: no NAME.id.txt / NAME.en.txt pairs found")
        }
        return pairs
    }
}
