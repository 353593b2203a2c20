/// A double-double ("double-word") number: the unevaluated sum `hi + lo` of two
/// `Double`s with `|lo| ≤ ulp(hi)/2`, giving about 106 bits (≈ 32 decimal digits)
/// of significand with the exponent range of `Double`.
///
/// Algorithms and error bounds (u = 2⁻⁵³, the unit roundoff of `Double`):
///
/// * `twoSum` (Knuth, TAOCP vol. 2, §4.2.2; Møller 1965) and `fastTwoSum`
///   (Dekker 1971, needs |a| ≥ |b|) return the rounded sum and its exact error.
/// * `twoProduct` returns the exact error `e = a·b − p` of `p = a·b`, the value of
///   `fma(a, b, -p)` (Karp & Markstein 1997; Ogita, Rump & Oishi 2005), computed by
///   Dekker's splitting where that is exact and by the fma elsewhere (`productError`).
/// * `+`, `-`: the "accurate" double-word addition of Hida, Li & Bailey's QD
///   library (2001), Algorithm 6 (AccurateDWPlusDW) in Joldes, Muller & Popescu,
///   "Tight and rigorous error bounds for basic building blocks of double-word
///   arithmetic", ACM TOMS 44(2), 2017: relative error ≤ 3u²/(1−4u) ≈ 3u².
/// * `*`: Algorithm 10 (DWTimesDW1) of Joldes–Muller–Popescu 2017: relative
///   error ≤ 7u². `DoubleDouble * Double` is their Algorithm 7 (DWTimesFP1):
///   ≤ 1.5u². These are the forms without a fused multiply-add in the cross
///   terms (the fma forms, Algorithms 12 and 9, bound 5u² and 2u²): on the
///   generic x86-64 target the fma is a libm call, which made double-double code
///   several times slower (Benchmarks/RESULTS.md); the extra u² is far below
///   anything a `Double` result can show.
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

    /// `a · b = p + e` exactly (barring underflow).
    @inlinable public static func twoProduct(_ a: Double, _ b: Double) -> (product: Double, error: Double) {
        let p = a * b
        return (p, productError(a, b, p))
    }

    /// The exact product of two doubles as a double-double.
    @inlinable public static func product(_ a: Double, _ b: Double) -> DoubleDouble {
        let p = a * b
        return DoubleDouble(uncheckedHi: p, lo: productError(a, b, p))
    }

    /// `a·b − p` for `p = fl(a·b)`, exactly: the same value as `fma(a, b, −p)`.
    ///
    /// Where the inputs allow, by Dekker's splitting (Dekker, Numer. Math. 18, 1971;
    /// Veltkamp's split `a = aₕ + aₗ` into two 26-bit halves with the constant 2²⁷ + 1):
    /// it is exact when no intermediate overflows (|a|, |b| < 2⁹⁹⁵) and no partial
    /// product underflows (|p| > 2⁻⁹¹⁶ leaves room for aₗ·bₗ ≥ 2⁻¹⁰⁷⁰·…, Muller et al.,
    /// *Handbook of Floating-Point Arithmetic*, 2nd ed., §4.4.2). Outside that range,
    /// and for non-finite values, the fused multiply-add. Why not always the fma:
    /// without a hardware-FMA target flag (the generic x86-64 target Swift builds for)
    /// `addingProduct` is a call into libm, and every call also spills all the live
    /// vector registers (the SysV ABI saves none of them); the split is ~17 inlined
    /// flops. Both give the identical, exact result.
    @inlinable @inline(__always)
    static func productError(_ a: Double, _ b: Double, _ p: Double) -> Double {
        let ap = Swift.abs(p)
        if Swift.abs(a) < 0x1p995 && Swift.abs(b) < 0x1p995 && ap > 0x1p-916 && ap < 0x1p1020 {
            return splitProductError(a, b, p)
        }
        // (-p).addingProduct(a, b) is fma(a, b, -p): the exact error of the product.
        return (-p).addingProduct(a, b)
    }

    /// Dekker's product error without the range guard, for loops that check the
    /// overflow bounds once per column. Exact under `productError`'s conditions; when
    /// only the underflow condition fails (|a·b| ≤ 2⁻⁹¹⁶) its error is below 2⁻¹⁰²⁰ in
    /// absolute value, where a fused multiply-add's result is rounded to subnormal
    /// precision as well.
    @inlinable @inline(__always)
    static func splitProductError(_ a: Double, _ b: Double, _ p: Double) -> Double {
        let ca = 134_217_729.0 * a
        let ah = ca - (ca - a)
        let al = a - ah
        let cb = 134_217_729.0 * b
        let bh = cb - (cb - b)
        let bl = b - bh
        return ((ah * bh - p) + ah * bl + al * bh) + al * bl
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

    /// Double-word times double-word: Algorithm 10 (DWTimesDW1) of Joldes, Muller &
    /// Popescu 2017, the fma-free form: the exact product of the high parts plus the
    /// rounded cross terms `x.hi·y.lo + x.lo·y.hi`. Relative error ≤ 7u².
    @inlinable @inline(__always) public static func * (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble {
        let ch = x.hi * y.hi
        let cl1 = productError(x.hi, y.hi, ch)
        let tl1 = x.hi * y.lo
        let tl2 = x.lo * y.hi
        let cl2 = tl1 + tl2
        let cl3 = cl1 + cl2
        let (zh, zl) = fastTwoSum(ch, cl3)
        return DoubleDouble(uncheckedHi: zh, lo: zl)
    }

    /// Double-word times double: Algorithm 7 (DWTimesFP1) of Joldes, Muller & Popescu
    /// 2017, relative error ≤ 1.5u², without a fused multiply-add.
    @inlinable @inline(__always) public static func * (x: DoubleDouble, y: Double) -> DoubleDouble {
        let ch = x.hi * y
        let cl1 = productError(x.hi, y, ch)
        let cl2 = x.lo * y
        let (th, tl1) = fastTwoSum(ch, cl2)
        let tl2 = tl1 + cl1
        let (zh, zl) = fastTwoSum(th, tl2)
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
