import Foundation
import Testing

@Suite struct HelpAndExitStatusTests {
    @Test func helpListsEveryCommandAndExitsZero() throws {
        let result = try PadanProcess.run(["--help"])
        #expect(result.status == 0)
        for command in ["tmx", "align", "term", "memory", "suggest", "check"] {
            #expect(result.standardOutput.contains("  \(command) "), "help should list \(command)")
        }
    }

    @Test func unknownCommandIsAUsageError() throws {
        let result = try PadanProcess.run(["translate-everything"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("translate-everything"))
        #expect(result.standardOutput.isEmpty)
    }

    /// Help prose is written one paragraph a logical line, so the help printer wraps it to the
    /// terminal: a hard line break inside a paragraph that the printer then wraps again leaves a
    /// one-word line behind (`cuts both texts into` / `paragraphs and`). The printer fills a line
    /// to 79 columns when standard output is not a terminal. Walks every command.
    @Test func helpParagraphsAreWrappedOnlyByTheHelpPrinter() throws {
        var pending: [[String]] = [[]], seen: Set<[String]> = []
        while let command = pending.popLast() {
            let help = try PadanProcess.run(command + ["--help"])
            #expect(help.status == 0, "\(command) --help")
            let lines = help.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for (line, next) in zip(lines, lines.dropFirst()) where isProse(line) && isProse(next) {
                let firstWord = next.prefix { $0 != " " }
                #expect(line.count + 1 + firstWord.count > 79,
                        "padan \(command.joined(separator: " ")) --help breaks a paragraph by hand after: \(line)")
            }
            pending += subcommands(in: lines).map { command + [$0] }
            seen.insert(command)
        }
        for leaf in [["memory", "lookup"], ["term", "extract"], ["tmx", "from-tsv"], ["serve"]] {
            #expect(seen.contains(leaf), "the walk reached padan \(leaf.joined(separator: " "))")
        }
    }

    private func isProse(_ line: String) -> Bool {
        guard let first = line.first, first != " " else { return false }
        return !line.hasSuffix(":") && !line.hasPrefix("USAGE:") && !line.hasPrefix("OVERVIEW:")
    }

    /// The names listed under SUBCOMMANDS: (`  name   abstract`), the default marker dropped.
    private func subcommands(in lines: [String]) -> [String] {
        guard let start = lines.firstIndex(of: "SUBCOMMANDS:") else { return [] }
        return lines[(start + 1)...].prefix { !$0.isEmpty }.compactMap { line in
            guard line.hasPrefix("  "), line.dropFirst(2).first != " " else { return nil }
            let name = line.dropFirst(2).prefix { $0 != " " }
            return name.isEmpty ? nil : String(name)
        }
    }
}
