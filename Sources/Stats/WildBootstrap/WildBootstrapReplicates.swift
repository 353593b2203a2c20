/// The bootstrap statistics of all replicates as functions of the null value:
/// replicate `b` stores five numbers from which
/// `t*_b(δ) = (n0_b − δ n1_b) / √(f (pp_b − 2δ pq_b + δ² qq_b))`, `δ = β0 − β̂_j`
/// (see `WildBootstrapKernel`).
struct WildBootstrapReplicates: Sendable {
    let n0: [Double]
    let n1: [Double]
    let pp: [Double]
    let pq: [Double]
    let qq: [Double]

    var count: Int { n0.count }

    /// Relative tolerance within which `t*_b` counts as equal to `t` (see
    /// `WildBootstrapPValueKind`): the all-ones replicate reproduces `t` up to
    /// rounding (about 1e-14 relative), genuine ties otherwise have probability 0.
    static let tieTolerance = 1e-9

    /// The p-value of `kind` for `H0: β_j = β̂_j + δ`, whose statistic is
    /// `t = −δ / se`; `factor` is the CR1 factor `f`. `O(B)`, no allocation.
    func pValue(delta: Double, standardError se: Double, factor f: Double, kind: WildBootstrapPValueKind) -> Double {
        let t = -delta / se
        let tol = Self.tieTolerance * Swift.abs(t)
        let absT = Swift.abs(t) - tol
        var atLeast = 0  // t*_b ≥ t (within tolerance)
        var atMost = 0  // t*_b ≤ t
        var beyond = 0  // |t*_b| ≥ |t|
        let d2 = delta * delta
        for b in 0..<count {
            let num = n0[b] - delta * n1[b]
            let den2 = Swift.max(0, pp[b] - 2 * delta * pq[b] + d2 * qq[b]) * f
            let ts = num / den2.squareRoot()  // ±∞ when den = 0 < |num|, NaN (never counted) when both are 0
            if Swift.abs(ts) >= absT { beyond += 1 }
            if ts >= t - tol { atLeast += 1 }
            if ts <= t + tol { atMost += 1 }
        }
        let bb = Double(count)
        switch kind {
        case .symmetric: return Double(beyond) / bb
        case .equalTail: return Swift.min(1, 2 * Double(Swift.min(atLeast, atMost)) / bb)
        case .upper: return Double(atLeast) / bb
        case .lower: return Double(atMost) / bb
        }
    }
}
