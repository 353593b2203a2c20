import Foundation

/// The chi-square distribution with k > 0 degrees of freedom.
///
/// P(X ≤ x) = P(k/2, x/2) and P(X > x) = Q(k/2, x/2), the regularized
/// incomplete gamma functions, each computed directly. Quantiles invert the
/// relevant tail from the Wilson–Hilferty (1931) starting value (or
/// x ≈ 2·(p·Γ(k/2 + 1))^{2/k} deep in the lower tail).
public struct ChiSquared: ContinuousDistribution, Sendable, Hashable, Codable {
    public let degreesOfFreedom: Double

    public init(degreesOfFreedom: Double) throws(DistributionError) {
        try DistributionError.check(degreesOfFreedom.isFinite && degreesOfFreedom > 0, "ChiSquared", "degreesOfFreedom",
                                    degreesOfFreedom, "finite and > 0")
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// Short spelling of `init(degreesOfFreedom:)`.
    public init(df: Double) throws(DistributionError) { try self.init(degreesOfFreedom: df) }

    public var mean: Double { degreesOfFreedom }
    public var variance: Double { 2 * degreesOfFreedom }

    public func cdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x <= 0 { return 0 }
        return IncompleteGamma.regularized(degreesOfFreedom / 2, x / 2).p
    }

    public func sf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x <= 0 { return 1 }
        return IncompleteGamma.regularized(degreesOfFreedom / 2, x / 2).q
    }

    public func pdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x < 0 { return 0 }
        if x == 0 { return degreesOfFreedom < 2 ? .infinity : (degreesOfFreedom == 2 ? 0.5 : 0) }
        return exp(IncompleteGamma.logPowerExpOverGamma(degreesOfFreedom / 2, x / 2)) / x
    }

    private func guess(lower p: Double) -> Double {
        let k = degreesOfFreedom
        let z = Normal.standard.quantile(p)
        let c = 2 / (9 * k)
        let wh = k * pow(1 - c + z * c.squareRoot(), 3)
        let small = 2 * exp((log(p) + lgamma(k / 2 + 1)) * 2 / k)
        if !(wh > 0) || wh < small { return small > 0 ? small : 1 }
        return wh
    }

    public func quantile(_ p: Double) -> Double {
        if p.isNaN || p < 0 || p > 1 { return .nan }
        if p == 0 { return 0 }
        if p == 1 { return .infinity }
        if p > 0.5 { return upperQuantile(1 - p) }
        let solver = QuantileSolver(tail: .lower, function: { self.cdf($0) }, density: { self.pdf($0) }, supportLower: 0)
        return solver.solve(target: p, guess: guess(lower: p))
    }

    public func upperQuantile(_ q: Double) -> Double {
        if q.isNaN || q < 0 || q > 1 { return .nan }
        if q == 0 { return .infinity }
        if q == 1 { return 0 }
        if q > 0.5 { return quantile(1 - q) }
        let z = Normal.standard.upperQuantile(q)
        let k = degreesOfFreedom
        let c = 2 / (9 * k)
        var g = k * pow(1 - c + z * c.squareRoot(), 3)
        if !(g > 0) { g = k + 2 * z * k.squareRoot() }
        if !(g > 0) { g = k }
        let solver = QuantileSolver(tail: .upper, function: { self.sf($0) }, density: { self.pdf($0) }, supportLower: 0)
        return solver.solve(target: q, guess: g)
    }
}
