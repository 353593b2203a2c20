extension Descriptive {
    /// The values multiplied by 2⁻ᵉ, where 2ᵉ ≤ max |xᵢ| < 2ᵉ⁺¹, so the largest scaled magnitude
    /// lies in [1, 2); nil when every value is 0 or one is not finite.
    ///
    /// Why: sums of squares and products overflow for data near 1e300 and underflow to 0 for
    /// data near 1e-300, which turns a defined statistic into NaN or, worse, a wrong 0 (a
    /// standard deviation of 0, a "constant" variable). Scaling by a power of two is exact for
    /// every value that stays a normal number (only the exponent changes), and every rounding
    /// afterwards scales with it, so statistics that are invariant to scale (correlations,
    /// skewness, kurtosis, autocorrelation) come out bit-identical to the unscaled computation
    /// whenever that one neither overflows nor underflows, and right when it would have. The
    /// same idea as LAPACK's `dnrm2` scaling and R's `cor`, which rescale before squaring.
    public static func scaledToUnitMagnitude(_ x: [Double]) -> (values: [Double], exponent: Int)? {
        var largest = 0.0
        for v in x {
            guard v.isFinite else { return nil }
            largest = Swift.max(largest, abs(v))
        }
        guard largest > 0 else { return nil }
        let e = Int(largest.exponent)
        return (x.map { scaled($0, by: -e) }, e)
    }

    /// v·2ᵏ for any k (two steps when 2ᵏ itself is not representable, e.g. k = 1070 for subnormal data).
    @inline(__always)
    static func scaled(_ v: Double, by k: Int) -> Double {
        if k >= Double.leastNormalMagnitude.exponent && k <= Double.greatestFiniteMagnitude.exponent {
            return v * Double(sign: .plus, exponent: k, significand: 1)
        }
        let half = k / 2
        return v * Double(sign: .plus, exponent: half, significand: 1) * Double(sign: .plus, exponent: k - half, significand: 1)
    }

    /// Whether a sum of squares is a usable, normal positive number (not 0 from underflow, not
    /// subnormal, not infinite or NaN from overflow): otherwise the caller retries on scaled data.
    @inline(__always)
    static func needsRescaling(_ sumOfSquares: Double) -> Bool { !sumOfSquares.isNormal }
}
