/// The Durbin–Watson statistic for first-order autocorrelation of the
/// residuals, as the statistic of R `lmtest::dwtest` / `car::durbinWatsonTest`.
///
/// `d = Σ_{t≥2} (u_t − u_{t−1})² / Σ_t u_t²` with `u` the residuals in row
/// order (Durbin & Watson, *Biometrika* 37, 1950, 409–428; 38, 1951, 159–178).
/// `d ≈ 2(1 − ρ̂₁)`: near 2 no autocorrelation, below 2 positive. Rows must be
/// in time order. No p-value is given: its exact null distribution depends on
/// the design (lmtest uses the Imhof/Pan algorithm); compare `d` with the
/// Durbin–Watson bounds or use a Breusch–Godfrey test.
///
/// For a panel (rows sorted by entity, then time) pass `groups`: differences
/// are then taken only within runs of equal group id, which is the panel
/// statistic of Bhargava, Franzini & Narendranathan (*Rev. Econ. Stud.* 49(4),
/// 1982, 533–549), `d = Σᵢ Σ_{t≥2} (u_it − u_i,t−1)² / Σᵢ Σ_t u_it²`.
public enum DurbinWatson {
    /// `d` of a residual series.
    /// - Throws: `.tooFewObservations` for fewer than 2 values, `.zeroResidualVariance` if all are 0.
    public static func statistic(residuals u: [Double]) throws(DiagnosticsError) -> Double {
        let none: [Int]? = nil
        return try statistic(residuals: u, groups: none)
    }

    /// `d` with differences taken only between consecutive rows of the same group.
    public static func statistic<G: Hashable>(residuals u: [Double], groups: [G]?) throws(DiagnosticsError) -> Double {
        let n = u.count
        if n < 2 { throw .tooFewObservations(diagnostic: "the Durbin–Watson statistic", needed: 2, actual: n) }
        if let g = groups, g.count != n { throw .dimensionMismatch(what: "groups", expected: n, actual: g.count) }
        var num = 0.0, den = u[0] * u[0]
        for t in 1..<n {
            den += u[t] * u[t]
            if let g = groups, g[t] != g[t - 1] { continue }
            let d = u[t] - u[t - 1]
            num += d * d
        }
        if !(den > 0) { throw .zeroResidualVariance }
        return num / den
    }

    /// `d` of the weighted residuals `√wᵢ eᵢ` of the rows with positive weight, in row order.
    public static func statistic(_ model: FittedDesign) throws(DiagnosticsError) -> Double {
        if model.isPerfectFit { throw .zeroResidualVariance }
        let e = model.weightedResiduals
        return try statistic(residuals: model.usedRows.map { e[$0] })
    }

    /// Panel version for a model (`groups` has one id per design row; zero-weight rows are skipped).
    public static func statistic<G: Hashable>(_ model: FittedDesign, groups: [G]) throws(DiagnosticsError) -> Double {
        let rows = model.design.rows
        if groups.count != rows { throw .dimensionMismatch(what: "groups", expected: rows, actual: groups.count) }
        if model.isPerfectFit { throw .zeroResidualVariance }
        let e = model.weightedResiduals
        let used = model.usedRows
        return try statistic(residuals: used.map { e[$0] }, groups: used.map { groups[$0] })
    }

    /// Whether some group has two consecutive used rows (else the panel `d` has no terms in its numerator and is undefined).
    /// - Parameters:
    ///   - model: the fitted design.
    ///   - groups: one id per design row.
    public static func hasConsecutivePair<G: Hashable>(_ model: FittedDesign, groups: [G]) -> Bool {
        let used = model.usedRows
        guard groups.count == model.design.rows else { return false }
        for t in used.indices.dropFirst() where groups[used[t]] == groups[used[t - 1]] { return true }
        return false
    }
}
