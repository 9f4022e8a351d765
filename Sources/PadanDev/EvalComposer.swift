import Alignment
import ArgumentParser
import Foundation
import GlossaryEvaluation
import Terminology
import TextIO

/// `padan-dev eval-composer`: how often composed renderings appear in real translations.
struct EvalComposer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-composer",
        abstract: "Confirm composed renderings against the aligned English of a development set.",
        discussion: """
            For every gold 1-1 link of each NAME.gold in --dir (NAME-hard sets skipped), composes on \
            the Indonesian sentence (NAME.id.txt) and counts a composition confirmed when its English \
            appears in the linked English sentence (NAME.en.txt), compared lower case, hyphens as \
            spaces, a final plural s ignored. confirmed / offered is a lower bound on precision: a \
            translator may paraphrase. --show lists the unconfirmed cases (and --all every case).

            Examples:
              padan-dev eval-composer --dir ../shared/align-dev
              padan-dev eval-composer --dir ../shared/align-dev --show | sort | uniq -c | sort -rn
            """
    )

    @Option(help: "The development set: NAME.id.txt, NAME.en.txt, NAME.gold.")
    var dir: String

    @Option(help: "The glossary file or directory.")
    var glossary = "Glossaries"

    @Flag(help: "Print each unconfirmed composition: indonesian<TAB>english<TAB>parts.")
    var show = false

    @Flag(help: "With --show, print confirmed ones too, marked + (unconfirmed -).")
    var all = false

    func run() async throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory), isDirectory.boolValue else {
            FileHandle.standardError.write(Data("padan-dev: \(dir): no such directory (give the development set with --dir)\n".utf8))
            throw ExitCode(66)
        }
        let folder = URL(fileURLWithPath: dir)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir)
            .filter { $0.hasSuffix(".gold") && !$0.hasSuffix("-hard.gold") }.sorted()
        guard !names.isEmpty else { throw ValidationError("no .gold files in \(dir)") }
        var confirmation = CompositionConfirmation(glossary: try Glossary.load(paths: [glossary]).0)
        var links = 0
        for name in names {
            let stem = String(name.dropLast(".gold".count))
            let source = try lines(folder.appendingPathComponent(stem + ".id.txt").path)
            let target = try lines(folder.appendingPathComponent(stem + ".en.txt").path)
            let goldPath = folder.appendingPathComponent(name).path
            for link in try LinksFormat.parse(TextInput.read(path: goldPath), fileName: goldPath)
            where link.source.count == 1 && link.target.count == 1 {
                guard link.source.lowerBound < source.count, link.target.lowerBound < target.count else {
                    throw ValidationError("\(goldPath): link \(LinksFormat.line(for: link)) is past the end of the sentences")
                }
                links += 1
                confirmation.add(indonesian: source[link.source.lowerBound], english: target[link.target.lowerBound])
            }
        }
        if show {
            for item in confirmation.cases where all || !item.isConfirmed {
                print((all ? (item.isConfirmed ? "+\t" : "-\t") : "") + "\(item.indonesian)\t\(item.english)\t\(item.parts)")
            }
        }
        print(String(format: "composer on %@: %d documents, %d gold 1-1 links, offered %d, confirmed %d (%.1f%%, a lower bound on precision)",
                     dir, names.count, links, confirmation.offered, confirmation.confirmed, confirmation.confirmedPercent))
    }

    private func lines(_ path: String) throws -> [String] {
        try TextInput.read(path: path).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
