/// Leave-one-out influence measures of a (weighted) least-squares fit, as R's
/// `influence.measures`, `rstandard`, `rstudent`, `cooks.distance`, `dffits`,
/// `covratio`, `dfbeta` and `dfbetas`, computed from the QR factor `R` of
/// `W^{1/2}X` without refitting and without any `n × n` matrix.
///
/// Notation: `ẽᵢ = √wᵢ eᵢ` the weighted residual, `hᵢ` the leverage (diagonal of
/// the hat matrix of `W^{1/2}X`), `p` the rank, `n` the rows with positive
/// weight, `s² = Σ ẽᵢ² / (n − p)`, `C = (XᵀWX)⁻¹ = R⁻¹R⁻ᵀ`.
///
/// - internally studentized (standardized) residual `rᵢ = ẽᵢ / (s √(1 − hᵢ))`
/// - leave-one-out variance `s₍ᵢ₎² = (Σ ẽⱼ² − ẽᵢ²/(1 − hᵢ)) / (n − p − 1)`,
///   the exact residual variance of the fit without row `i`
/// - externally studentized residual `tᵢ = ẽᵢ / (s₍ᵢ₎ √(1 − hᵢ))`
/// - Cook's distance `Dᵢ = ẽᵢ² hᵢ / (p s² (1 − hᵢ)²)`
/// - `DFFITSᵢ = ẽᵢ √hᵢ / (s₍ᵢ₎ (1 − hᵢ))`
/// - covariance ratio `COVRATIOᵢ = (s₍ᵢ₎/s)^{2p} / (1 − hᵢ)`
/// - `DFBETAᵢ = β̂ − β̂₍ᵢ₎ = C √wᵢ xᵢ ẽᵢ / (1 − hᵢ)` (R's `dfbeta` sign), with
///   `C √wᵢ xᵢ = R⁻¹(R⁻ᵀ √wᵢ xᵢ)` by one forward and one back substitution per row
/// - `DFBETASᵢⱼ = DFBETAᵢⱼ / (s₍ᵢ₎ √Cⱼⱼ)`
///
/// These are the Sherman–Morrison leave-one-out identities of Belsley, Kuh &
/// Welsch, *Regression Diagnostics* (Wiley 1980), ch. 2, and Cook & Weisberg,
/// *Residuals and Influence in Regression* (Chapman & Hall 1982), §3.4–3.5.
///
/// **Edge cases.** A leverage within `10ε` of 1 is set to exactly 1, as R does
/// (`lm.influence`): such a row is fitted exactly, so every measure that divides
/// by `1 − hᵢ` is undefined and is `NaN` (R also gives `NaN`, except that its
/// `dfbeta` reports 0 there; dropping that row makes the model rank deficient,
/// so no coefficient change exists) and `s₍ᵢ₎² = Σ ẽⱼ² / (n − p − 1)`. With
/// `n − p = 1`, `s₍ᵢ₎` is undefined and the measures that use it are `NaN`.
/// Rows with zero weight are not part of the fit: leverage 0, everything else
/// `NaN`. A note records each of these cases.
public struct InfluenceMeasures: Sendable, Equatable, Codable {
    /// Design columns of the coefficients (`fit.keptColumns`), in the order of the `dfbeta` columns.
    public let coefficientColumns: [Int]
    /// `hᵢ` (R `hatvalues`).
    public let leverage: [Double]
    /// `rᵢ` (R `rstandard`).
    public let standardizedResiduals: [Double]
    /// `tᵢ` (R `rstudent`).
    public let studentizedResiduals: [Double]
    /// `s₍ᵢ₎` (R `influence(m)$sigma`).
    public let leaveOneOutSigma: [Double]
    /// `Dᵢ` (R `cooks.distance`).
    public let cooksDistance: [Double]
    /// R `dffits`.
    public let dffits: [Double]
    /// R `covratio`.
    public let covarianceRatio: [Double]
    /// `n × p`: row `i` is `β̂ − β̂₍ᵢ₎` in the coefficients' own units (R `dfbeta`).
    public let dfbeta: Matrix
    /// `n × p` scaled changes (R `dfbetas`).
    public let dfbetas: Matrix
    /// `s`, the residual standard error of the fit.
    public let residualStandardError: Double
    /// Rows with positive weight (`n`).
    public let observations: Int
    /// Estimable coefficients (`p`).
    public let parameters: Int
    public let notes: [String]

    /// Computes every measure for `model`.
    ///
    /// - Throws: `.noResidualDegreesOfFreedom` when `n ≤ p`, `.zeroResidualVariance`
    ///   for a perfect fit (`FittedDesign.isPerfectFit`).
    public static func compute(_ model: FittedDesign) throws(DiagnosticsError) -> InfluenceMeasures {
        let fit = model.fit
        let x = model.design
        let rows = x.rows
        let p = fit.rank
        let n = fit.effectiveObservations
        if n <= p { throw .noResidualDegreesOfFreedom(observations: n, parameters: p) }
        let rss = fit.residualSumOfSquares
        if model.isPerfectFit { throw .zeroResidualVariance }

        let e = model.weightedResiduals
        let s2 = rss / Double(n - p)
        let s = s2.squareRoot()
        let kept = fit.keptColumns
        let r = fit.r.storage
        let cDiag = fit.unscaledCovariance.diagonal
        let looDF = n - p - 1
        var notes: [String] = []

        let nan = Double.nan
        var h = [Double](repeating: 0, count: rows)
        var rstd = [Double](repeating: nan, count: rows)
        var rstu = [Double](repeating: nan, count: rows)
        var sigma = [Double](repeating: nan, count: rows)
        var cook = [Double](repeating: nan, count: rows)
        var dffit = [Double](repeating: nan, count: rows)
        var covr = [Double](repeating: nan, count: rows)
        var dfb = [Double](repeating: nan, count: rows * p)
        var dfbs = [Double](repeating: nan, count: rows * p)
        var exactRows: [Int] = []
        var zeroWeightRows = 0
        let useFitLeverage = fit.leverage.count == rows
        var v = [Double](repeating: 0, count: p)

        for i in 0..<rows {
            let wi = model.weights?[i] ?? 1
            if !(wi > 0) { zeroWeightRows += 1; continue }
            let sw = wi.squareRoot()
            // z = R⁻ᵀ √wᵢ xᵢ (forward substitution); hᵢ = ‖z‖².
            var hz = 0.0
            for c in 0..<p {
                var t = sw * x.storage[i + kept[c] * rows]
                for l in 0..<c { t -= r[l + c * p] * v[l] }
                t /= r[c + c * p]
                v[c] = t
                hz += t * t
            }
            var hi = useFitLeverage ? fit.leverage[i] : hz
            // R's lm.influence: a leverage within 10ε of one is one.
            if hi > 1 - 10 * Double.ulpOfOne { hi = 1 }
            h[i] = hi
            let ei = e[i]
            if hi == 1 {
                exactRows.append(i)
                sigma[i] = looDF > 0 ? (rss / Double(looDF)).squareRoot() : nan
                continue
            }
            let omh = 1 - hi
            rstd[i] = ei / (s * omh.squareRoot())
            cook[i] = ei * ei * hi / (Double(p) * s2 * omh * omh)
            let si: Double
            if looDF > 0 {
                si = (Swift.max(0, rss - ei * ei / omh) / Double(looDF)).squareRoot()
            } else {
                si = nan
            }
            sigma[i] = si
            rstu[i] = ei / (si * omh.squareRoot())
            dffit[i] = ei * hi.squareRoot() / (si * omh)
            // (s₍ᵢ₎/s)^{2p} by repeated multiplication (p is a small integer).
            let ratio2 = (si * si) / s2
            var pw = 1.0
            for _ in 0..<p { pw *= ratio2 }
            covr[i] = pw / omh
            // b = R⁻¹ z (back substitution): b = C √wᵢ xᵢ.
            var c = p - 1
            while c >= 0 {
                var t = v[c]
                for l in (c + 1)..<Swift.max(p, c + 1) { t -= r[c + l * p] * v[l] }
                v[c] = t / r[c + c * p]
                c -= 1
            }
            let scale = ei / omh
            for j in 0..<p {
                let d = v[j] * scale
                dfb[i + j * rows] = d
                dfbs[i + j * rows] = d / (si * cDiag[j].squareRoot())
            }
        }

        // Infinite values (s₍ᵢ₎ = 0 when one row carries all the residual) are undefined, as in R.
        for i in 0..<rows where rstu[i].isInfinite { rstu[i] = nan }
        for i in 0..<rows where dffit[i].isInfinite { dffit[i] = nan }
        for idx in dfbs.indices where dfbs[idx].isInfinite { dfbs[idx] = nan }

        if !exactRows.isEmpty {
            notes.append(
                "row(s) \(exactRows.map(String.init).joined(separator: ", ")) have leverage 1 (fitted exactly, e.g. the only observation of a dummy): standardized and studentized residuals, Cook's distance, DFFITS, COVRATIO and DFBETA(S) are undefined there (NaN)")
        }
        if looDF == 0 {
            notes.append("only one residual degree of freedom: leave-one-out variances are undefined, so studentized residuals, DFFITS, COVRATIO and DFBETAS are NaN")
        }
        if zeroWeightRows > 0 {
            notes.append("\(zeroWeightRows) row(s) with zero weight are not part of the fit: influence measures NaN, leverage 0")
        }

        return InfluenceMeasures(
            coefficientColumns: kept, leverage: h, standardizedResiduals: rstd, studentizedResiduals: rstu,
            leaveOneOutSigma: sigma, cooksDistance: cook, dffits: dffit, covarianceRatio: covr,
            dfbeta: Matrix(uncheckedRows: rows, columns: p, storage: dfb),
            dfbetas: Matrix(uncheckedRows: rows, columns: p, storage: dfbs),
            residualStandardError: s, observations: n, parameters: p, notes: notes)
    }
}
