import ArgumentParser

struct TermFindCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "find", abstract: "TODO.")
}
