// Values too large or too small for double-precision least squares.

/// Double precision squares a value when it forms sums of squares (column
/// norms, `XᵀX`, the residual sum of squares): |v| above about 1.3e154
/// overflows to infinity and |v| below about 1e-154 underflows towards zero,
/// so a fit on such a column returns NaN, or drops the column as "collinear",
/// or reports a zero standard error — wrong numbers, not errors. Values are
/// accepted when the largest |v| lies in [1e-150, 1e150] (or is 0), which
/// leaves room for sums over 10⁶ rows; beyond that the caller gets an error
/// asking to rescale. (R's `lm` has the same limits with other symptoms.)
enum MagnitudeGuard {
    static let largest = 1e150
    static let smallest = 1e-150

    /// The largest |v| of `values` when it is outside the safe range, else nil.
    static func problem(_ values: some Sequence<Double>) -> Double? {
        var m = 0.0
        for v in values where v.isFinite { m = Swift.max(m, Swift.abs(v)) }
        return m > largest || (m > 0 && m < smallest) ? m : nil
    }

    /// "'x' reaches 1e+300 …; rescale …" for `name`.
    static func message(_ name: String, largestAbsolute m: Double) -> String {
        let what = m > largest
            ? "'\(name)' reaches \(m) in absolute value; double-precision sums of squares overflow above about 1e154"
            : "'\(name)' is at most \(m) in absolute value; double-precision sums of squares underflow below about 1e-154"
        return what + ", so the fit would be wrong: rescale it (e.g. multiply or divide by a power of ten, or take log) so that its values lie between 1e-150 and 1e150"
    }
}
