import ArgumentParser

/// `padan suggest` (placeholder until its issue lands).
struct SuggestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "suggest", abstract: "Suggest translations for new Indonesian wire copy.")
}
