extension Descriptive {
    /// The arithmetic mean x̄ = (1/n) Σ xᵢ, with a correction pass.
    ///
    /// A first compensated pass gives m₀ = Σxᵢ/n; the second adds the mean of the residuals,
    /// x̄ = m₀ + (1/n) Σ (xᵢ − m₀), which removes the rounding error of the first pass (the
    /// refinement R's `mean` applies; see also Ling 1974, JASA 69:859-866). The residuals are
    /// formed with their exact rounding errors (TwoSum), so the correction is right even when
    /// xᵢ − m₀ is not exact. If the sum overflows although every value is finite, the mean of
    /// xᵢ/n is used instead.
    ///
    /// - Returns: the mean, or `.nan` for an empty sample. NaN and infinities propagate.
    public static func mean(_ x: [Double]) -> Double {
        accurateMean(x).hi
    }

    /// The mean as an unevaluated sum hi + lo (|lo| ≤ ½ulp(hi)): `lo` is the part of the
    /// corrected mean that does not fit in a double. Centring by (x − hi) − lo gives
    /// deviations accurate to a few ulp of themselves even for data with a large offset.
    static func accurateMean(_ x: [Double]) -> (hi: Double, lo: Double) {
        guard !x.isEmpty else { return (.nan, 0) }
        let n = Double(x.count)
        var first = CompensatedSum()
        for v in x { first.add(v) }
        var m0 = first.value / n
        if !m0.isFinite {
            guard x.allSatisfy(\.isFinite) else { return (m0, 0) }
            // The sum overflowed: scale first, so every partial sum stays below max |x|.
            var scaled = CompensatedSum()
            for v in x { scaled.add(v / n) }
            m0 = scaled.value
        }
        var residual = CompensatedSum()
        for v in x {
            let (d, e) = twoSum(v, -m0)
            residual.add(d)
            residual.add(e)
        }
        let r = residual.value / n
        let hi = m0 + r
        guard hi.isFinite else { return (hi, 0) }
        return (hi, r - (hi - m0))  // Fast2Sum: |r| ≤ |m0| up to rounding
    }
}

/// Knuth's TwoSum: s = fl(a + b) and the exact rounding error e, a + b = s + e.
@inline(__always)
func twoSum(_ a: Double, _ b: Double) -> (sum: Double, error: Double) {
    let s = a + b
    let bb = s - a
    return (s, (a - (s - bb)) + (b - bb))
}
