import ArgumentParser
import Foundation
import Memory

/// `padan memory stats`
struct MemoryStatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show how many units the memory holds, by language pair and origin.",
        discussion: """
            Examples:
              padan memory stats
              padan memory stats --json --memory team.sqlite
            """
    )

    @Flag(help: "Write the figures as JSON.")
    var json = false

    @OptionGroup var memory: MemoryLocation

    func run() async throws {
        let stats = try memory.openForReading().stats()
        if json { return try JSONOutput.print(stats) }
        let day = Date.ISO8601FormatStyle().year().month().day()
        print("memory:      \(stats.path)")
        print("size:        \(ByteCountFormatter.string(fromByteCount: Int64(stats.fileSize), countStyle: .file))")
        print("units:       \(stats.units)" + (stats.searchableUnits == stats.units ? "" :
            " (\(stats.searchableUnits) searchable, \(stats.units - stats.searchableUnits) of other language pairs kept for export)"))
        if let oldest = stats.oldest, let newest = stats.newest {
            print("dates:       \(oldest.formatted(day)) … \(newest.formatted(day))")
        }
        print("words:       \(stats.sourceWords) source, \(stats.targetWords) target")
        for (title, groups) in [("languages", stats.languagePairs), ("origins", stats.origins)] where !groups.isEmpty {
            print("\(title):")
            for group in groups {
                let name = group.name.hasSuffix(" → ") ? group.name + "(one language only)" : group.name
                print("  \(String(group.units).leftPadded(to: 9))  \(name)")
            }
        }
    }
}

extension String {
    /// The string with spaces in front up to `width` characters.
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
