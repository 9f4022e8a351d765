import Foundation
import Testing

@Suite struct HelpAndExitStatusTests {
    @Test func helpListsEveryCommandAndExitsZero() throws {
        let result = try PadanProcess.run(["--help"])
        #expect(result.status == 0)
        for command in ["tmx", "align", "term", "memory", "suggest", "check"] {
            #expect(result.standardOutput.contains("  \(command) "), "help should list \(command)")
        }
    }

    @Test func unknownCommandIsAUsageError() throws {
        let result = try PadanProcess.run(["translate-everything"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("translate-everything"))
        #expect(result.standardOutput.isEmpty)
    }
}
