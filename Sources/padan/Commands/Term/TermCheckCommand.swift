import ArgumentParser

struct TermCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "TODO.")
}
