import ArgumentParser

/// `padan term` (placeholder until its issue lands).
struct TermCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "term", abstract: "Look up glossary terms and find them in Indonesian text.")
}
