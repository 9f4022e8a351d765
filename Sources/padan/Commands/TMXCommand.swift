import ArgumentParser

/// `padan tmx` (placeholder until its issue lands).
struct TMXCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tmx", abstract: "Inspect, validate and convert TMX translation memories.")
}
