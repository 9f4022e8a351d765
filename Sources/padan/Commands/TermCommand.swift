import ArgumentParser

/// `padan term`: glossaries, Indonesian morphology and term matching.
struct TermCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "term",
        abstract: "Look up glossary terms and find them in Indonesian text.",
        discussion: """
            Glossaries are the shipped ones (Glossaries/, or $PADAN_GLOSSARIES) unless --glossary is \
            given; TSV, CSV and TBX files are read by extension.

            Examples:
              padan term lookup senjata
              padan term find article.id.txt --json
              padan term check article.id.txt article.en.txt
              padan term stem memperluas persenjataan Bekasi
            """,
        subcommands: [
            TermLookupCommand.self, TermFindCommand.self, TermCheckCommand.self, TermStemCommand.self,
            TermImportCommand.self, TermExportCommand.self, TermStatsCommand.self, TermExtractCommand.self,
        ]
    )
}
