/// An ordered list of break and no-break rules: at each position the first rule that matches
/// decides, as in SRX; a position no rule matches is not a break.
///
///     let rules = try SegmentationRules.load(srxPath: "house.srx", language: .indonesian)
///         .extending(.builtIn(.indonesian))    // the house rules first, then Padan's
///     let segmenter = Segmenter(language: .indonesian, rules: rules)
///
/// Paragraph breaks (blank lines) are applied by the `Segmenter` whatever the rules say.
public struct SegmentationRules: Sendable, Hashable {
    /// The rules in priority order.
    public var rules: [SegmentationRule]

    public init(rules: [SegmentationRule]) {
        self.rules = rules
    }

    /// These rules, then `base`: a rule here wins over any rule of `base` at the same position.
    public func extending(_ base: SegmentationRules) -> SegmentationRules {
        SegmentationRules(rules: rules + base.rules)
    }

    /// Padan's rules for news text in `language` (see `BuiltInRules`).
    public static func builtIn(_ language: Language) -> SegmentationRules {
        switch language {
        case .indonesian: BuiltInRules.indonesian
        case .english: BuiltInRules.english
        }
    }
}
