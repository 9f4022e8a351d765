import ArgumentParser
import TMX

/// `padan tmx stats FILE…`
struct TMXStatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count units, language pairs, tools, dates, inline tags and props in TMX files.",
        discussion: """
            With several files, prints each file's figures and then the total.

            Examples:
              padan tmx stats TMX/sample.tmx
              padan tmx stats --json export-2023.tmx export-2024.tmx
            """
    )

    @Argument(help: "The TMX files to read (- for standard input).")
    var files: [String]

    @Flag(help: "Print the figures as JSON.")
    var json = false

    @OptionGroup var progressOptions: ProgressOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one TMX file.") }
    }

    func run() async throws {
        var all: [FileStatistics] = []
        for file in files {
            let reader = try TMXReader(path: file)
            var statistics = TMXStatistics(header: reader.header)
            let progress = progressOptions.progress(reading: file, label: "reading \(file)")
            try statistics.add(unitsOf: reader) { units in progress?.update(reader.bytesRead, detail: "\(units) units") }
            progress?.finish()
            all.append(FileStatistics(file: file, statistics: statistics, warnings: reader.warnings.count + reader.droppedWarningCount))
        }
        if json {
            try JSONOutput.print(all)
            return
        }
        for entry in all { print(StatisticsTable.render(entry.statistics, title: entry.file, warnings: entry.warnings)) }
        if all.count > 1, var total = all.first?.statistics {
            for entry in all.dropFirst() { total.merge(entry.statistics) }
            print(StatisticsTable.render(total, title: "total (\(all.count) files)", warnings: all.reduce(0) { $0 + $1.warnings }))
        }
    }

    struct FileStatistics: Encodable {
        var file: String
        var statistics: TMXStatistics
        var warnings: Int
    }
}
