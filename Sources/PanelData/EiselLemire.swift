// Decimal -> Double in a few integer operations, correctly rounded or not at all.

/// The Eisel–Lemire algorithm: w·10^q → the nearest Double, with one 64 × 64 → 128-bit
/// multiplication (two near the rounding boundary), or nil when it cannot decide.
///
/// D. Lemire, "Number parsing at a gigabyte per second", *Software: Practice and
/// Experience* 51(8), 2021 (after M. Eisel's 2020 design, also used by Go's `strconv` and
/// Rust's `core::num::dec2flt`). With w normalised to 2⁶³ ≤ w·2^z < 2⁶⁴ and M_q the 128-bit
/// truncated mantissa of 10^q (`powersOfTen128`), the top 64 bits of w·M_q carry the 54
/// leading bits of w·10^q plus enough guard bits to round, unless the truncation error of
/// M_q (< 1 unit in its last bit) could carry into them: then the low word of M_q is
/// multiplied in too, and if the guard bits are still all ones the result is not decided.
/// Cases left to the caller's exact slow path (nil):
/// - q outside −348…347;
/// - a product whose low bits are ambiguous after the 128-bit refinement;
/// - an exact half-way product (ties-to-even needs the exact value);
/// - results that are subnormal, zero after rounding, or overflow (rare in data; the slow
///   path gives R's / `strtod`'s underflow and overflow).
///
/// `mantissa` must be nonzero. The caller passes exactly the decimal's value w·10^q; for a
/// decimal with more than 19 significant digits it calls this with w and w + 1 (the first
/// 19 digits, truncated and incremented) and accepts only when both agree.
@inline(__always)
func eiselLemire(mantissa: UInt64, exponent q: Int) -> Double? {
    guard mantissa != 0, q >= powersOfTen128MinExponent, q <= 347 else { return nil }
    let clz = mantissa.leadingZeroBitCount
    let w = mantissa << UInt64(clz)
    // floor(q·log2 10) + 64 + bias − clz: the biased exponent if the product's top bit is set.
    var exponent2 = ((217_706 &* q) >> 16) + 64 + 1023 - clz
    let power = powersOfTen128[q - powersOfTen128MinExponent]
    var (hi, lo) = w.multipliedFullWidth(by: power.high)
    if hi & 0x1FF == 0x1FF, lo &+ w < lo {
        // The truncated low word of 10^q may carry into the guard bits: multiply it in.
        let (yHi, yLo) = w.multipliedFullWidth(by: power.low)
        var mergedHi = hi
        let mergedLo = lo &+ yHi
        if mergedLo < lo { mergedHi &+= 1 }
        if mergedHi & 0x1FF == 0x1FF, mergedLo &+ 1 == 0, yLo &+ w < yLo { return nil }
        hi = mergedHi
        lo = mergedLo
    }
    let msb = Int(hi >> 63)
    var m = hi >> UInt64(msb + 9)   // 54 bits: 53 + one rounding bit
    exponent2 -= 1 ^ msb
    // Exactly half-way between two Doubles in the product: the exact value decides.
    if lo == 0, hi & 0x1FF == 0, m & 3 == 1 { return nil }
    m += m & 1
    m >>= 1
    if m >> 53 > 0 {
        m >>= 1
        exponent2 += 1
    }
    guard exponent2 >= 1, exponent2 <= 0x7FE else { return nil }
    return Double(bitPattern: UInt64(exponent2) << 52 | m & 0x000F_FFFF_FFFF_FFFF)
}
