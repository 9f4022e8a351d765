import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

@Suite struct ServeCommandTests {
    @Test func helpShowsExamplesAndBadOptionsAreUsageErrors() throws {
        let help = try PadanProcess.run(["serve", "--help"])
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("padan serve --memory desk.sqlite"))
        #expect(try PadanProcess.run(["serve", "--port", "70000"]).status == 64)
        #expect(try PadanProcess.run(["serve", "--token", "short"]).status == 64)
    }

    @Test func aFileThatIsNotAMemoryIsRefusedBeforeServing() throws {
        let directory = try PadanProcess.temporaryDirectory()
        let notes = directory.appendingPathComponent("notes.txt")
        try Data("catatan rapat redaksi\n".utf8).write(to: notes)
        let result = try PadanProcess.run(["serve", "--memory", notes.path, "--port", "0"])
        #expect(result.status == 65)
        #expect(result.standardError.contains("notes.txt"))
    }

    @Test func servesOnAFreePortAndPrintsTheAddress() async throws {
        let directory = try PadanProcess.temporaryDirectory()
        let process = Process()
        process.executableURL = PadanProcess.binary
        process.arguments = ["serve", "--memory", directory.appendingPathComponent("m.sqlite").path, "--port", "0", "--quiet"]
        let standardError = Pipe()
        process.standardError = standardError
        try process.run()
        defer { process.terminate() }
        // "padan: serving PATH at http://127.0.0.1:PORT/" is the first line the command prints.
        var printed = ""
        while !printed.contains("/\n"), case let chunk = standardError.fileHandleForReading.availableData, !chunk.isEmpty {
            printed += String(decoding: chunk, as: UTF8.self)
        }
        let address = try #require(printed.split(separator: " ").first { $0.hasPrefix("http://127.0.0.1:") })
        let url = try #require(URL(string: address.trimmingCharacters(in: .whitespacesAndNewlines) + "api/memory/stats"))
        let (data, response) = try await URLSession(configuration: .ephemeral).data(from: url)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        let stats = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(stats["units"] as? Int == 0)
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "SIGTERM stops the server cleanly")
    }
}
