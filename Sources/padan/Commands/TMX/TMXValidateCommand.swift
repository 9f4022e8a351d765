import ArgumentParser
import Foundation
import TMX
import TextIO

/// `padan tmx validate FILE…`
struct TMXValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check TMX files against TMX 1.4b and list every problem with its line.",
        discussion: """
            Errors break the TMX 1.4b DTD or specification (a tuv without a language, an ept \
            without its bpt, a missing i or pos, markup inside seg, malformed XML); warnings are \
            deviations real exports have and Padan reads anyway (no version, no header, TMX 1.1 \
            lang=, prop without type, dates not in YYYYMMDDThhmmssZ). Exit status 0 when every \
            file is valid (warnings allowed), 65 when any has an error.

            Examples:
              padan tmx validate TMX/sample.tmx
              padan tmx validate --json export.tmx
            """
    )

    @Argument(help: "The TMX files to check (- for standard input).")
    var files: [String]

    @Flag(help: "Print the reports as JSON.")
    var json = false

    @Flag(help: "List errors only, not warnings.")
    var errorsOnly = false

    @OptionGroup var progressOptions: ProgressOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one TMX file.") }
    }

    func run() async throws {
        var reports: [TMXValidationReport] = []
        for file in files {
            let progress = progressOptions.progress(reading: file, label: "checking \(file)")
            var report = try TMXValidator.validate(path: file) { progress?.update($0) }
            progress?.finish()
            if errorsOnly { report.diagnostics.removeAll { $0.severity != .error } }
            reports.append(report)
        }
        if json {
            try JSONOutput.print(reports)
        } else {
            for report in reports {
                for diagnostic in report.diagnostics { print(diagnostic) }
                let shown = report.diagnostics.count
                let total = report.errorCount + (errorsOnly ? 0 : report.warningCount)
                if total > shown { print("\(report.file): … and \(total - shown) more") }
                let verdict = report.isValid ? "valid TMX" : "not valid TMX"
                print("\(report.file): \(verdict): \(report.unitCount) units, \(report.errorCount) errors, \(report.warningCount) warnings")
            }
        }
        if reports.contains(where: { !$0.isValid }) { throw ExitCode(FailureCategory.dataError.exitStatus) }
    }
}
