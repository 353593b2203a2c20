/// What absorbing the fixed effects did: plain data reported with a regression.
public struct FixedEffectsSummary: Sendable, Equatable, Hashable, Codable {
    /// Names of the dimensions.
    public let names: [String]
    /// Levels per dimension among the observations used.
    public let levels: [Int]
    /// Observations used in the estimation (after singleton removal).
    public let observationsUsed: Int
    /// 0-based rows (of the model's data) dropped as singletons, ascending.
    public let droppedSingletonRows: [Int]
    /// Parameters absorbed by the fixed effects (including the constant):
    /// `L` (one way), `L₁ + L₂ − C` (two way, exact), see `FixedEffectsAbsorber`.
    public let absorbedParameters: Int
    /// `false` with three or more dimensions (the count is then an upper bound).
    public let absorbedCountIsExact: Bool
    /// Connected components of the bipartite graph of the first two dimensions.
    public let connectedComponents: Int?
    /// Largest number of alternating-projection sweeps over the columns.
    public let iterations: Int
    /// Whether every column met the convergence criterion.
    public let converged: Bool
    public let notes: [String]
}
