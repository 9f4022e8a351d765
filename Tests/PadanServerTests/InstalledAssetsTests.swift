import Foundation
import Testing
@testable import PadanServer

@Suite struct InstalledAssetsTests {
    /// An installed `padan` serves its page from `share/padan/server`, so that it works once its
    /// build tree is gone; a directory missing a file is not taken.
    @Test func anInstalledBinaryReadsThePageFromShareBesideItsBin() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("padan-prefix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let server = prefix.appendingPathComponent("share/padan/server")
        try FileManager.default.createDirectory(at: server, withIntermediateDirectories: true)
        let executable = prefix.appendingPathComponent("bin/padan")
        for file in StaticAssets.files.dropLast() {
            try "<!-- \(file.name) -->\n".write(to: server.appendingPathComponent(file.name), atomically: true, encoding: .utf8)
        }
        #expect(StaticAssets.installedDirectory(forExecutable: executable) == nil)
        try "{}\n".write(to: server.appendingPathComponent(StaticAssets.files.last!.name), atomically: true, encoding: .utf8)
        #expect(StaticAssets.installedDirectory(forExecutable: executable)?.standardizedFileURL.path == server.standardizedFileURL.path)
    }
}
