extension Correlation {
    /// The pooled within-group lag-1 autocorrelation of panel data:
    /// r₁ = Σ_g Σ_t (y_{g,t} − ȳ)(y_{g,t−1} − ȳ) / Σ_{g,t} (y_{g,t} − ȳ)²,
    /// over successive observations of the same group (values must be in time order within
    /// each group; ȳ is the overall mean). With one group it is R's `acf(y, lag.max = 1)`
    /// (Box & Jenkins 1976, eq. 2.1.12); products never cross from one country to the next.
    ///
    /// - Returns: r₁, or NaN when n < 2, no successive pair exists, or y is constant.
    public static func pooledLag1Autocorrelation(_ y: [Double], groups: [String]) -> Double {
        guard y.count >= 2, groups.count == y.count else { return .nan }
        // r₁ does not change with scale; on y·2⁻ᵉ the squares cannot overflow or underflow.
        let y = Descriptive.scaledToUnitMagnitude(y)?.values ?? y
        let m = Descriptive.mean(y)
        var num = 0.0, den = 0.0, pairs = 0
        for t in y.indices {
            let d = y[t] - m
            den += d * d
            if t > 0 && groups[t] == groups[t - 1] {
                num += d * (y[t - 1] - m)
                pairs += 1
            }
        }
        guard pairs > 0, den > 0 else { return .nan }
        return num / den
    }
}
