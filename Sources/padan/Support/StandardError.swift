import Foundation

/// `print(…, to: &standardError)` for diagnostics and progress: data goes to stdout only.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}
