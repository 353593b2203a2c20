import Foundation

extension SpecialFunctions {
    /// ln |Γ(x)|, accurate to a few ulps for x > 0 including next to the zeros
    /// at x = 1 and x = 2 (where ln Γ is small and a naive evaluation loses all
    /// relative precision).
    ///
    /// Algorithm (x > 0):
    /// - |x − 2| ≤ ½: the Taylor series ln Γ(2 + z) = (1 − γ)z +
    ///   Σₖ₌₂ (−1)ᵏ(ζ(k) − 1)/k · zᵏ (Abramowitz & Stegun 6.1.33 shifted by one
    ///   via Γ(2 + z) = (1 + z)Γ(1 + z)), z = x − 2 exact; 30 terms, convergent like
    ///   (z/2)ᵏ. Coefficients: scripts/reference/log_gamma_coefficients.py (mpmath).
    /// - ½ ≤ x < 3/2: ln Γ(1 + z) = ln Γ(2 + z) − log1p(z), z = x − 1 exact, so the
    ///   zero at x = 1 is reproduced with full relative precision (≈ −γz).
    /// - 0 < x < ½: ln Γ(x) = ln Γ(1 + x) − ln x.
    /// - 5/2 ≤ x < 10: the recurrence ln Γ(x) = ln Γ(x − n) + ln ∏ₖ₌₁ⁿ(x − k) into [3/2, 5/2).
    /// - x ≥ 10: Stirling, (x − ½)ln x − x + ln √(2π) + δ(x) with the error term δ of
    ///   `stirlingError` (A&S 6.1.41).
    /// - x < 0: the reflection formula ln|Γ(x)| = ln(π/|sin πx|) − ln Γ(1 − x), with
    ///   sin πx reduced exactly modulo 2. Non-positive integers are poles: +∞.
    /// NaN gives NaN, +∞ gives +∞.
    public static func logGamma(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x == .infinity { return .infinity }
        if x <= 0 {
            if x == -.infinity || x == x.rounded(.down) { return .infinity }
            let s = abs(sinPi(x))
            return log(Double.pi / s) - logGamma(1 - x)
        }
        if x < 0.5 { return GammaFunctions.logGamma1p(x) - log(x) }
        if x < 1.5 { return GammaFunctions.logGamma1p(x - 1) }
        if x < 2.5 { return GammaFunctions.logGamma2p(x - 2) }
        if x < 10 {
            var y = x, product = 1.0
            while y >= 2.5 { y -= 1; product *= y }
            return GammaFunctions.logGamma2p(y - 2) + log(product)
        }
        return (x - 0.5) * log(x) - x + GammaFunctions.logSqrtTwoPi + GammaFunctions.stirlingError(x)
    }

    /// sin(πx) with the argument reduced exactly: x − 2·round(x/2) is exact, then
    /// folded into [−½, ½] so the product π·r loses nothing to the period.
    static func sinPi(_ x: Double) -> Double {
        var r = x - 2 * (x / 2).rounded()        // r in [−1, 1], exact
        var sign = 1.0
        if r < 0 { r = -r; sign = -1 }
        if r > 0.5 { r = 1 - r }                 // sin(π(1 − r)) = sin(πr); 1 − r exact
        return sign * sin(Double.pi * r)
    }
}

/// Gamma-function helpers used by the incomplete gamma and beta functions.
///
/// The Stirling-series helpers rewrite log-gamma differences so that large
/// arguments do not cancel: for a = 5·10⁵ the terms of lgamma(a) − lgamma(a + b)
/// are ~7·10⁶ each, and a direct difference would lose nine digits.
enum GammaFunctions {
    static let logSqrtTwoPi = 0.91893853320467274178032973640562   // ln √(2π)

    /// ln Γ(a) for a > 0.
    static func logGamma(_ a: Double) -> Double { SpecialFunctions.logGamma(a) }

    /// Taylor coefficients of ln Γ(2 + z): c[0] = 1 − γ, c[k−1] = (−1)ᵏ(ζ(k) − 1)/k,
    /// k = 2 … 30 (scripts/reference/log_gamma_coefficients.py, mpmath at 40 digits).
    static let logGamma2pCoefficients: [Double] = [
        4.22784335098467139393e-1, 3.22467033424113218236e-1, -6.73523010531980951332e-2,
        2.0580808427784547879e-2, -7.38555102867398526627e-3, 2.89051033074152328575e-3,
        -1.19275391170326097711e-3, 5.09669524743042422336e-4, -2.23154758453579379761e-4,
        9.94575127818085337146e-5, -4.49262367381331417002e-5, 2.05072127756706915532e-5,
        -9.43948827526839590399e-6, 4.37486678990748780418e-6, -2.03921575380136623678e-6,
        9.55141213040741983286e-7, -4.49246919876456604329e-7, 2.12071848055546658692e-7,
        -1.00432248239680996087e-7, 4.76981016936398056576e-8, -2.27110946089431649103e-8,
        1.08386592148969540911e-8, -5.18347504197004665512e-9, 2.48367454380247831719e-9,
        -1.19214014058609120744e-9, 5.73136724167886201333e-10, -2.75952288512423314518e-10,
        1.33047643742444894815e-10, -6.42296456383810002208e-11, 3.10442477473222727624e-11,
    ]

    /// ln Γ(2 + z) for |z| ≤ ½ (Horner on the Taylor series).
    static func logGamma2p(_ z: Double) -> Double {
        var sum = 0.0
        for c in logGamma2pCoefficients.reversed() { sum = sum * z + c }
        return sum * z
    }

    /// ln Γ(1 + z) for |z| ≤ ½, accurate relative to its value (≈ −γz near 0).
    static func logGamma1p(_ z: Double) -> Double { logGamma2p(z) - log1p(z) }

    /// Stirling's error term δ(a) = ln Γ(a) − [(a − ½) ln a − a + ln √(2π)].
    ///
    /// For a ≥ 10 the asymptotic series 1/(12a) − 1/(360a³) + 1/(1260a⁵) −
    /// 1/(1680a⁷) + 1/(1188a⁹) − 691/(360360a¹¹) + 1/(156a¹³) (Abramowitz & Stegun
    /// 6.1.41) is accurate to 3e-17 absolute (the first omitted term, 3617/(122400a¹⁵)); below 10 the definition is
    /// evaluated directly (δ is then needed only to an absolute ~1e-16).
    static func stirlingError(_ a: Double) -> Double {
        if a >= 10 {
            let r = 1 / a, r2 = r * r
            return r * (1.0 / 12 - r2 * (1.0 / 360 - r2 * (1.0 / 1260 - r2 * (1.0 / 1680 - r2 * (1.0 / 1188 - r2 * (691.0 / 360360 - r2 / 156))))))
        }
        return SpecialFunctions.logGamma(a) - ((a - 0.5) * log(a) - a + logSqrtTwoPi)
    }

    /// n·[log(1 + u) − u] for u = (m − n)/n, where the caller also knows m and
    /// n exactly: the series form for moderate |u|, and n·ln(m/n) − (m − n) when
    /// m is far from n (u near −1 loses m entirely when rounded, e.g. m = 1e-10,
    /// n = 15).
    static func scaledLog1pMinusX(n: Double, m: Double, difference: Double) -> Double {
        let u = difference / n
        if abs(u) < 0.5 { return n * log1pMinusX(u) }
        return n * log(m / n) - difference
    }

    /// log(1 + u) − u, accurate also for small |u|.
    ///
    /// With w = u/(2 + u): log(1 + u) = 2 artanh w, and u − 2w = u·w, so
    /// log(1 + u) − u = −u·w + 2w³(1/3 + w²/5 + w⁴/7 + …), a series without
    /// cancellation that converges fast for |u| < 1 (|w| < 1/3).
    static func log1pMinusX(_ u: Double) -> Double {
        if u.isNaN { return .nan }
        if abs(u) >= 0.75 { return log1p(u) - u }
        let w = u / (2 + u), w2 = w * w
        var term = w2 * w       // w^(2k+1)
        var sum = 0.0
        var k = 1.0
        while true {
            let add = term / (2 * k + 1)
            sum += add
            if abs(add) <= abs(sum) * 1e-17 { break }
            term *= w2
            k += 1
            if k > 200 { break }
        }
        return -u * w + 2 * sum
    }
}
