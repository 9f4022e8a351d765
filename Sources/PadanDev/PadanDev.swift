import ArgumentParser

/// `padan-dev`: the team's evaluation and benchmark tools (`make eval`, `make bench`); not shipped.
@main
struct PadanDev: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "padan-dev",
        abstract: "Padan's evaluation and benchmark-data tools.",
        subcommands: [
            // Each area adds its commands here, one line each.
            GenerateMemory.self,
            BenchMemory.self,
        ]
    )
}
