import Foundation

extension Correlation {
    /// The Fisher-z confidence interval tanh(atanh r ∓ z·SE) (Fisher 1921), two-sided or
    /// one-sided as R's `cor.test`: for `greater` [tanh(z − z₁₋α SE), 1], for `less`
    /// [−1, tanh(z + z₁₋α SE)]. |r| = 1 gives the degenerate interval at r.
    public static func fisherZInterval(
        estimate r: Double, standardError se: Double, level: Double,
        alternative: CorrelationAlternative, method: CorrelationIntervalMethod
    ) -> CorrelationInterval {
        let z = atanh(Swift.min(1, Swift.max(-1, r)))
        let lower: Double, upper: Double
        switch alternative {
        case .twoSided:
            let q = Normal.standard.quantile((1 + level) / 2)
            lower = tanh(z - q * se); upper = tanh(z + q * se)
        case .greater:
            lower = tanh(z - Normal.standard.quantile(level) * se); upper = 1
        case .less:
            lower = -1; upper = tanh(z + Normal.standard.quantile(level) * se)
        }
        return CorrelationInterval(lower: lower, upper: upper, level: level, method: method)
    }
}
