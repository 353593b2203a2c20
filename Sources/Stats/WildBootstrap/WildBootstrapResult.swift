/// The outcome of a restricted wild cluster bootstrap (WCR) test of
/// `H0: β_j = β0`: plain data for tables and JSON.
public struct WildBootstrapResult: Sendable, Equatable, Codable {
    /// The tested term.
    public let coefficient: String
    /// `β̂_j` from the original fit.
    public let estimate: Double
    /// `β0` of the null hypothesis.
    public let nullValue: Double
    /// CR1 cluster-robust standard error of `β̂_j` (as in the regression table).
    public let standardError: Double
    /// `t = (β̂_j − β0)/se_CR1`.
    public let statistic: Double
    /// The bootstrap p-value of the kind `pValueKind`.
    public let pValue: Double
    public let pValueKind: WildBootstrapPValueKind
    public let weights: WildBootstrapWeights
    /// Replicates used: `2^G` when `enumerated`, the requested `B` otherwise.
    public let replications: Int
    /// Whether all `2^G` Rademacher sign vectors were used (p-value exact with
    /// respect to the bootstrap distribution).
    public let enumerated: Bool
    /// Name of the cluster variable and `G`, the clusters with observations.
    public let clusterName: String
    public let clusters: Int
    /// The CR1 factor `G/(G−1)·(N−1)/(N−K)` applied to `t` and every `t*`.
    public let smallSampleFactor: Double
    /// Confidence interval by inverting the bootstrap test (±∞ when the p-value
    /// never falls to `1 − level` on that side, and for the open side of a
    /// one-sided test); `nil` when no level was requested.
    public let confidenceLow: Double?
    public let confidenceHigh: Double?
    public let level: Double?
    /// The seed of the `Xoshiro256StarStar` that drew the weights; `nil` when a
    /// caller-supplied generator was used or the weights were enumerated.
    public let seed: UInt64?
    public let notes: [String]
}
