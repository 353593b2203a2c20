import Foundation

/// The normal distribution N(μ, σ²).
///
/// Tails: Φ(z) = ½·erfc(−z/√2) with glibc's `erfc` (accurate to about one
/// ulp; Cody 1969 rational approximations), so both tails are computed
/// directly and keep relative precision down to the smallest normal double
/// (z ≈ −37.5). Quantiles: the Abramowitz & Stegun 26.2.23 starting value
/// (|error| < 4.5·10⁻⁴) polished by safeguarded Newton steps on the log tail.
public struct Normal: ContinuousDistribution, Sendable, Hashable, Codable {
    public let mean: Double
    public let standardDeviation: Double

    public static let standard = Normal(uncheckedMean: 0, standardDeviation: 1)

    public init(mean: Double = 0, standardDeviation: Double = 1) throws(DistributionError) {
        try DistributionError.check(mean.isFinite, "Normal", "mean", mean, "a finite number")
        try DistributionError.check(standardDeviation.isFinite && standardDeviation > 0, "Normal", "standardDeviation",
                                    standardDeviation, "finite and > 0")
        self.mean = mean; self.standardDeviation = standardDeviation
    }

    init(uncheckedMean mean: Double, standardDeviation: Double) {
        self.mean = mean; self.standardDeviation = standardDeviation
    }

    public var variance: Double { standardDeviation * standardDeviation }

    public func pdf(_ x: Double) -> Double {
        let z = (x - mean) / standardDeviation
        return exp(-0.5 * z * z) / (standardDeviation * 2.5066282746310005024157652848110)
    }

    public func cdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        let z = (x - mean) / standardDeviation
        return 0.5 * erfc(-z * 0.70710678118654752440084436210485)
    }

    public func sf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        let z = (x - mean) / standardDeviation
        return 0.5 * erfc(z * 0.70710678118654752440084436210485)
    }

    public func quantile(_ p: Double) -> Double {
        mean + standardDeviation * Normal.standardQuantile(lower: p)
    }

    public func upperQuantile(_ q: Double) -> Double {
        mean - standardDeviation * Normal.standardQuantile(lower: q)
    }

    /// z with Φ(z) = p (by symmetry also the negated upper quantile).
    static func standardQuantile(lower p: Double) -> Double {
        if p.isNaN || p < 0 || p > 1 { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if p == 0.5 { return 0 }
        if p > 0.5 {
            // Solve on the upper tail for accuracy near 1: Φ(z) = p ⇔ Q(z) = 1 − p
            // (1 − p is exact for p > 0.5 by Sterbenz).
            return -standardQuantile(lower: 1 - p)
        }
        // A&S 26.2.23 for the lower tail.
        let t = (-2 * log(p)).squareRoot()
        let guess = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t))
        let solver = QuantileSolver(tail: .lower, function: { Normal.standard.cdf($0) },
                                    density: { Normal.standard.pdf($0) }, supportLower: -.infinity)
        return solver.solve(target: p, guess: guess)
    }
}
