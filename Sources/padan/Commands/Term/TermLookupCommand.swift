import ArgumentParser

struct TermLookupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lookup", abstract: "TODO.")
}
