// Elementary functions without Foundation or libm, so the Plot module stays
// free of C and gives identical results on every platform. Accuracy is a few
// ulp, far below what a chart can show; exact at powers of ten where tick
// code depends on it.

/// 10^z for integral z, exact for |z| ≤ 22 (all powers of ten below 1e23 are
/// representable and the product of exact factors is correctly rounded).
func pow10(_ z: Double) -> Double {
    guard z.isFinite, abs(z) < 400 else { return z.isNaN ? .nan : (z > 0 ? .infinity : 0) }
    var r = 1.0
    var base = 10.0, e = Int(abs(z))  // checked: |z| < 400
    while e > 0 { if e & 1 == 1 { r *= base }; base *= base; e >>= 1 }
    return z < 0 ? 1 / r : r
}

/// Natural logarithm: x = m · 2^e with m in [1, 2), ln m = 2·atanh((m − 1)/(m + 1)).
func ln(_ x: Double) -> Double {
    guard x > 0, x.isFinite else { return x == 0 ? -.infinity : (x.isNaN || x < 0 ? .nan : .infinity) }
    var e = Double(x.exponent)
    var m = x.significand            // in [1, 2)
    if m > 1.4142135623730951 { m /= 2; e += 1 }   // keep |t| small: m in [0.707, 1.414]
    let t = (m - 1) / (m + 1)        // |t| < 0.172
    let t2 = t * t
    var term = t, sum = 0.0, k = 1.0
    while k < 41 { sum += term / k; term *= t2; k += 2 }
    return 2 * sum + e * 0.6931471805599453
}

/// log10, exact at integral powers of ten.
func log10(_ x: Double) -> Double {
    let r = ln(x) / 2.302585092994046
    guard r.isFinite else { return r }
    let n = r.rounded()
    if abs(r - n) < 1e-9 && abs(n) <= 22 && pow10(n) == x { return n }
    return r
}

/// e^x by range reduction x = k·ln 2 + r, |r| ≤ ln2/2, and a Taylor series.
func exp(_ x: Double) -> Double {
    guard x.isFinite else { return x.isNaN ? .nan : (x > 0 ? .infinity : 0) }
    if x > 709.8 { return .infinity }
    if x < -745.2 { return 0 }
    let k = (x / 0.6931471805599453).rounded()
    let r = x - k * 0.6931471805599453
    var term = 1.0, sum = 1.0, n = 1.0
    while n < 30 { term *= r / n; sum += term; n += 1 }
    return sum * Double(sign: .plus, exponent: Int(k), significand: 1)  // checked: |k| ≤ 1076 by the guards above
}

/// 10^x for any real x (exact for integral x with |x| ≤ 22).
func exp10(_ x: Double) -> Double {
    if x == x.rounded() && abs(x) <= 22 { return pow10(x) }
    return exp(x * 2.302585092994046)
}
