import ArgumentParser

/// `padan-dev`: the team's evaluation and benchmark tools (`make eval`, `make bench`); not shipped.
@main
struct PadanDev: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "padan-dev",
        abstract: "Padan's evaluation and benchmark-data tools.",
        subcommands: [
            EvalSegmentation.self,
            GenerateTMX.self,
            EvalMorphology.self,
            GenerateGlossary.self,
            BenchTerm.self,
            EvalAlignment.self,
            GenerateAlignmentBench.self,
            GenerateMemory.self,
            BenchMemory.self,
            EvalGlossary.self,
        ]
    )
}
