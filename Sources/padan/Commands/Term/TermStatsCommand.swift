import ArgumentParser

struct TermStatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "TODO.")
}
