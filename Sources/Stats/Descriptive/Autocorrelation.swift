extension Descriptive {
    /// The lag-1 sample autocorrelation
    /// r₁ = Σ_{t=2..n} (y_t − ȳ)(y_{t−1} − ȳ) / Σ_{t=1..n} (y_t − ȳ)²,
    /// the definition of NIST StRD and of R's `acf(y, lag.max = 1)` (Box & Jenkins 1976, eq. 2.1.12).
    ///
    /// The observations must be in time order and equally spaced. Sums are compensated and
    /// centred by the corrected mean carried to double-double precision (`accurateMean`).
    ///
    /// - Returns: r₁, or `.nan` when n < 2 or the series is constant.
    public static func lag1Autocorrelation(_ y: [Double]) -> Double {
        guard y.count >= 2 else { return .nan }
        // r₁ does not change with scale; on x·2⁻ᵉ the squares cannot overflow or underflow.
        let y = scaledToUnitMagnitude(y)?.values ?? y
        let (m, lo) = accurateMean(y)
        var numerator = CompensatedSum()
        var denominator = CompensatedSum()
        var previous = (y[0] - m) - lo
        denominator.add(previous * previous)
        for t in 1..<y.count {
            let d = (y[t] - m) - lo
            numerator.add(d * previous)
            denominator.add(d * d)
            previous = d
        }
        return numerator.value / denominator.value
    }
}
