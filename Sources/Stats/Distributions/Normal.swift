/// The normal distribution N(μ, σ²).
///
/// - cdf/sf: Φ((x − μ)/σ) = ½·erfc(−z/√2) with the C library's erfc (~1 ulp)
///   and the argument −z/√2 carried in double-double with a first-order
///   correction (see `SpecialFunctions.standardNormalLower`); sf uses the exact
///   symmetry 1 − Φ(z) = Φ(−z), so both tails keep full relative precision down
///   to the smallest normal double (z ≈ ∓37.5).
/// - quantile/upperQuantile: Wichura (1988) AS 241 (PPND16) plus one Halley
///   step on the requested tail; μ + σ·z.
/// The standardization (x − μ)/σ rounds once; for μ = 0, σ = 1 it is exact.
public struct Normal: ContinuousDistribution, Sendable, Hashable, Codable {
    public let mean: Double
    public let standardDeviation: Double

    /// The standard normal N(0, 1).
    public static let standard = Normal(uncheckedMean: 0, standardDeviation: 1)

    /// N(mean, standardDeviation²). Throws unless `mean` is finite and
    /// `standardDeviation` is finite and > 0.
    public init(mean: Double = 0, standardDeviation: Double = 1) throws(DistributionError) {
        try DistributionError.check(mean.isFinite, "Normal", "mean", mean, "a finite number")
        try DistributionError.check(standardDeviation.isFinite && standardDeviation > 0, "Normal", "standardDeviation",
                                    standardDeviation, "finite and > 0")
        self.mean = mean; self.standardDeviation = standardDeviation
    }

    /// Short spelling of `init(mean:standardDeviation:)` (R's `sd`).
    public init(mean: Double, sd: Double) throws(DistributionError) {
        try DistributionError.check(mean.isFinite, "Normal", "mean", mean, "a finite number")
        try DistributionError.check(sd.isFinite && sd > 0, "Normal", "sd", sd, "finite and > 0")
        self.mean = mean; self.standardDeviation = sd
    }

    init(uncheckedMean mean: Double, standardDeviation: Double) {
        self.mean = mean; self.standardDeviation = standardDeviation
    }

    public var variance: Double { standardDeviation * standardDeviation }

    @inline(__always) private func standardized(_ x: Double) -> Double {
        (x - mean) / standardDeviation
    }

    public func pdf(_ x: Double) -> Double {
        SpecialFunctions.standardNormalDensity(standardized(x)) / standardDeviation
    }

    public func cdf(_ x: Double) -> Double {
        SpecialFunctions.standardNormalLower(standardized(x))
    }

    public func sf(_ x: Double) -> Double {
        SpecialFunctions.standardNormalUpper(standardized(x))
    }

    public func quantile(_ p: Double) -> Double {
        mean + standardDeviation * SpecialFunctions.standardNormalQuantile(p, upper: false)
    }

    public func upperQuantile(_ q: Double) -> Double {
        mean + standardDeviation * SpecialFunctions.standardNormalQuantile(q, upper: true)
    }
}
