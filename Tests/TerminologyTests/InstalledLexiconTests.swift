import Foundation
import Testing
@testable import Terminology

@Suite struct InstalledLexiconTests {
    @Test func anInstalledBinaryReadsTheLexiconFromShareBesideItsBin() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("padan-prefix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let lexicon = prefix.appendingPathComponent("share/padan/lexicon")
        try FileManager.default.createDirectory(at: lexicon, withIntermediateDirectories: true)
        let executable = prefix.appendingPathComponent("bin/padan")
        // Until every part is there, the binary keeps to its resource bundle.
        for part in IndonesianLexicon.builtInParts.dropLast() {
            try "kata\n".write(to: lexicon.appendingPathComponent(part + ".txt"), atomically: true, encoding: .utf8)
        }
        #expect(IndonesianLexicon.installedDirectory(forExecutable: executable) == nil)
        try "Bekasi\n".write(to: lexicon.appendingPathComponent(IndonesianLexicon.builtInParts.last! + ".txt"), atomically: true, encoding: .utf8)
        #expect(IndonesianLexicon.installedDirectory(forExecutable: executable)?.standardizedFileURL.path == lexicon.standardizedFileURL.path)
    }
}
