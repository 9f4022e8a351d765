import Foundation
import Testing
@testable import Segmentation

/// swift-corelibs-foundation leaks a copy of the pattern for every `NSRegularExpression` compiled
/// (about 6 KB for a 3,100-character rule), so loading the same rules again must compile nothing.
@Suite struct RegularExpressionCacheTests {
    private static func fixture(_ name: String) throws -> String {
        try #require(Bundle.module.url(forResource: name, withExtension: "srx", subdirectory: "Fixtures")).path
    }

    @Test func loadingTheSameSRXAgainReusesEveryCompiledExpression() throws {
        let first = try SegmentationRules.load(srxPath: Self.fixture("house"), language: .indonesian)
        let second = try SegmentationRules.load(srxPath: Self.fixture("house"), language: .indonesian)
        #expect(first.rules.count == second.rules.count)
        #expect(!first.rules.isEmpty)
        for (earlier, later) in zip(first.rules, second.rules) {
            #expect(earlier.expression.regex === later.expression.regex)
        }
    }

    @Test func theSameRuleWrittenTwiceCompilesOnce() throws {
        let pattern = #"\bKol\.(?# cache test \#(UUID().uuidString))"#
        let one = try SegmentationRule(isBreak: false, before: pattern, after: #"\s"#)
        let two = try SegmentationRule(isBreak: false, before: pattern, after: #"\s"#)
        #expect(one.expression.regex === two.expression.regex)
        let other = try SegmentationRule(isBreak: true, before: pattern, after: #"\s+\p{Lu}"#)
        #expect(other.expression.regex !== one.expression.regex)
    }

    @Test func optionsAreAPartOfTheKey() throws {
        let code = "id-\(UUID().uuidString)"
        let plain = try RegularExpressionCache.expression("^(?:\(code))$")
        let folded = try RegularExpressionCache.expression("^(?:\(code))$", options: [.caseInsensitive])
        #expect(plain !== folded)
        let shouted = code.uppercased(), range = NSRange(location: 0, length: code.utf16.count)
        #expect(plain.firstMatch(in: shouted, range: range) == nil)
        #expect(folded.firstMatch(in: shouted, range: range) != nil)
        #expect(try RegularExpressionCache.expression("^(?:\(code))$", options: [.caseInsensitive]) === folded)
    }

    @Test func anInvalidPatternStillFailsEveryTime() {
        #expect(throws: (any Error).self) { try RegularExpressionCache.expression("(unclosed") }
        #expect(throws: (any Error).self) { try RegularExpressionCache.expression("(unclosed") }
    }
}
