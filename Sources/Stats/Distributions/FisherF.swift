import Foundation

/// Fisher's F distribution with d₁, d₂ > 0 degrees of freedom.
///
/// P(F ≤ f) = I_x(d₁/2, d₂/2) with x = d₁f/(d₁f + d₂) and
/// 1 − x = d₂/(d₁f + d₂) formed separately (A&S 26.6.2); the upper tail is
/// the directly computed complement. Quantiles invert the relevant tail
/// (safeguarded Newton on its logarithm) from a starting value of 1.
public struct FisherF: ContinuousDistribution, Sendable, Hashable, Codable {
    public let numeratorDegreesOfFreedom: Double
    public let denominatorDegreesOfFreedom: Double

    public init(numeratorDegreesOfFreedom d1: Double, denominatorDegreesOfFreedom d2: Double) throws(DistributionError) {
        try DistributionError.check(d1.isFinite && d1 > 0, "FisherF", "numeratorDegreesOfFreedom", d1, "finite and > 0")
        try DistributionError.check(d2.isFinite && d2 > 0, "FisherF", "denominatorDegreesOfFreedom", d2, "finite and > 0")
        numeratorDegreesOfFreedom = d1; denominatorDegreesOfFreedom = d2
    }

    /// Short spelling of `init(numeratorDegreesOfFreedom:denominatorDegreesOfFreedom:)`.
    public init(df1: Double, df2: Double) throws(DistributionError) {
        try self.init(numeratorDegreesOfFreedom: df1, denominatorDegreesOfFreedom: df2)
    }

    public var mean: Double { denominatorDegreesOfFreedom > 2 ? denominatorDegreesOfFreedom / (denominatorDegreesOfFreedom - 2) : .nan }
    public var variance: Double {
        let d1 = numeratorDegreesOfFreedom, d2 = denominatorDegreesOfFreedom
        guard d2 > 4 else { return d2 > 2 ? .infinity : .nan }
        return 2 * d2 * d2 * (d1 + d2 - 2) / (d1 * (d2 - 2) * (d2 - 2) * (d2 - 4))
    }

    private func betaArguments(_ f: Double) -> (x: Double, y: Double) {
        let d1 = numeratorDegreesOfFreedom, d2 = denominatorDegreesOfFreedom
        let u = d1 * f
        if u > 1e300 { return (1, d2 / u) }
        let s = u + d2
        return (u / s, d2 / s)
    }

    /// x − d₁/(d₁ + d₂) = d₁d₂(f − 1)/((d₁f + d₂)(d₁ + d₂)), without the
    /// cancellation of subtracting two nearly equal rounded fractions (f − 1 is
    /// exact near the mode, where it matters).
    private func deviation(_ f: Double) -> Double? {
        let d1 = numeratorDegreesOfFreedom, d2 = denominatorDegreesOfFreedom
        let u = d1 * f
        guard u < 1e300 else { return nil }
        return (d1 * d2) * (f - 1) / ((u + d2) * (d1 + d2))
    }

    /// (x, 1 − x) in double-double: d₁f exactly, then d₁f/(d₁f + d₂) and d₂/(d₁f + d₂).
    private func exactBetaArguments(_ f: Double) -> (x: DoubleDouble, y: DoubleDouble)? {
        let u = DoubleDouble.product(numeratorDegreesOfFreedom, f)
        guard u.hi < 1e290 else { return nil }
        let s = u + denominatorDegreesOfFreedom
        return (u / s, DoubleDouble(denominatorDegreesOfFreedom) / s)
    }

    private func tails(_ f: Double) -> (lower: Double, upper: Double) {
        let (x, y) = betaArguments(f)
        return IncompleteBeta.regularized(x: x, y: y, a: numeratorDegreesOfFreedom / 2, b: denominatorDegreesOfFreedom / 2,
                                          deviation: deviation(f), exact: exactBetaArguments(f))
    }

    public func cdf(_ f: Double) -> Double {
        if f.isNaN { return .nan }
        if f <= 0 { return 0 }
        if f.isInfinite { return 1 }
        return tails(f).lower
    }

    public func sf(_ f: Double) -> Double {
        if f.isNaN { return .nan }
        if f <= 0 { return 1 }
        if f.isInfinite { return 0 }
        return tails(f).upper
    }

    public func pdf(_ f: Double) -> Double {
        if f.isNaN { return .nan }
        if f < 0 { return 0 }
        if f == 0 { return numeratorDegreesOfFreedom < 2 ? .infinity : (numeratorDegreesOfFreedom == 2 ? 1 : 0) }
        if f.isInfinite { return 0 }
        // d/df I_x(a, b) with x = d₁f/(d₁f + d₂) reduces to xᵃyᵇ/B(a, b) / f.
        let (x, y) = betaArguments(f)
        return exp(IncompleteBeta.logPowerTerms(x: x, y: y, a: numeratorDegreesOfFreedom / 2, b: denominatorDegreesOfFreedom / 2,
                                                deviation: deviation(f))) / f
    }

    public func quantile(_ p: Double) -> Double {
        if p.isNaN || p < 0 || p > 1 { return .nan }
        if p == 0 { return 0 }
        if p == 1 { return .infinity }
        if p > 0.5 { return upperQuantile(1 - p) }
        let solver = QuantileSolver(tail: .lower, function: { self.cdf($0) }, density: { self.pdf($0) }, supportLower: 0)
        return solver.solve(target: p, guess: 1)
    }

    public func upperQuantile(_ q: Double) -> Double {
        if q.isNaN || q < 0 || q > 1 { return .nan }
        if q == 0 { return .infinity }
        if q == 1 { return 0 }
        if q > 0.5 { return quantile(1 - q) }
        let solver = QuantileSolver(tail: .upper, function: { self.sf($0) }, density: { self.pdf($0) }, supportLower: 0)
        return solver.solve(target: q, guess: 1)
    }
}
