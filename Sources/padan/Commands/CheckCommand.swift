import ArgumentParser

/// `padan check` (placeholder until its issue lands).
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Check a bilingual memory for consistency and QA problems.")
}
