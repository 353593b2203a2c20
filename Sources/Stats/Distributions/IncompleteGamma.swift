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
/// chi-square tails with 10⁶ degrees of freedom keep their digits; wherever the
/// factors stay normal doubles it is instead formed as a product of correctly
/// rounded pow/exp values with exact arguments (`directPowerExpOverGamma`), which
/// avoids the |exponent|·ε rounding of exp(ln prefactor) in far tails.
/// The series and the fraction both need O(√a) terms near x ≈ a; the 10⁶-term
/// cap keeps full accuracy up to a ≈ 10¹⁰ (chi-square with 2·10¹⁰ df).
///
/// On the series branch Q = 1 − P is accurate when a ≥ ½ (there Q(a, x) ≥ 0.08 for
/// x < a + 1). For a < ½, where Q can be small, Q is computed directly from
/// Q = −expm1(a·ln x − ln Γ(1 + a)) − xᵃ/Γ(1 + a)·J, J = a·Σₙ≥₁ (−x)ⁿ/(n!(a + n))
/// (the splitting of DiDonato & Morris 1986, ACM TOMS 12, 377–393, §3), which
/// needs ln Γ(1 + a) to full relative precision (`GammaFunctions.logGamma1p`).
enum IncompleteGamma {
    /// (P, Q) for a > 0, x >= 0.
    static func regularized(_ a: Double, _ x: Double) -> (p: Double, q: Double) {
        if a.isNaN || x.isNaN || a <= 0 || x < 0 { return (.nan, .nan) }
        if x == 0 { return (0, 1) }
        if x.isInfinite { return (1, 0) }
        if a.isInfinite { return (0, 1) }
        let logPrefactor = logPowerExpOverGamma(a, x)
        let direct = directPowerExpOverGamma(a, x)
        // xᵃe⁻ˣ/Γ(a) · factor, directly when possible.
        func front(_ factor: Double) -> Double {
            if let direct { return direct * factor }
            return exp(logPrefactor + log(factor))
        }
        if x < a + 1 {
            // P = xᵃe⁻ˣ/Γ(a+1) · Σ xⁿ/((a+1)…(a+n))
            var term = 1.0, sum = 1.0, ap = a
            for _ in 0..<1_000_000 {
                ap += 1
                term *= x / ap
                sum += term
                if term < sum * 1e-17 { break }
            }
            let p = front(sum / a)
            if a < 0.5 && x < 1.5 { return (p, smallShapeUpper(a, x)) }
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
            let q = front(h)
            // x >= a + 1 keeps P away from zero, so 1 − Q is accurate.
            return (max(0, 1 - q), q)
        }
    }

    /// Q(a, x) for a < ½, x < a + 1, without the cancellation of 1 − P.
    private static func smallShapeUpper(_ a: Double, _ x: Double) -> Double {
        // J = a·Σₙ≥₁ (−x)ⁿ/(n!(a + n)); the terms alternate but |x| < 1.5 keeps the
        // largest below 1.5·a, so J is good to a few ulps relative to a.
        var term = 1.0, j = 0.0, n = 1.0
        while n < 200 {
            term *= -x / n
            let add = term / (a + n)
            j += add
            if abs(add) <= abs(j) * 1e-17 { break }
            n += 1
        }
        j *= a
        let logFront = a * log(x) - GammaFunctions.logGamma1p(a)   // ln(xᵃ/Γ(1 + a))
        return -expm1(logFront) - exp(logFront) * j
    }

    /// xᵃe⁻ˣ/Γ(a) as a product of correctly rounded factors for a < 10, or nil.
    ///
    /// exp(a·ln x − x − ln Γ(a)) carries the rounding of its exponent, up to
    /// |exponent|·ε ≈ 1.5e-13 relative near 1e-300; pow(x, a) and e^{−x/k} (x/k exact,
    /// k a power of two keeping each factor normal) are each good to < 1 ulp, and
    /// Γ(a) = exp(ln Γ(a)) loses < 3e-15 for a < 10. Nil when a factor or the result
    /// is not a normal double (the logarithmic form is then used).
    ///
    /// For a ≥ 10: xᵃe⁻ˣ/Γ(a) = √(a/2π)·e^{−δ(a)} · (x/a)ᵃ · e^{a−x}, with x/a and a − x
    /// in double-double, entering as pow(q_hi, a/k)·exp(d_hi/k) raised to a power of two
    /// k ≤ 8 (each chunk normal) and the first-order factors (1 + a·q_lo/q_hi)(1 + d_lo).
    /// The error is ~k ulps instead of |exponent|·ε; beyond k = 8 (exponents of the
    /// parts above ~4800) the Stirling logarithmic form is used.
    static func directPowerExpOverGamma(_ a: Double, _ x: Double) -> Double? {
        if a >= 10 { return directLargeShape(a, x) }
        guard a > 0, x > 0, x < 1e5 else { return nil }
        var k = 1.0
        while x / k > 700 { k *= 2 }
        let piece = exp(-x / k)
        var value = pow(x, a) / exp(GammaFunctions.logGamma(a))
        let smallest = Double.leastNormalMagnitude
        guard value >= smallest, value.isFinite else { return nil }
        var i = 0.0
        while i < k {
            value *= piece
            if value < smallest { return nil }
            i += 1
        }
        return value
    }

    private static func directLargeShape(_ a: Double, _ x: Double) -> Double? {
        guard a.isFinite, x > 0, x.isFinite else { return nil }
        let q = DoubleDouble(x) / DoubleDouble(a)
        let d = DoubleDouble.sum(a, -x)
        let powerExponent = a * log(q.hi)
        let largest = max(abs(powerExponent), abs(d.hi))
        var k = 1.0
        while largest / k > 600 && k < 8 { k *= 2 }
        guard largest / k <= 600 else { return nil }
        var chunk = pow(q.hi, a / k) * exp(d.hi / k)
        var value = (a / (2 * Double.pi)).squareRoot() * exp(-GammaFunctions.stirlingError(a))
            * (1 + a * (q.lo / q.hi)) * (1 + d.lo)
        var m = k
        while m >= 1 {                       // value·chunk^k by squaring (k a power of two)
            if m == 1 { value *= chunk; break }
            chunk *= chunk; m /= 2
        }
        guard value >= Double.leastNormalMagnitude, value.isFinite else { return nil }
        return value
    }

    /// ln(xᵃe⁻ˣ/Γ(a)).
    static func logPowerExpOverGamma(_ a: Double, _ x: Double) -> Double {
        if a < 10 {
            return a * log(x) - x - GammaFunctions.logGamma(a)
        }
        return GammaFunctions.scaledLog1pMinusX(n: a, m: x, difference: x - a) + 0.5 * log(a) - GammaFunctions.logSqrtTwoPi - GammaFunctions.stirlingError(a)
    }
}

extension SpecialFunctions {
    /// The regularized lower incomplete gamma function P(a, x) = γ(a, x)/Γ(a),
    /// a > 0, x ≥ 0 (NaN otherwise). See `IncompleteGamma` for the algorithm.
    public static func regularizedGammaP(_ a: Double, _ x: Double) -> Double {
        IncompleteGamma.regularized(a, x).p
    }

    /// The regularized upper incomplete gamma function Q(a, x) = Γ(a, x)/Γ(a),
    /// computed directly (not as 1 − P), so it keeps its relative precision far
    /// into the upper tail (Q(a, x) down to ~1e-300).
    public static func regularizedGammaQ(_ a: Double, _ x: Double) -> Double {
        IncompleteGamma.regularized(a, x).q
    }
}
