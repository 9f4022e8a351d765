import ArgumentParser
import Foundation
import TextIO

/// The `padan` command line: thin wrappers over the library targets.
@main
struct Padan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "padan",
        abstract: "Align, look up and reuse Indonesian→English wire-copy translations.",
        discussion: """
            Padan builds a translation memory from Indonesian articles and their English \
            versions, reads and writes TMX for CAT tools, finds glossary terms in Indonesian \
            text whatever affixes they carry, and suggests consistent translations for new copy.

            Exit status: 0 success, 1 findings (check commands), 64 usage error, \
            65 bad input data, 66 missing input, 70 internal error, 73 cannot create output, \
            74 read or write failed, 75 memory busy (try again later).

            Examples:
              padan align berita.id.txt story.en.txt -o berita.tmx
              padan memory import desk.tmx
              padan term find berita-baru.id.txt
              padan suggest berita-baru.id.txt --xliff berita-baru.xlf
              padan serve --memory desk.sqlite
            """,
        version: PadanVersion.current,
        subcommands: [
            TMXCommand.self,
            AlignCommand.self,
            SegmentCommand.self,
            TermCommand.self,
            MemoryCommand.self,
            SuggestCommand.self,
            CheckCommand.self,
            ServeCommand.self,
        ]
    )

    /// Runs the command, turning any `UserFacingError` into one line on stderr and its exit status.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as UserFacingError {
            var standardError = StandardError()
            print("padan: \(error)", to: &standardError)
            Foundation.exit(error.category.exitStatus)
        } catch {
            exit(withError: error)
        }
    }
}
