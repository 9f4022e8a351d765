import ArgumentParser
import Foundation

/// `--quiet`, shared by the `padan tmx` commands that read whole files.
struct ProgressOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Do not show progress on standard error.")
    var quiet = false

    /// Files smaller than this finish before a progress line would help.
    static let threshold = 4 << 20

    /// A progress line for reading `path`, or `nil` when the file is small or progress is off.
    func progress(reading path: String, label: String) -> Progress? {
        guard path != "-", !quiet,
              let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int,
              size >= ProgressOptions.threshold else { return nil }
        return Progress(label: label, total: size, quiet: quiet)
    }
}
