#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The three distribution functions the diagnostics need: the χ² upper tail
/// (Breusch–Pagan p-values), the F distribution function and its median
/// (Cook's-distance rule of `influence.measures`).
///
/// Interim implementation, private to the diagnostics, until the Stats
/// distributions (`ChiSquared`, `FisherF`) are merged; then this adapter
/// forwards to them. Methods (Press, Teukolsky, Vetterling & Flannery,
/// *Numerical Recipes*, 3rd ed., 2007, §6.2 and §6.4; continued fractions by
/// the modified Lentz algorithm, Thompson & Barnett, *J. Comput. Phys.* 64,
/// 1986):
/// - `P(χ²_ν > x) = Q(ν/2, x/2)`, the regularized upper incomplete gamma
///   function: power series of `P(a, x)` for `x < a + 1`, continued fraction of
///   `Q(a, x)` otherwise, so neither tail is obtained by subtraction.
/// - `P(F_{d1,d2} ≤ f) = I_t(d1/2, d2/2)`, `t = d1 f / (d1 f + d2)`, the
///   regularized incomplete beta function by its continued fraction (on the
///   side `t < (a+1)/(a+b+2)` where it converges fast, otherwise by symmetry).
/// - median of `F`: bisection on `t` to the last bit.
/// Relative accuracy is about 1e-14 for the arguments met here (checked
/// against R's `pchisq` and `qf` in the tests).
enum DiagnosticDistributions {
    static func chiSquaredUpperTail(_ x: Double, degreesOfFreedom df: Int) -> Double {
        guard df > 0, !x.isNaN else { return .nan }
        if x <= 0 { return 1 }
        if x == .infinity { return 0 }
        return upperGamma(a: Double(df) / 2, x: x / 2)
    }

    static func fisherCDF(_ f: Double, d1: Double, d2: Double) -> Double {
        guard d1 > 0, d2 > 0, !f.isNaN else { return .nan }
        if f <= 0 { return 0 }
        if f == .infinity { return 1 }
        let t = d1 * f / (d1 * f + d2)
        return incompleteBeta(a: d1 / 2, b: d2 / 2, x: t)
    }

    static func fisherMedian(d1: Double, d2: Double) -> Double {
        guard d1 > 0, d2 > 0 else { return .nan }
        var lo = 0.0, hi = 1.0
        for _ in 0..<200 {
            let mid = (lo + hi) / 2
            if mid == lo || mid == hi { break }
            if incompleteBeta(a: d1 / 2, b: d2 / 2, x: mid) < 0.5 { lo = mid } else { hi = mid }
        }
        let t = (lo + hi) / 2
        return d2 * t / (d1 * (1 - t))
    }

    /// `Q(a, x) = Γ(a, x)/Γ(a)`.
    private static func upperGamma(a: Double, x: Double) -> Double {
        let logPrefix = a * log(x) - x - lgamma(a)
        if x < a + 1 {
            // P(a, x) = e^{-x} x^a / Γ(a+1) · Σ x^n / ((a+1)…(a+n))
            var term = 1 / a, sum = term, ap = a
            for _ in 0..<10_000 {
                ap += 1
                term *= x / ap
                sum += term
                if Swift.abs(term) < Swift.abs(sum) * 1e-17 { break }
            }
            return 1 - sum * exp(logPrefix)
        }
        // Q(a, x) = e^{-x} x^a / Γ(a) · 1/(x+1−a− 1·(1−a)/(x+3−a− …))
        let tiny = 1e-300
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        for i in 1...10_000 {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            if Swift.abs(d) < tiny { d = tiny }
            c = b + an / c
            if Swift.abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if Swift.abs(delta - 1) < 1e-16 { break }
        }
        return exp(logPrefix) * h
    }

    /// `I_x(a, b)`.
    private static func incompleteBeta(a: Double, b: Double, x: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x)
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * betaFraction(a: a, b: b, x: x) / a
        }
        return 1 - exp(logFront) * betaFraction(a: b, b: a, x: 1 - x) / b
    }

    private static func betaFraction(a: Double, b: Double, x: Double) -> Double {
        let tiny = 1e-300
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if Swift.abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...10_000 {
            let dm = Double(m), m2 = 2 * dm
            var aa = dm * (b - dm) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if Swift.abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if Swift.abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + dm) * (qab + dm) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if Swift.abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if Swift.abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if Swift.abs(delta - 1) < 1e-16 { break }
        }
        return h
    }
}
