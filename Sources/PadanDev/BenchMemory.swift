import ArgumentParser
import Foundation
import Memory

/// `padan-dev bench-memory`: fuzzy lookup latency, indexed and by full scan, and their agreement.
struct BenchMemory: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-memory",
        abstract: "Time fuzzy lookups on a memory built by generate-memory, against a full scan.",
        discussion: """
            Queries: a fifth are memory sentences as they are, two fifths are memory sentences \
            with a number, a word or a letter case changed, two fifths are fresh sentences.

            Examples:
              padan-dev bench-memory --memory .build/bench/memory.sqlite --units 1000000
              padan-dev bench-memory --memory m.sqlite --units 100000 --queries 200 --style templated
            """
    )

    @Option(help: "The memory file, imported from `generate-memory --seed 1`.")
    var memory: String

    @Option(help: "How many units generate-memory wrote (the memory sentences queries are drawn from).")
    var units: Int

    @Option(help: "The sentence generator the memory was written with (wire or templated).")
    var style = SentenceStyle.wire

    @Option(help: "How many queries to time.")
    var queries = 1000

    @Option(help: "The lowest score kept.")
    var threshold: Double = 70

    @Option(help: "Also write the queries here, one a line (for peers and `padan memory lookup --file`).")
    var writeQueries: String?

    func run() async throws {
        let store = try TranslationMemory(path: memory)
        let texts = Self.queries(count: queries, memoryUnits: units, style: style)
        if let writeQueries {
            try texts.map { $0 + "\n" }.joined().write(toFile: writeQueries, atomically: true, encoding: .utf8)
        }
        let scan = try store.loadFullScan()
        var indexedTimes: [Duration] = [], indexedCPU: [Duration] = [], scanTimes: [Duration] = []
        var agreeing = 0, withMatch = 0, matches = 0
        let clock = ContinuousClock()
        for text in texts {
            var indexed: [MemoryMatch] = [], reference: [MemoryMatch] = []
            let cpuBefore = Self.threadCPUTime()
            indexedTimes.append(try clock.measure { indexed = try store.lookup(text, limit: 5, threshold: threshold) })
            indexedCPU.append(Self.threadCPUTime() - cpuBefore)
            scanTimes.append(try clock.measure { reference = try scan.lookup(text, limit: 5, threshold: threshold) })
            if indexed == reference { agreeing += 1 }
            if !reference.isEmpty { withMatch += 1 }
            matches += reference.count
        }
        print("queries:               \(texts.count) (\(withMatch) with a match ≥ \(Int(threshold)) %, \(matches) matches in all top-5s)")
        print("lookup, indexed:       p50 \(Self.milliseconds(indexedTimes, 0.50)) ms, p95 \(Self.milliseconds(indexedTimes, 0.95)) ms, max \(Self.milliseconds(indexedTimes, 1)) ms"
              + " (its thread's CPU time: p50 \(Self.milliseconds(indexedCPU, 0.50)) ms, p95 \(Self.milliseconds(indexedCPU, 0.95)) ms)")
        print("lookup, full scan:     p50 \(Self.milliseconds(scanTimes, 0.50)) ms, p95 \(Self.milliseconds(scanTimes, 0.95)) ms")
        var batchTimes: [Duration] = [], batchCPU: [Duration] = []
        var last = clock.now, lastCPU = Self.threadCPUTime()
        try store.lookup(batch: texts, limit: 5, threshold: threshold) { _, _ in
            let now = clock.now, nowCPU = Self.threadCPUTime()
            batchTimes.append(now - last)
            batchCPU.append(nowCPU - lastCPU)
            (last, lastCPU) = (now, nowCPU)
        }
        print("lookup, batch (1 call): p50 \(Self.milliseconds(batchTimes, 0.50)) ms, p95 \(Self.milliseconds(batchTimes, 0.95)) ms per query"
              + " (CPU: p50 \(Self.milliseconds(batchCPU, 0.50)) ms, p95 \(Self.milliseconds(batchCPU, 0.95)) ms)")
        print(String(format: "top-5 agreement:       %d/%d queries (%.1f %%)", agreeing, texts.count, 100 * Double(agreeing) / Double(max(texts.count, 1))))
    }

    /// The benchmark's queries, the same on every run.
    static func queries(count: Int, memoryUnits: Int, style: SentenceStyle) -> [String] {
        var memorySentences = GeneratedSentences(style: style, seed: 1)
        var fresh = GeneratedSentences(style: style, seed: 99)
        var dice = SplitMix(seed: 12345)
        let picked = Set((0..<(count * 3 / 5)).map { _ in dice.integer(0...(max(memoryUnits, 1) - 1)) }).sorted()
        var fromMemory: [String] = []
        var position = 0
        for index in picked {
            while position < index { _ = memorySentences.next(); position += 1 }
            fromMemory.append(memorySentences.next().indonesian)
            position += 1
        }
        var result: [String] = []
        for (number, sentence) in fromMemory.enumerated() {
            result.append(number % 3 == 0 ? sentence : perturb(sentence, &dice))
        }
        while result.count < count { result.append(fresh.next().indonesian) }
        return result
    }

    /// The sentence with one number, word or letter case changed.
    static func perturb(_ sentence: String, _ dice: inout SplitMix) -> String {
        var words = sentence.split(separator: " ").map(String.init)
        let place = dice.integer(0...(words.count - 1))
        switch dice.integer(0...3) {
        case 0: words[place] = String(dice.integer(1...2030))
        case 1: words.remove(at: place)
        case 2: words[place] = words[place].uppercased()
        default: words.insert("juga", at: place)
        }
        return words.joined(separator: " ")
    }

    /// The calling thread's processor time: what a lookup costs whatever else the machine runs.
    static func threadCPUTime() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }

    static func milliseconds(_ times: [Duration], _ quantile: Double) -> String {
        guard !times.isEmpty else { return "-" }
        let sorted = times.sorted()
        let value = sorted[min(sorted.count - 1, Int(quantile * Double(sorted.count - 1)))]
        let (seconds, attoseconds) = value.components
        return String(format: "%.2f", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }
}
