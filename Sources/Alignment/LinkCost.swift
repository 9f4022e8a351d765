/// What one link costs the alignment search, in nats, and the parts it is made of: lower is
/// more likely. `total` = `prior` + `length` − `evidence` (+ the boilerplate surcharge of a merge).
public struct LinkCost: Sendable, Hashable {
    /// −log of the bead type's prior; for a 1-0 or 0-1 link the whole cost of leaving it unmatched.
    public var prior: Double
    /// The length model's cost (0 for a 1-0 or 0-1 link).
    public var length: Double
    /// Lexical evidence earned: shared cues minus one-sided ones, scaled and capped.
    public var evidence: Double
    /// The link's cost in the search.
    public var total: Double
}
