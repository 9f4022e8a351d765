import Foundation

/// Access tokens: made from the system's random source, compared in constant time.
public enum AccessToken {
    /// A new token of 32 random bytes as 64 hexadecimal digits.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }

    /// Whether `given` equals `expected`, taking the same time wherever they differ, so the time
    /// an answer takes tells nothing about how much of a guess was right.
    public static func matches(_ given: String, expected: String) -> Bool {
        let a = Array(given.utf8), b = Array(expected.utf8)
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for index in 0..<b.count {
            difference |= (index < a.count ? a[index] : 0) ^ b[index]
        }
        return difference == 0
    }
}
