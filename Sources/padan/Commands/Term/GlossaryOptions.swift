import ArgumentParser
import Terminology
import TextIO

/// The glossary options every `padan term` command shares.
struct GlossaryOptions: ParsableArguments {
    @Option(name: .customLong("glossary"), help: "A glossary file or directory (TSV, CSV or TBX); repeat to load several. Default: the shipped Glossaries/.")
    var paths: [String] = []

    @Flag(help: "Load the good entries of a glossary with bad rows, reporting the bad ones, instead of failing.")
    var lenient = false

    @Flag(help: "Do not print glossary warnings (conflicts, skipped rows) on standard error.")
    var quiet = false

    /// Loads the glossaries, printing warnings on stderr.
    func load() throws -> Glossary {
        try Self.load(paths: paths, lenient: lenient, quiet: quiet)
    }

    /// Loads the glossaries at `paths` (the shipped `Glossaries/` when empty), printing warnings
    /// on stderr unless `quiet`; for commands that take `--glossary` without the other options.
    static func load(paths: [String], lenient: Bool, quiet: Bool) throws -> Glossary {
        var paths = paths
        if paths.isEmpty {
            guard let shipped = Glossary.shippedDirectory() else {
                throw GlossaryError([Diagnostic(.error, at: SourceLocation(file: "Glossaries"), "no glossary found",
                                                hint: "pass --glossary FILE, or set PADAN_GLOSSARIES to the Glossaries directory")],
                                    category: .noInput)
            }
            paths = [shipped]
        }
        let (glossary, diagnostics) = try Glossary.load(paths: paths, lenient: lenient)
        if !quiet {
            var standardError = StandardError()
            for diagnostic in diagnostics { print("padan: \(diagnostic)", to: &standardError) }
        }
        return glossary
    }
}
