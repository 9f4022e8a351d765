import ArgumentParser

struct TermImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "TODO.")
}
