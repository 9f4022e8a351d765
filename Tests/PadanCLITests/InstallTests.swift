import Foundation
import Testing

/// `Scripts/install.sh` (what `make install` runs after building) into a temporary PREFIX, then
/// the installed binary run from a directory that is not the checkout.
@Suite struct InstallTests {
    static let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Runs `executable` in `directory` without `PADAN_GLOSSARIES`, feeding `input` on stdin.
    static func run(_ executable: String, _ arguments: [String], in directory: URL, input: String = "") throws -> PadanProcess.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.filter { $0.key != "PADAN_GLOSSARIES" }
        let output = Pipe(), error = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        try process.run()
        standardInput.fileHandleForWriting.write(Data(input.utf8))
        try standardInput.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return PadanProcess.Result(status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
                                   standardError: String(decoding: errorData, as: UTF8.self))
    }

    @Test func theInstalledBinaryFindsItsGlossariesAndLexiconFromAnotherDirectory() throws {
        let prefix = try PadanProcess.temporaryDirectory()
        let elsewhere = try PadanProcess.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: prefix)
            try? FileManager.default.removeItem(at: elsewhere)
        }
        let binDirectory = PadanProcess.binary.deletingLastPathComponent().path
        let installed = try Self.run("/bin/bash", [Self.checkout.appendingPathComponent("Scripts/install.sh").path, prefix.path, binDirectory],
                                     in: Self.checkout)
        #expect(installed.status == 0, "\(installed.standardError)")
        for file in ["bin/padan", "share/padan/Glossaries/diplomacy.tsv", "share/padan/lexicon/roots.txt",
                     "share/bash-completion/completions/padan", "share/zsh/site-functions/_padan",
                     "share/fish/vendor_completions.d/padan.fish"] {
            #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "\(file)")
        }
        let padan = prefix.appendingPathComponent("bin/padan").path
        // Glossaries: found beside the installed binary, not in the working directory or the environment.
        let find = try Self.run(padan, ["term", "find", "-"], in: elsewhere, input: "Delegasi itu tiba menjelang KTT di Jakarta.")
        #expect(find.status == 0, "\(find.standardError)")
        #expect(find.standardOutput.contains("exact\tKTT\tsummit"))
        // The lexicon: function words, names and roots all take part in stemming.
        let stem = try Self.run(padan, ["term", "stem", "memakai", "Bekasi", "persenjataan"], in: elsewhere)
        #expect(stem.standardOutput == "memakai\tpakai\nBekasi\tBekasi\npersenjataan\tsenjata\n")
        // The bash completion script is valid bash and completes the subcommands.
        let completion = prefix.appendingPathComponent("share/bash-completion/completions/padan").path
        #expect(try Self.run("/bin/bash", ["-n", completion], in: elsewhere).status == 0)
        #expect(try String(contentsOfFile: completion, encoding: .utf8).contains("suggest"))
    }

    @Test func aMissingManPageOrBinaryIsRefused() throws {
        let prefix = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: prefix) }
        let script = Self.checkout.appendingPathComponent("Scripts/install.sh").path
        let noBinary = try Self.run("/bin/bash", [script, prefix.path, prefix.path], in: Self.checkout)
        #expect(noBinary.status == 66 && noBinary.standardError.contains("no \(prefix.path)/padan"))
        let noManPage = try Self.run("/bin/bash", [script, prefix.path, PadanProcess.binary.deletingLastPathComponent().path,
                                                    prefix.appendingPathComponent("padan.1").path], in: Self.checkout)
        #expect(noManPage.status == 66)
        #expect(!FileManager.default.fileExists(atPath: prefix.appendingPathComponent("bin/padan").path))
    }
}
