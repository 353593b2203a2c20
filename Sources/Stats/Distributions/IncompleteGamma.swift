import Foundation

/// Regularized incomplete gamma functions P(a, x) = γ(a, x)/Γ(a) and
/// Q(a, x) = Γ(a, x)/Γ(a), both computed directly (never 1 − the other when
/// the other is close to one).
///
/// Method: the power series of P for x < a + 1 and Legendre's continued
/// fraction for Q (evaluated with the modified Lentz algorithm) otherwise
/// (Press et al., Numerical Recipes, 3rd ed., §6.2; Lentz 1976). The common
/// prefactor xᵃe⁻ˣ/Γ(a) is evaluated for a ≥ 10 in the cancellation-free form
/// √(a/2π)·exp(a·[log(1+u) − u] − δ(a)), u = (x − a)/a, δ = Stirling's error
/// (the device of Loader's dbinom/dpois and of DiDonato & Morris 1986), so
/// chi-square tails with 10⁶ degrees of freedom keep their digits.
enum IncompleteGamma {
    /// (P, Q) for a > 0, x >= 0.
    static func regularized(_ a: Double, _ x: Double) -> (p: Double, q: Double) {
        if a.isNaN || x.isNaN || a <= 0 || x < 0 { return (.nan, .nan) }
        if x == 0 { return (0, 1) }
        if x.isInfinite { return (1, 0) }
        if a.isInfinite { return (0, 1) }
        let logPrefactor = logPowerExpOverGamma(a, x)
        if x < a + 1 {
            // P = xᵃe⁻ˣ/Γ(a+1) · Σ xⁿ/((a+1)…(a+n))
            var term = 1.0, sum = 1.0, ap = a
            for _ in 0..<1_000_000 {
                ap += 1
                term *= x / ap
                sum += term
                if term < sum * 1e-17 { break }
            }
            let p = exp(logPrefactor + log(sum) - log(a))
            // On this branch Q is never far below 1e-3 for a >= 1/4, so 1 − P
            // keeps at least 13 significant digits.
            return (p, max(0, 1 - p))
        } else {
            // Q = xᵃe⁻ˣ/Γ(a) · 1/(x+1−a − 1·(1−a)/(x+3−a − 2·(2−a)/(x+5−a − …)))
            let tiny = 1e-300
            var b = x + 1 - a
            var c = 1 / tiny
            var d = 1 / b
            var h = d
            var i = 1.0
            while i < 1_000_000 {
                let an = -i * (i - a)
                b += 2
                d = an * d + b
                if abs(d) < tiny { d = tiny }
                c = b + an / c
                if abs(c) < tiny { c = tiny }
                d = 1 / d
                let delta = d * c
                h *= delta
                if abs(delta - 1) < 1e-17 { break }
                i += 1
            }
            let q = exp(logPrefactor + log(h))
            // x >= a + 1 keeps P away from zero, so 1 − Q is accurate.
            return (max(0, 1 - q), q)
        }
    }

    /// ln(xᵃe⁻ˣ/Γ(a)).
    static func logPowerExpOverGamma(_ a: Double, _ x: Double) -> Double {
        if a < 10 {
            return a * log(x) - x - GammaFunctions.logGamma(a)
        }
        return GammaFunctions.scaledLog1pMinusX(n: a, m: x, difference: x - a) + 0.5 * log(a) - GammaFunctions.logSqrtTwoPi - GammaFunctions.stirlingError(a)
    }
}
