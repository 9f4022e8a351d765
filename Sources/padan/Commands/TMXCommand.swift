import ArgumentParser

/// `padan tmx`: inspect, validate and convert TMX translation memories.
struct TMXCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tmx",
        abstract: "Inspect, validate and convert TMX translation memories.",
        discussion: """
            Reads TMX 1.1–1.4b from any CAT tool (OmegaT, Trados, memoQ, Phrase, Wordfast) in \
            UTF-8, UTF-16 or any declared encoding, streaming, so large memories run in flat memory. \
            Writes TMX 1.4b in UTF-8, valid against the TMX 1.4b DTD.

            Examples:
              padan tmx stats TMX/sample.tmx
              padan tmx validate export.tmx
              padan tmx convert old-trados.tmx -o clean.tmx --langs id,en --dedupe
              padan tmx to-tsv memory.tmx -o memory.tsv
            """,
        subcommands: [
            TMXStatsCommand.self,
            TMXValidateCommand.self,
            TMXConvertCommand.self,
            TMXToTSVCommand.self,
            TMXFromTSVCommand.self,
        ]
    )
}
