import Foundation
import TextIO

/// One SRX-style rule: at a position where `before` matches the text up to it and `after` the
/// text from it, either break the sentence there or forbid a break.
///
///     let rule = try SegmentationRule(isBreak: true, before: #"[.?!]+"#, after: #"\s+\p{Lu}"#)
///
/// Patterns are ICU regular expressions, the dialect SRX 2.0 specifies. A rule applies at the end
/// of each match of `before` found scanning left to right without overlap, when `after` matches
/// from there (`after` is a look-ahead and consumes nothing).
public struct SegmentationRule: Sendable, Hashable {
    /// `true` for `break="yes"`, `false` for an exception (`break="no"`).
    public var isBreak: Bool
    /// The `beforebreak` pattern (may be empty).
    public var before: String
    /// The `afterbreak` pattern (may be empty).
    public var after: String
    /// Where the rule was written, for SRX rules; `nil` for built-in ones.
    public var location: SourceLocation?
    let expression: CompiledExpression

    /// Compiles a rule.
    /// - Throws: `SRXError` (`.invalidPattern`) when either pattern is not a valid ICU regex.
    public init(isBreak: Bool, before: String, after: String, location: SourceLocation? = nil) throws(SRXError) {
        self.isBreak = isBreak
        self.before = before
        self.after = after
        self.location = location
        let combined = "(?:" + before + ")" + (after.isEmpty ? "" : "(?=" + after + ")")
        do {
            expression = CompiledExpression(try RegularExpressionCache.expression(combined))
        } catch {
            let side = (try? RegularExpressionCache.expression(before)) == nil ? "beforebreak \"\(before)\"" : "afterbreak \"\(after)\""
            throw SRXError(.invalidPattern, at: location ?? SourceLocation(file: "<built-in rules>"),
                           "\(side) is not a valid ICU regular expression; fix the pattern (SRX uses ICU syntax)")
        }
    }

    public static func == (lhs: SegmentationRule, rhs: SegmentationRule) -> Bool {
        lhs.isBreak == rhs.isBreak && lhs.before == rhs.before && lhs.after == rhs.after
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(isBreak)
        hasher.combine(before)
        hasher.combine(after)
    }
}

/// A compiled regular expression; `NSRegularExpression` is immutable and safe to share.
struct CompiledExpression: @unchecked Sendable {
    let regex: NSRegularExpression
    init(_ regex: NSRegularExpression) { self.regex = regex }
}
