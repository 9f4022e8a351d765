import ArgumentParser

/// `padan memory`: the translation memory's import, export, statistics, concordance and fuzzy lookup.
struct MemoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memory",
        abstract: "Import, export and search the translation memory.",
        discussion: """
            The memory is one SQLite file: ~/.local/share/padan/memory.sqlite, or \
            $PADAN_HOME/memory.sqlite when PADAN_HOME is set, or the file given with --memory.

            Examples:
              padan memory import antara-2018.tmx tempo.tmx
              padan memory lookup "Presiden tiba di Jakarta pada hari Senin."
              padan memory search "kunjungan kenegaraan"
              padan memory export -o desk-politik.tmx --origin antara-2018.tmx
            """,
        subcommands: [
            MemoryImportCommand.self,
            MemoryExportCommand.self,
            MemoryStatsCommand.self,
            MemorySearchCommand.self,
            MemoryLookupCommand.self,
            MemoryLexiconCommand.self,
        ]
    )
}
