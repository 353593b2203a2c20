// `--partial x` with x itself gave r ≈ 6e-16 with p = 1 (issue 18.4): the residuals of a
// variable the covariates determine exactly are rounding noise, and their correlation is undefined.

extension Correlation {
    /// True when the residuals `e` of `v` on the covariates are rounding noise: their sum of
    /// squares is at most 1e-20 times that of `v` about its mean (R² of `v` on the covariates
    /// above 1 − 1e-20, i.e. exact up to about 1e-10 in relative size).
    static func isExplainedExactly(_ v: [Double], residuals e: [Double]) -> Bool {
        guard !v.isEmpty else { return false }
        let mean = v.reduce(0, +) / Double(v.count)
        let total = v.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        let left = e.reduce(0) { $0 + $1 * $1 }
        return total > 0 && left <= 1e-20 * total
    }
}
