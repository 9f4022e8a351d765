import Foundation

/// Progress on stderr for long work, shown only on a terminal and never with `--quiet`.
///
///     let progress = Progress(label: "importing", total: fileSize, quiet: quiet)
///     progress.update(bytesRead)     // rate-limited redraws
///     progress.finish()
final class Progress {
    private let label: String
    private let total: Int?
    private let enabled: Bool
    private var lastDraw = Date.distantPast

    init(label: String, total: Int?, quiet: Bool) {
        self.label = label
        self.total = total
        self.enabled = !quiet && isatty(2) == 1
    }

    /// Redraws at most ten times a second.
    func update(_ done: Int, detail: String = "") {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        var line = "\r\(label): "
        if let total, total > 0 {
            line += String(format: "%5.1f%%", Double(done) * 100 / Double(total))
        } else {
            line += "\(done)"
        }
        if !detail.isEmpty { line += "  \(detail)" }
        FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
    }

    /// Clears the progress line.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
