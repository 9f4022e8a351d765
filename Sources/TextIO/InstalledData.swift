import Foundation

/// Where an installed `padan` keeps what it reads besides its input (`make install`): for an
/// executable installed as `PREFIX/bin/padan`, the directories under `PREFIX/share/padan`.
public enum InstalledData {
    /// `PREFIX/share/padan/name` beside the `bin` that holds `executable`, when it holds every one
    /// of `files`; `nil` otherwise (a binary in its build directory reads its resource bundle).
    public static func directory(_ name: String, forExecutable executable: URL, holding files: [String]) -> URL? {
        let directory = executable.resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/padan").appendingPathComponent(name)
        let complete = files.allSatisfy { FileManager.default.fileExists(atPath: directory.appendingPathComponent($0).path) }
        return complete ? directory : nil
    }
}
