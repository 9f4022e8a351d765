import Foundation

/// Compiled regular expressions shared by the process, by pattern and options.
///
///     let expression = try RegularExpressionCache.expression("(?:[.?!]+)(?=\\s+\\p{Lu})")
///
/// swift-corelibs-foundation's `NSRegularExpression` leaks a copy of a long pattern (UTF-16, about
/// 2 bytes a character: 6 KB for a 3,100-character abbreviation rule) every time one is compiled,
/// so a server that loads rules per request would grow without bound. Compiling each pattern once
/// keeps repeated loads of the same rules (built-in or SRX) flat; `NSRegularExpression` is
/// immutable and safe to share across threads. Patterns are kept up to `capacity` bytes of pattern
/// text in all; beyond that a pattern is compiled without being kept (and leaks as before) rather
/// than the cache growing without bound.
enum RegularExpressionCache {
    /// The most pattern text kept, in UTF-8 bytes (far more than the built-in rules of both languages).
    static let capacity = 4 << 20

    /// The compiled expression for `pattern`, compiled on first use.
    /// - Throws: `NSRegularExpression`'s error for an invalid pattern (not kept: each try recompiles).
    static func expression(_ pattern: String, options: NSRegularExpression.Options = []) throws -> NSRegularExpression {
        let key = Key(pattern: pattern, options: options.rawValue)
        if let known = storage.lookup(key) { return known }
        let compiled = try NSRegularExpression(pattern: pattern, options: options)
        return storage.keep(compiled, for: key)
    }

    private struct Key: Hashable {
        var pattern: String
        var options: UInt
    }

    private static let storage = Storage()

    /// The expressions behind a lock.
    private final class Storage: @unchecked Sendable {
        private let lock = NSLock()
        private var expressions: [Key: NSRegularExpression] = [:]
        private var keptBytes = 0

        func lookup(_ key: Key) -> NSRegularExpression? {
            lock.withLock { expressions[key] }
        }

        /// The expression kept for `key`: `compiled`, or the one another thread kept first.
        func keep(_ compiled: NSRegularExpression, for key: Key) -> NSRegularExpression {
            lock.withLock {
                if let known = expressions[key] { return known }
                if keptBytes + key.pattern.utf8.count <= RegularExpressionCache.capacity {
                    expressions[key] = compiled
                    keptBytes += key.pattern.utf8.count
                }
                return compiled
            }
        }
    }
}
