extension Descriptive {
    /// The arithmetic mean x̄ = (1/n) Σ xᵢ, with a correction pass.
    ///
    /// A first compensated pass gives m₀ = Σxᵢ/n; the second adds the mean of the residuals,
    /// x̄ = m₀ + (1/n) Σ (xᵢ − m₀), which removes the rounding error of the first pass (the same
    /// refinement R's `mean` applies; see also Ling 1974, JASA 69:859-866). If the plain sum
    /// overflows although every value is finite, the mean of xᵢ/n is used instead.
    ///
    /// - Returns: the mean, or `.nan` for an empty sample. NaN and infinities propagate.
    public static func mean(_ x: [Double]) -> Double {
        guard !x.isEmpty else { return .nan }
        let n = Double(x.count)
        var first = CompensatedSum()
        for v in x { first.add(v) }
        var m0 = first.value / n
        if !m0.isFinite {
            guard x.allSatisfy(\.isFinite) else { return m0 }
            // The sum overflowed: scale first, so every partial sum stays below max |x|.
            var scaled = CompensatedSum()
            for v in x { scaled.add(v / n) }
            m0 = scaled.value
        }
        var residual = CompensatedSum()
        for v in x { residual.add(v - m0) }
        return m0 + residual.value / n
    }
}
