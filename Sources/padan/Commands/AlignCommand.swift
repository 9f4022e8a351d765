import ArgumentParser

/// `padan align` (placeholder until its issue lands).
struct AlignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "align", abstract: "Align an Indonesian article with its English version into a TMX.")
}
