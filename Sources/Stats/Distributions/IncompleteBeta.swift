import Foundation

/// The regularized incomplete beta function I_x(a, b) and its complement
/// 1 − I_x(a, b) = I_y(b, a), y = 1 − x, each computed directly.
///
/// Method: the continued fraction of Numerical Recipes (Press et al., 3rd
/// ed., §6.4; DiDonato & Morris 1992, ACM TOMS 18, 360–373 (Algorithm 708), use
/// the same expansion among others), evaluated with the modified Lentz algorithm
/// on whichever side converges (x < (a+1)/(a+b+2)), in double-double arithmetic
/// when x > ½ or a + b > 10⁴ (long fractions near the mode). That side is the
/// smaller tail up to a bounded factor, so it is accurate in relative terms, and
/// the other tail is one minus it. (For a or b ≥ ¼ that complement stays above a
/// few percent; for a shape parameter s ≪ 1, 1 − w next to the switching point
/// can lose up to log₁₀(1/s) digits.) Callers pass both x and y = 1 − x,
/// computed from their own formulas, so that neither is formed by a cancelling
/// subtraction.
///
/// The prefactor xᵃyᵇ/(a·B(a,b)) is evaluated, when B(a, b) is moderate, as a
/// product of correctly rounded powers (`directPowerTerms`), otherwise in
/// logarithms. For large a and b the Stirling parts are combined analytically (as
/// in TOMS 708's `brcomp`): with x₀ = a/(a+b), u = (x − x₀)/x₀, v = (y − y₀)/y₀
/// (a·u + b·v = 0),
///   ln[xᵃyᵇ/B(a,b)] = ½ ln(ab/(2π(a+b))) + a·[log(1+u)−u] + b·[log(1+v)−v] − δ(a) − δ(b) + δ(a+b),
/// which has no large cancelling terms even for a = b = 5·10⁵. The logarithmic
/// form's exponent rounding limits far tails (~1e-200 and below) with both
/// parameters large to about 1e-13 relative.
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
            let w = smallSide(x: x, y: y, a: a, b: b, deviation: deviation, exact: exact)
            return (w, max(0, 1 - w))
        } else {
            let w = smallSide(x: y, y: x, a: b, b: a, deviation: deviation.map { -$0 },
                              exact: exact.map { (x: $0.y, y: $0.x) })
            return (max(0, 1 - w), w)
        }
    }

    /// I_x(a, b) by the continued fraction, valid for x < (a+1)/(a+b+2).
    private static func smallSide(x: Double, y: Double, a: Double, b: Double, deviation: Double?,
                                  exact: (x: DoubleDouble, y: DoubleDouble)?) -> Double {
        let logFront = logPowerTerms(x: x, y: y, a: a, b: b, deviation: deviation) - log(a)
        if logFront < -760 { return 0 }
        let direct = directPowerTerms(x: exact?.x ?? DoubleDouble(x), y: exact?.y ?? DoubleDouble(y), a: a, b: b,
                                      logValue: logFront)
        // xᵃyᵇ/(a·B(a, b)) · fraction, directly when possible (see `directPowerTerms`).
        func front(_ fraction: Double) -> Double {
            if let direct { return direct / a * fraction }
            return exp(logFront + log(fraction))
        }
        if let exactX = exact?.x, x > 0.5 || a + b > 1e4 {
            return front(continuedFractionDD(x: exactX, a: a, b: b))
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
        return front(h)
    }

    /// xᵃyᵇ/B(a, b) as a product of correctly rounded powers, or nil when that is not
    /// both safe and better than the logarithmic form.
    ///
    /// exp(a·ln x + b·ln y − ln B) carries the rounding of its exponent (|exponent|·ε,
    /// 1.5e-13 relative at 1e-300); C's pow keeps < 1 ulp whatever the result's size,
    /// and the low parts of x and y enter as the first-order factors (1 + a·x_lo/x_hi).
    /// Used when exp(ln B) loses less than the logarithmic form would (|ln B| below
    /// 25 or below half of |ln value|) and every factor is a normal double; otherwise
    /// (large a and b near the mode, results near underflow) the Stirling-based
    /// logarithmic form is the accurate one.
    static func directPowerTerms(x: DoubleDouble, y: DoubleDouble, a: Double, b: Double, logValue: Double) -> Double? {
        let logB = logBeta(a, b)
        guard abs(logB) < max(25, 0.5 * abs(logValue)), x.hi > 0, y.hi > 0 else { return nil }
        let px = pow(x.hi, a) * (1 + a * (x.lo / x.hi))
        let py = pow(y.hi, b) * (1 + b * (y.lo / y.hi))
        let value = px * py * exp(-logB)
        let smallest = Double.leastNormalMagnitude
        guard px >= smallest, py >= smallest, value >= smallest, value.isFinite else { return nil }
        return value
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
            return a * lnx + b * lny - logBeta(a, b)
        }
        return a * lnx + b * lny - logBeta(a, b)
    }

    /// ln B(a, b) for a, b > 0.
    ///
    /// Both below 10: from ln Γ. One large (L ≥ 10 > S): ln Γ(S) + [ln Γ(L) − ln Γ(L + S)]
    /// with the bracket as −(L − ½)·log1p(S/L) − S·ln(L + S) + S + δ(L) − δ(L + S)
    /// (Stirling, no cancellation of the two huge log-gammas). Both large:
    /// a·ln(a/s) + b·ln(b/s) + ½ln(s/(ab)) + ln √(2π) + δ(a) + δ(b) − δ(s), s = a + b.
    static func logBeta(_ a: Double, _ b: Double) -> Double {
        let big = 10.0
        if a < big && b < big {
            return GammaFunctions.logGamma(a) + GammaFunctions.logGamma(b) - GammaFunctions.logGamma(a + b)
        }
        if a >= big && b >= big {
            let s = a + b
            return a * log(a / s) + b * log(b / s) + 0.5 * log(s / a / b) + GammaFunctions.logSqrtTwoPi
                + GammaFunctions.stirlingError(a) + GammaFunctions.stirlingError(b) - GammaFunctions.stirlingError(s)
        }
        let (large, small) = a >= big ? (a, b) : (b, a)
        let diff = -(large - 0.5) * log1p(small / large) - small * log(large + small) + small
            + GammaFunctions.stirlingError(large) - GammaFunctions.stirlingError(large + small)
        return GammaFunctions.logGamma(small) + diff
    }
}

extension SpecialFunctions {
    /// The regularized incomplete beta function I_x(a, b) = B(x; a, b)/B(a, b),
    /// a, b > 0, 0 ≤ x ≤ 1 (NaN otherwise). See `IncompleteBeta` for the algorithm.
    ///
    /// When the complement is wanted, call `regularizedBetaComplement`, not
    /// 1 − this: it is computed directly and keeps its relative precision in the
    /// upper tail. If 1 − x is known more exactly than x (e.g. from a ratio), use
    /// I_x(a, b) = regularizedBetaComplement(1 − x, b, a) with that value.
    public static func regularizedBeta(_ x: Double, a: Double, b: Double) -> Double {
        regularizedBetaPair(x, a: a, b: b).lower
    }

    /// 1 − I_x(a, b) = I_{1−x}(b, a), computed directly (never as 1 − I_x).
    public static func regularizedBetaComplement(_ x: Double, a: Double, b: Double) -> Double {
        regularizedBetaPair(x, a: a, b: b).upper
    }

    /// ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b) for a, b > 0, without the
    /// cancellation of the three log-gammas when a and/or b are large.
    public static func logBeta(_ a: Double, _ b: Double) -> Double {
        guard a > 0, b > 0 else { return .nan }
        return IncompleteBeta.logBeta(a, b)
    }

    private static func regularizedBetaPair(_ x: Double, a: Double, b: Double) -> (lower: Double, upper: Double) {
        guard x >= 0, x <= 1, a > 0, b > 0, a.isFinite, b.isFinite else { return (.nan, .nan) }
        // 1 − x is exact in double-double; its rounded double is what the logs use.
        let y = DoubleDouble.sum(1, -x)
        return IncompleteBeta.regularized(x: x, y: y.hi, a: a, b: b, exact: (DoubleDouble(x), y))
    }
}
