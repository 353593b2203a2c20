#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(ucrt)
import ucrt
#endif

/// What the bootstrap intervals need from the standard normal distribution.
///
/// INTEGRATION(dist): the Distributions module (branch `dist`) provides the package's normal
/// distribution. When it is merged, make it conform to this protocol (or replace
/// `ResamplingNormal` below by it) and delete `StandInNormal`; the BCa, percentile
/// interpolation and normal intervals then use it unchanged.
protocol StandardNormalFunctions {
    /// Φ(x), the standard normal cdf.
    static func cdf(_ x: Double) -> Double
    /// Φ⁻¹(p), the standard normal quantile; −∞ at 0, +∞ at 1, NaN outside [0, 1].
    static func quantile(_ p: Double) -> Double
}

/// The normal distribution used by Resampling. INTEGRATION(dist): point this at the
/// Distributions module's normal once branch `dist` is merged.
typealias ResamplingNormal = StandInNormal

/// A small, accurate stand-in for Φ and Φ⁻¹ until the Distributions module is merged.
///
/// Φ(x) = ½ erfc(−x/√2) with the C library's erfc (relative error a few ulp for |x| ≲ 8,
/// growing like x²ε in the far tail). Φ⁻¹(p) starts from Abramowitz & Stegun 26.2.23
/// (|error| < 4.5·10⁻⁴) and polishes with Halley's method on Φ(x) − p, which converges
/// cubically; results agree with R's `qnorm` (Wichura's AS 241) to ~1e-15 relative in the
/// range the bootstrap uses (tested against R in StandInNormalTests).
enum StandInNormal: StandardNormalFunctions {
    static func cdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        return 0.5 * erfc(-x * 0.70710678118654752440)
    }

    static func density(_ x: Double) -> Double {
        0.39894228040143267794 * exp(-0.5 * x * x)
    }

    static func quantile(_ p: Double) -> Double {
        guard !p.isNaN, p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if p == 0.5 { return 0 }
        // 1 − p is exact for p ≥ ½ (Sterbenz), so the upper half is the mirror of the lower.
        if p > 0.5 { return -lowerQuantile(1 - p) }
        return lowerQuantile(p)
    }

    /// Φ⁻¹(p) for 0 < p ≤ ½.
    private static func lowerQuantile(_ p: Double) -> Double {
        let t = (-2 * log(p)).squareRoot()
        var x = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t)
            / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t))
        for _ in 0..<8 {
            let phi = density(x)
            guard phi > 0 else { break }
            let u = (cdf(x) - p) / phi
            let step = u / (1 + 0.5 * x * u)
            x -= step
            if abs(step) <= 1e-16 * Swift.max(1, abs(x)) { break }
        }
        return x
    }
}
