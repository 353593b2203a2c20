/// A double-double ("double-word") number: the unevaluated sum `hi + lo` of two
/// `Double`s with `|lo| ≤ ulp(hi)/2`, giving about 106 bits (≈ 32 decimal digits)
/// of significand with the exponent range of `Double`.
///
/// Algorithms and error bounds (u = 2⁻⁵³, the unit roundoff of `Double`):
///
/// * `twoSum` (Knuth, TAOCP vol. 2, §4.2.2; Møller 1965) and `fastTwoSum`
///   (Dekker 1971, needs |a| ≥ |b|) return the rounded sum and its exact error.
/// * `twoProduct` uses one fused multiply-add: `e = fma(a, b, -p)` is the exact
///   error of `p = a·b` (Karp & Markstein 1997; Ogita, Rump & Oishi 2005).
/// * `+`, `-`: the "accurate" double-word addition of Hida, Li & Bailey's QD
///   library (2001), Algorithm 6 (AccurateDWPlusDW) in Joldes, Muller & Popescu,
///   "Tight and rigorous error bounds for basic building blocks of double-word
///   arithmetic", ACM TOMS 44(2), 2017: relative error ≤ 3u²/(1−4u) ≈ 3u².
/// * `*`: Algorithm 12 (DWTimesDW3, with fma) of Joldes–Muller–Popescu 2017:
///   relative error ≤ 5u² as proven there (Muller & Rideau, ACM TOMS 2022,
///   sharpen it to 4u²). `DoubleDouble * Double` is their Algorithm 9
///   (DWTimesFP3): ≤ 2u².
/// * `/`: Algorithm 17 (DWDivDW2) of Joldes–Muller–Popescu 2017: relative error
///   ≤ 15u² + 56u³.
/// * `sqrt`: one Newton (Karp–Markstein) correction of the double square root,
///   as in the QD library: the residual `a − q²` is formed exactly with
///   `twoProduct`, so the result is accurate to a few u² (the QD library quotes
///   about 2⁻¹⁰⁴ relative; this is checked in the tests).
///
/// All bounds assume no overflow or underflow: like QD, a double-double loses
/// its extra precision below about 1e-292 and overflows near `Double.greatestFiniteMagnitude`.
/// Comparison is exact (lexicographic on the normalised pair).
public struct DoubleDouble: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// Leading component, the value rounded to `Double`.
    public var hi: Double
    /// Trailing component, `|lo| ≤ ulp(hi)/2`.
    public var lo: Double

    /// Wraps a pair without renormalising; the caller guarantees `|lo| ≤ ulp(hi)/2`.
    @inlinable public init(uncheckedHi hi: Double, lo: Double) {
        self.hi = hi
        self.lo = lo
    }

    /// The exact value of `hi + lo`, renormalised.
    @inlinable public init(_ hi: Double, _ lo: Double) {
        let (s, e) = DoubleDouble.twoSum(hi, lo)
        self.hi = s
        self.lo = e
    }

    /// The exact value of `x`.
    @inlinable public init(_ x: Double) {
        hi = x
        lo = 0
    }

    public static let zero = DoubleDouble(0)
    public static let one = DoubleDouble(1)

    /// The value rounded to the nearest `Double` (`hi + lo`, which is `hi` for a normalised pair).
    @inlinable public var doubleValue: Double { hi + lo }

    public var isFinite: Bool { hi.isFinite && lo.isFinite }

    public var description: String {
        "DoubleDouble(\(hi), \(lo))"
    }

    // MARK: Error-free transformations

    /// `a + b = s + e` exactly (Knuth's TwoSum, 6 flops, no branch).
    @inlinable public static func twoSum(_ a: Double, _ b: Double) -> (sum: Double, error: Double) {
        let s = a + b
        let bb = s - a
        let e = (a - (s - bb)) + (b - bb)
        return (s, e)
    }

    /// `a + b = s + e` exactly, provided `|a| ≥ |b|` or `a == 0` (Dekker's FastTwoSum).
    @inlinable public static func fastTwoSum(_ a: Double, _ b: Double) -> (sum: Double, error: Double) {
        let s = a + b
        let e = b - (s - a)
        return (s, e)
    }

    /// `a · b = p + e` exactly (barring underflow), using one fused multiply-add.
    @inlinable public static func twoProduct(_ a: Double, _ b: Double) -> (product: Double, error: Double) {
        let p = a * b
        // (-p).addingProduct(a, b) is fma(a, b, -p): the exact error of the product.
        return (p, (-p).addingProduct(a, b))
    }

    /// The exact product of two doubles as a double-double.
    @inlinable public static func product(_ a: Double, _ b: Double) -> DoubleDouble {
        let p = a * b
        return DoubleDouble(uncheckedHi: p, lo: (-p).addingProduct(a, b))
    }

    /// The exact sum of two doubles as a double-double.
    @inlinable public static func sum(_ a: Double, _ b: Double) -> DoubleDouble {
        let (s, e) = twoSum(a, b)
        return DoubleDouble(uncheckedHi: s, lo: e)
    }

    // MARK: Arithmetic

    @inlinable public static func + (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble {
        let (sh, sl0) = twoSum(x.hi, y.hi)
        let (th, tl) = twoSum(x.lo, y.lo)
        let (vh, vl) = fastTwoSum(sh, sl0 + th)
        let (zh, zl) = fastTwoSum(vh, tl + vl)
        return DoubleDouble(uncheckedHi: zh, lo: zl)
    }

    /// Double-word plus double (Joldes–Muller–Popescu Algorithm 4, ≤ 2u²).
    @inlinable public static func + (x: DoubleDouble, y: Double) -> DoubleDouble {
        let (sh, sl) = twoSum(x.hi, y)
        let (zh, zl) = fastTwoSum(sh, x.lo + sl)
        return DoubleDouble(uncheckedHi: zh, lo: zl)
    }

    @inlinable public static prefix func - (x: DoubleDouble) -> DoubleDouble {
        DoubleDouble(uncheckedHi: -x.hi, lo: -x.lo)
    }

    @inlinable public static func - (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble { x + (-y) }
    @inlinable public static func - (x: DoubleDouble, y: Double) -> DoubleDouble { x + (-y) }

    @inlinable public static func * (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble {
        let ch = x.hi * y.hi
        let cl1 = (-ch).addingProduct(x.hi, y.hi)
        let tl0 = x.lo * y.lo
        let tl1 = tl0.addingProduct(x.hi, y.lo)
        let cl2 = tl1.addingProduct(x.lo, y.hi)
        let cl3 = cl1 + cl2
        let (zh, zl) = fastTwoSum(ch, cl3)
        return DoubleDouble(uncheckedHi: zh, lo: zl)
    }

    @inlinable public static func * (x: DoubleDouble, y: Double) -> DoubleDouble {
        let ch = x.hi * y
        let cl1 = (-ch).addingProduct(x.hi, y)
        let cl3 = cl1.addingProduct(x.lo, y)
        let (zh, zl) = fastTwoSum(ch, cl3)
        return DoubleDouble(uncheckedHi: zh, lo: zl)
    }

    @inlinable public static func / (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble {
        let th = x.hi / y.hi
        let r = y * th
        let dh = x.hi - r.hi
        let dl = x.lo - r.lo
        let d = dh + dl
        let tl = d / y.hi
        let (zh, zl) = fastTwoSum(th, tl)
        return DoubleDouble(uncheckedHi: zh, lo: zl)
    }

    @inlinable public static func += (x: inout DoubleDouble, y: DoubleDouble) { x = x + y }
    @inlinable public static func -= (x: inout DoubleDouble, y: DoubleDouble) { x = x - y }
    @inlinable public static func *= (x: inout DoubleDouble, y: DoubleDouble) { x = x * y }
    @inlinable public static func /= (x: inout DoubleDouble, y: DoubleDouble) { x = x / y }

    /// The square root (NaN for negative input, 0 for 0).
    @inlinable public static func sqrt(_ a: DoubleDouble) -> DoubleDouble {
        if a.hi <= 0 { return a.hi == 0 ? .zero : DoubleDouble(.nan) }
        let q = a.hi.squareRoot()
        let (p, e) = twoProduct(q, q)
        // a - q² computed to double-double accuracy, then one Newton step.
        let t = ((a.hi - p) - e + a.lo) / (2 * q)
        let (zh, zl) = fastTwoSum(q, t)
        return DoubleDouble(uncheckedHi: zh, lo: zl)
    }

    /// Absolute value.
    @inlinable public var magnitude: DoubleDouble { hi < 0 || (hi == 0 && lo < 0) ? -self : self }

    @inlinable public static func < (x: DoubleDouble, y: DoubleDouble) -> Bool {
        x.hi < y.hi || (x.hi == y.hi && x.lo < y.lo)
    }
}
