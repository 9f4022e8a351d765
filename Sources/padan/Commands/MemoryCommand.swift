import ArgumentParser

/// `padan memory` (placeholder until its issue lands).
struct MemoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "memory", abstract: "Import, export and search the translation memory.")
}
