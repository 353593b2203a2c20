import Foundation

/// Gamma-function helpers used by the incomplete gamma and beta functions.
///
/// `logGamma` is glibc's `lgamma` (accurate to about one ulp for positive
/// arguments). The other functions rewrite the Stirling-series parts of
/// log-gamma differences so that large arguments do not cancel: for
/// a = 5·10⁵ the terms of lgamma(a) − lgamma(a + b) are ~7·10⁶ each, and a
/// direct difference would lose nine digits.
enum GammaFunctions {
    static let logSqrtTwoPi = 0.91893853320467274178032973640562   // ln √(2π)

    /// ln Γ(a) for a > 0.
    static func logGamma(_ a: Double) -> Double { lgamma(a) }

    /// Stirling's error term δ(a) = ln Γ(a) − [(a − ½) ln a − a + ln √(2π)].
    ///
    /// For a ≥ 10 the asymptotic series 1/(12a) − 1/(360a³) + 1/(1260a⁵) −
    /// 1/(1680a⁷) + 1/(1188a⁹) − 691/(360360a¹¹) (Abramowitz & Stegun 6.1.41)
    /// is accurate to below 1e-17 absolute; below 10 the definition is
    /// evaluated directly (no cancellation there: δ is small against terms of
    /// order one).
    static func stirlingError(_ a: Double) -> Double {
        if a >= 10 {
            let r = 1 / a, r2 = r * r
            return r * (1.0 / 12 - r2 * (1.0 / 360 - r2 * (1.0 / 1260 - r2 * (1.0 / 1680 - r2 * (1.0 / 1188 - r2 * 691.0 / 360360)))))
        }
        return lgamma(a) - ((a - 0.5) * log(a) - a + logSqrtTwoPi)
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
