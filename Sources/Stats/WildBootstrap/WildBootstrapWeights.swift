/// The distribution of the auxiliary weights `v_g` that multiply each cluster's
/// restricted residuals in the wild cluster bootstrap (one draw per cluster and
/// replicate). Every choice has mean 0 and variance 1.
public enum WildBootstrapWeights: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// ±1 with probability ½ each (Davidson & Flachaire 2008; Cameron, Gelbach &
    /// Miller 2008). The default of Stata `boottest` and R `fwildclusterboot`.
    /// With `G` clusters there are only `2^G` distinct sign vectors, so when
    /// `2^G ≤ B` all of them are enumerated instead of sampled.
    case rademacher
    /// Webb's six-point distribution ±√(1/2), ±1, ±√(3/2), each with probability
    /// 1/6 (Webb 2023, Canadian Journal of Economics 56:839–858): same first
    /// four moments as Rademacher except E v⁴ = 7/6, and `6^G` distinct vectors,
    /// recommended when `G` is below about 12 (MacKinnon & Webb 2017).
    case webb
    /// Mammen's (1993, Annals of Statistics 21:255–285) two-point distribution:
    /// `−(√5−1)/2` with probability `(√5+1)/(2√5)`, `(√5+1)/2` otherwise
    /// (E v³ = 1). Offered for comparison; MacKinnon & Webb (2017) find it
    /// worse than Rademacher with few clusters.
    case mammen

    /// The two Mammen support points and the probability of the first.
    static let mammenLow = -(5.0.squareRoot() - 1) / 2
    static let mammenHigh = (5.0.squareRoot() + 1) / 2
    static let mammenLowProbability = (5.0.squareRoot() + 1) / (2 * 5.0.squareRoot())

    /// Fills `v` with independent draws. Cluster order is the order in which
    /// clusters first appear among the estimation rows, so a seed reproduces the
    /// same replicates on every platform (the draws come from `RandomDraws`).
    @inline(__always)
    func fill(_ v: UnsafeMutableBufferPointer<Double>, using rng: inout some RandomNumberGenerator) {
        switch self {
        case .rademacher:
            for g in v.indices { v[g] = RandomDraws.rademacher(using: &rng) }
        case .webb:
            for g in v.indices { v[g] = RandomDraws.webb(using: &rng) }
        case .mammen:
            for g in v.indices {
                v[g] = RandomDraws.uniform(using: &rng) < Self.mammenLowProbability ? Self.mammenLow : Self.mammenHigh
            }
        }
    }
}
