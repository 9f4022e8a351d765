import ArgumentParser

struct TermExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "TODO.")
}
