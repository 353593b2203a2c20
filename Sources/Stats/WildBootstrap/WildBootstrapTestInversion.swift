/// Confidence intervals by inverting the bootstrap test: the set of `β0` that the
/// test does not reject at `α = 1 − level`, `{β0 : p(β0) > α}`, computed with the
/// same bootstrap weights for every `β0` (Roodman, MacKinnon, Nielsen & Webb
/// 2019, §3.5; boottest's default confidence set).
///
/// `p(β0)` is a step function (it jumps where some `|t*_b(β0)|` crosses
/// `|t(β0)|`), so each endpoint is found by bracketing and bisection:
/// 1. from `δ = 0` (`β0 = β̂`) step outward to `δ = ±se·2^m`, `m = 0, 1, …, 62`,
///    until `p ≤ α`; the last non-rejected point and the first rejected one
///    bracket the endpoint (if no step rejects, the endpoint is infinite);
/// 2. bisect the bracket until its midpoint equals one of its ends (full double
///    precision), keeping the invariant `p(inside) > α ≥ p(outside)`, and return
///    the midpoint.
/// If `p` is not monotone within a bracket (rare: the confidence set is then not an
/// interval), bisection returns one of the crossings and a caller notes it; the
/// interval reported is the one around `β̂`.
enum WildBootstrapTestInversion {
    /// Endpoints as offsets `δ` from `β̂` (±∞ when unbounded), or `nil` when
    /// `β0 = β̂` itself is rejected.
    static func interval(
        replicates: WildBootstrapReplicates, standardError se: Double, factor f: Double,
        kind: WildBootstrapPValueKind, alpha: Double
    ) -> (low: Double, high: Double)? {
        func rejected(_ d: Double) -> Bool {
            replicates.pValue(delta: d, standardError: se, factor: f, kind: kind) <= alpha
        }
        if rejected(0) { return nil }
        func endpoint(direction s: Double) -> Double {
            var inside = 0.0
            var outside: Double? = nil
            var step = se
            for _ in 0...62 {
                let d = s * step
                if rejected(d) { outside = d; break }
                inside = d
                step *= 2
            }
            guard var out = outside else { return s * Double.infinity }
            while true {
                let mid = inside + (out - inside) / 2
                if mid == inside || mid == out { return mid }
                if rejected(mid) { out = mid } else { inside = mid }
            }
        }
        switch kind {
        case .symmetric, .equalTail: return (endpoint(direction: -1), endpoint(direction: 1))
        case .upper: return (endpoint(direction: -1), Double.infinity)
        case .lower: return (-Double.infinity, endpoint(direction: 1))
        }
    }
}
