// Pearson and Spearman point estimates (no inference; see RankCorrelationTrend).

public enum PointCorrelation {
    /// Pearson's r = Σ(x−x̄)(y−ȳ) / sqrt(Σ(x−x̄)² Σ(y−ȳ)²), centred in two passes;
    /// nil for fewer than 3 pairs or a constant variable.
    public static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        let n = x.count
        guard n == y.count, n >= 3 else { return nil }
        let mx = x.reduce(0, +) / Double(n), my = y.reduce(0, +) / Double(n)
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in 0..<n {
            let dx = x[i] - mx, dy = y[i] - my
            sxy += dx * dy; sxx += dx * dx; syy += dy * dy
        }
        guard sxx > 0, syy > 0 else { return nil }
        return min(1, max(-1, sxy / (sxx * syy).squareRoot()))
    }

    /// Spearman's ρ: Pearson's r of the midranks (Spearman 1904; the tie-corrected form
    /// R's `cor(method = "spearman")` and scipy's `spearmanr` compute).
    public static func spearman(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count else { return nil }
        return pearson(Midranks.of(x), Midranks.of(y))
    }
}
