import Foundation
@testable import Lexicon
import Testing

@Suite struct CountsCacheTests {
    /// A fresh directory holding one input file, removed by the caller.
    static func scratch() throws -> (directory: URL, input: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("padan-counts-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let input = directory.appendingPathComponent("list.txt").path
        try "rumah house\n".write(toFile: input, atomically: true, encoding: .utf8)
        return (directory, input)
    }

    static let counts = TranslationCounts([(WordPair(source: "rumah", target: "house"), 3), (WordPair(source: "kapal", target: "ship"), 0.1 + 0.2)])

    @Test func aSecondReadOfUnchangedInputsComesFromTheFileExactly() throws {
        let (directory, input) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = CountsCache(directory: directory.appendingPathComponent("cache").path)
        var computed = 0
        let first = cache.counts(named: "test", inputs: [input]) { computed += 1; return Self.counts }
        let second = cache.counts(named: "test", inputs: [input]) { computed += 1; return TranslationCounts() }
        #expect(computed == 1)
        #expect(first == Self.counts && second == Self.counts)   // 0.1 + 0.2 to the last bit
    }

    @Test func aChangedInputIsComputedAgainAndOnlyTheLatestFilesKept() throws {
        let (directory, input) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cacheDirectory = directory.appendingPathComponent("cache").path
        let cache = CountsCache(directory: cacheDirectory)
        for version in 1...(CountsCache.filesKeptPerName + 2) {
            try String(repeating: "rumah house\n", count: version).write(toFile: input, atomically: true, encoding: .utf8)
            let changed = TranslationCounts([(WordPair(source: "rumah", target: "house"), Double(version))])
            #expect(cache.counts(named: "test", inputs: [input]) { changed } == changed)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: cacheDirectory).count == CountsCache.filesKeptPerName)
        var computed = 0   // the latest is among those kept
        _ = cache.counts(named: "test", inputs: [input]) { computed += 1; return TranslationCounts() }
        #expect(computed == 0)
    }

    @Test(arguments: ["", "padan-counts 1 2\nrumah\thouse\t3\n", "padan-counts 1 1\nrumah\thouse\tmany\n", "padan-counts 1 1\nrumah house 3\n"])
    func aMalformedOrCutFileIsComputedAgain(content: String) throws {
        let (directory, input) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cacheDirectory = directory.appendingPathComponent("cache").path
        let cache = CountsCache(directory: cacheDirectory)
        _ = cache.counts(named: "test", inputs: [input]) { Self.counts }
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: cacheDirectory).first)
        try content.write(toFile: "\(cacheDirectory)/\(file)", atomically: true, encoding: .utf8)
        var computed = 0
        #expect(cache.counts(named: "test", inputs: [input]) { computed += 1; return Self.counts } == Self.counts)
        #expect(computed == 1)
    }

    @Test func aDirectoryThatCannotBeWrittenOnlyCostsTheComputation() throws {
        let (directory, input) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = CountsCache(directory: input + "/cache")   // under a plain file: never creatable
        var computed = 0
        for _ in 0..<2 { #expect(cache.counts(named: "test", inputs: [input]) { computed += 1; return Self.counts } == Self.counts) }
        #expect(computed == 2)
    }

    @Test func theStandardPlaceFollowsTheEnvironment() {
        #expect(CountsCache.standard(environment: ["HOME": "/home/desk"]).directory == "/home/desk/.cache/padan")
        #expect(CountsCache.standard(environment: ["HOME": "/home/desk", "XDG_CACHE_HOME": "/var/cache/desk"]).directory == "/var/cache/desk/padan")
        #expect(CountsCache.standard(environment: ["HOME": "/home/desk", "PADAN_NO_CACHE": "1"]).directory == nil)
    }
}
