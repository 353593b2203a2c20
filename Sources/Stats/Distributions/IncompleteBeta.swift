import Foundation

/// The regularized incomplete beta function I_x(a, b) and its complement
/// 1 − I_x(a, b) = I_y(b, a), y = 1 − x, each computed directly.
///
/// Method: the continued fraction of Numerical Recipes (Press et al., 3rd
/// ed., §6.4; Didonato & Morris 1992, TOMS 708, use the same expansion among
/// others), evaluated with the modified Lentz algorithm on whichever side
/// converges (x < (a+1)/(a+b+2)); that side is the smaller tail, so it is
/// accurate in relative terms, and the other tail is one minus it. Callers
/// pass both x and y = 1 − x, computed from their own formulas, so that
/// neither is formed by a cancelling subtraction.
///
/// The prefactor xᵃyᵇ/(a·B(a,b)) is evaluated in logarithms. For large a
/// and/or b the Stirling parts are combined analytically (as in TOMS 708's
/// `brcomp`): with x₀ = a/(a+b), u = (x − x₀)/x₀, v = (y − y₀)/y₀ (a·u + b·v = 0),
///   ln[xᵃyᵇ/B(a,b)] = ½ ln(ab/(2π(a+b))) + a·[log(1+u)−u] + b·[log(1+v)−v] − δ(a) − δ(b) + δ(a+b),
/// which has no large cancelling terms even for a = b = 5·10⁵.
enum IncompleteBeta {
    /// (I_x(a,b), 1 − I_x(a,b)) for a, b > 0 and x + y = 1, x, y in [0, 1].
    ///
    /// `deviation`, when given, is x − a/(a+b) computed by the caller from its
    /// own exact inputs. For large a and b the prefactor's exponent is
    /// −(a+b)²·deviation²/(2ab)·(1 + …), so its relative error is twice the
    /// exponent times the relative error of the deviation; forming the deviation
    /// as x − x₀ from a rounded x (absolute error ~1e-16) would cost up to
    /// ~1e-11 in the far tails of F(10⁶, 10⁶).
    ///
    /// `exact`, when given, is (x, y) in double-double. The continued fraction
    /// for x close to 1 with a large (a·y of order one) depends on y = 1 − x
    /// through near-cancellations 1 − x·(1 + O(1/a)); a double x carries an
    /// absolute error of 1e-16, i.e. a relative error of 1e-16/y in those
    /// differences (2.5e-11 for t with ν = 10⁶ at t = 2). With `exact`, the
    /// fraction is then evaluated in double-double arithmetic.
    static func regularized(x: Double, y: Double, a: Double, b: Double, deviation: Double? = nil,
                            exact: (x: DoubleDouble, y: DoubleDouble)? = nil) -> (lower: Double, upper: Double) {
        if x.isNaN || y.isNaN || a.isNaN || b.isNaN || a <= 0 || b <= 0 || x < 0 || y < 0 { return (.nan, .nan) }
        if x == 0 { return (0, 1) }
        if y == 0 { return (1, 0) }
        if x < (a + 1) / (a + b + 2) {
            let w = smallSide(x: x, y: y, a: a, b: b, deviation: deviation, exactX: exact?.x)
            return (w, max(0, 1 - w))
        } else {
            let w = smallSide(x: y, y: x, a: b, b: a, deviation: deviation.map { -$0 }, exactX: exact?.y)
            return (max(0, 1 - w), w)
        }
    }

    /// I_x(a, b) by the continued fraction, valid for x < (a+1)/(a+b+2).
    private static func smallSide(x: Double, y: Double, a: Double, b: Double, deviation: Double?,
                                  exactX: DoubleDouble?) -> Double {
        let logFront = logPowerTerms(x: x, y: y, a: a, b: b, deviation: deviation) - log(a)
        if logFront < -760 { return 0 }
        if let exactX, x > 0.5 {
            return exp(logFront + log(continuedFractionDD(x: exactX, a: a, b: b)))
        }
        let tiny = 1e-300
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        var m = 1.0
        while m < 10_000_000 {
            let m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-17 { break }
            m += 1
        }
        return exp(logFront + log(h))
    }

    /// The same continued fraction (modified Lentz) in double-double arithmetic,
    /// with every coefficient formed exactly from the double parameters.
    private static func continuedFractionDD(x: DoubleDouble, a: Double, b: Double) -> Double {
        typealias DD = DoubleDouble
        let tiny = 1e-300
        let qab = DD.sum(a, b), qap = DD.sum(a, 1), qam = DD.sum(a, -1)
        let one = DD.one
        var c = one
        var d = one - qab * x / qap
        if abs(d.hi) < tiny { d = DD(tiny) }
        d = one / d
        var h = d
        var m = 1.0
        while m < 10_000_000 {
            let m2 = 2 * m
            var aa = DD(m) * DD.sum(b, -m) * x / ((qam + m2) * DD.sum(a, m2))
            d = one + aa * d
            if abs(d.hi) < tiny { d = DD(tiny) }
            c = one + aa / c
            if abs(c.hi) < tiny { c = DD(tiny) }
            d = one / d
            h = h * (d * c)
            aa = -(DD.sum(a, m) * (qab + m)) * x / (DD.sum(a, m2) * (qap + m2))
            d = one + aa * d
            if abs(d.hi) < tiny { d = DD(tiny) }
            c = one + aa / c
            if abs(c.hi) < tiny { c = DD(tiny) }
            d = one / d
            let delta = d * c
            h = h * delta
            if abs((delta - one).hi) < 1e-17 { break }
            m += 1
        }
        return h.doubleValue
    }

    /// ln[xᵃ yᵇ / B(a, b)].
    static func logPowerTerms(x: Double, y: Double, a: Double, b: Double, deviation: Double? = nil) -> Double {
        let lnx = x < 0.5 ? log(x) : log1p(-y)
        let lny = y < 0.5 ? log(y) : log1p(-x)
        let big = 10.0
        if a >= big && b >= big {
            let s = a + b
            // x − x₀ = (x·b − y·a)/(a+b), formed from products to avoid cancellation in x − a/(a+b).
            let delta = deviation ?? (x * b - y * a) / s
            // a·[log(1+u) − u] with 1 + u = x/x₀ = x·s/a and a·u = delta·s (likewise for b).
            let termA = GammaFunctions.scaledLog1pMinusX(n: a, m: x * s, difference: delta * s)
            let termB = GammaFunctions.scaledLog1pMinusX(n: b, m: y * s, difference: -delta * s)
            let stirling = GammaFunctions.stirlingError(a) + GammaFunctions.stirlingError(b) - GammaFunctions.stirlingError(s)
            return 0.5 * log(a * b / s) - GammaFunctions.logSqrtTwoPi
                + termA + termB - stirling
        }
        if a >= big || b >= big {
            // One large parameter L and one small S: lgamma(L) − lgamma(L+S) =
            // −(L−½)·log1p(S/L) − S·ln(L+S) + S + δ(L) − δ(L+S).
            let (large, small) = a >= big ? (a, b) : (b, a)
            let diff = -(large - 0.5) * log1p(small / large) - small * log(large + small) + small
                + GammaFunctions.stirlingError(large) - GammaFunctions.stirlingError(large + small)
            let logBeta = GammaFunctions.logGamma(small) + diff
            return a * lnx + b * lny - logBeta
        }
        let logBeta = GammaFunctions.logGamma(a) + GammaFunctions.logGamma(b) - GammaFunctions.logGamma(a + b)
        return a * lnx + b * lny - logBeta
    }

    /// ln B(a, b), cancellation-free for large arguments (used by densities).
    static func logBeta(_ a: Double, _ b: Double) -> Double {
        // ln B = −ln[x₀ᵃ y₀ᵇ / B] + a ln x₀ + b ln y₀ with the prefactor above at its mode.
        let s = a + b
        let x0 = a / s, y0 = b / s
        return a * log(x0) + b * log(y0) - logPowerTerms(x: x0, y: y0, a: a, b: b)
    }
}
