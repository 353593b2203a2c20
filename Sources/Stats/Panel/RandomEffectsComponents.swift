/// Swamy–Arora variance components of the one-way (unit) error-components
/// model y_it = x_it'β + u_i + e_it, as R `plm(model = "random",
/// random.method = "swar")` (plm 2.6) computes them, and the quasi-demeaning
/// parameters θ_i that feasible GLS uses.
///
/// With O observations, N units, T_i observations of unit i, K regressors
/// besides the intercept, and Z the design (with the intercept):
///
/// - σ²_e = RSS_within / (O − N − K_w), from the within regression (unit
///   means removed; K_w slopes that vary within units);
/// - the between quadratic form q_b = Σ_i T_i (ȳ_i − z̄_i'β̂_B)², β̂_B the
///   OLS fit of the unit means weighted by T_i (plm's "Between" model, the
///   means repeated on every observation);
/// - σ²_u = (q_b − (N − K − 1) σ²_e) / (O − tr[(Σ_i T_i z̄_i z̄_i')⁻¹ Σ_i T_i² z̄_i z̄_i']),
///   set to 0 when negative (plm's `dfcor = c(3, 3)`; for a balanced panel
///   the denominator is T(N − K − 1), the textbook Swamy–Arora);
/// - θ_i = 1 − √(σ²_e / (σ²_e + T_i σ²_u)).
///
/// Stata's `xtreg, re` gives the same numbers on balanced panels; on
/// unbalanced panels it uses another between step (an unweighted regression
/// of the unit means, with T̄ the harmonic mean of the T_i), so σ²_u and θ
/// differ there. References: Swamy & Arora (1972), *Econometrica* 40(2);
/// Baltagi (2021), *Econometric Analysis of Panel Data*, 6th ed., §2.3 and §9.2.
public struct RandomEffectsComponents: Sendable, Equatable, Codable {
    /// σ²_e, the idiosyncratic variance.
    public let idiosyncraticVariance: Double
    /// σ²_u, the unit-effect variance (0 when the estimate was negative).
    public let unitVariance: Double
    /// Whether σ²_u was negative and set to 0 (θ = 0: pooled OLS).
    public let unitVarianceTruncated: Bool
    /// θ_i for each unit (indexed by dense unit code).
    public let thetaByUnit: [Double]
    /// T_i for each unit.
    public let observationsByUnit: [Int]
    /// The within regression's slopes (the columns of the design that vary within units), by design column.
    let withinColumns: [Int]
    let withinCoefficients: [Double]
    /// σ²_e (X_wᵀX_w)⁻¹ of `withinCoefficients` (R `vcov(plm(model = "within"))`).
    let withinCovariance: Matrix
    /// Whether all units have the same number of observations.
    public var isBalanced: Bool { Set(observationsByUnit).count <= 1 }

    /// σ_e.
    public var sigmaE: Double { idiosyncraticVariance.squareRoot() }
    /// σ_u.
    public var sigmaU: Double { unitVariance.squareRoot() }
    /// Smallest and largest θ_i.
    public var thetaRange: (min: Double, max: Double) {
        (thetaByUnit.min() ?? .nan, thetaByUnit.max() ?? .nan)
    }

    /// Estimates the components from a design `x` (n × k, column `intercept` identically 1),
    /// response `y` and dense unit codes `units` (0..<N).
    static func estimate(
        x: Matrix, y: [Double], units: [Int], unitCount: Int, intercept: Int?
    ) throws(PanelModelError) -> RandomEffectsComponents {
        let n = x.rows
        let k = x.columns
        var t = [Int](repeating: 0, count: unitCount)
        for u in units { t[u] += 1 }
        let present = t.filter { $0 > 0 }.count

        // Unit means.
        let means = PanelTransforms.unitMeans(x: x, y: y, units: units, unitCount: unitCount)

        // Within regression: slopes that vary within units.
        var withinCols: [Int] = []
        var xw: [Double] = []
        for j in 0..<k where j != intercept {
            var col = [Double](repeating: 0, count: n)
            var before = [Double](repeating: 0, count: n)
            for i in 0..<n {
                before[i] = x[i, j]
                col[i] = x[i, j] - means.x[units[i] + j * unitCount]
            }
            if scaledNorm(col) > FixedEffects.collinearityTolerance * scaledNorm(before) {
                withinCols.append(j)
                xw.append(contentsOf: col)
            }
        }
        if withinCols.isEmpty { throw .noWithinVariation }
        let yw = (0..<n).map { y[$0] - means.y[units[$0]] }
        let wfit: LeastSquaresFit
        do {
            wfit = try LeastSquares.fit(Matrix(uncheckedRows: n, columns: withinCols.count, storage: xw), yw)
        } catch { throw .regression(.leastSquares(error)) }
        let kw = wfit.rank
        let dfw = n - present - kw
        if dfw <= 0 { throw .noWithinDegreesOfFreedom(observations: n, units: present, slopes: kw) }
        let s2e = wfit.residualSumOfSquares / Double(dfw)

        // Between regression weighted by T_i (plm's "Between": means repeated on every row).
        let rowsB = (0..<unitCount).filter { t[$0] > 0 }
        var zb = [Double](repeating: 0, count: rowsB.count * k)
        for j in 0..<k { for (r, u) in rowsB.enumerated() { zb[r + j * rowsB.count] = means.x[u + j * unitCount] } }
        let yb = rowsB.map { means.y[$0] }
        let wb = rowsB.map { Double(t[$0]) }
        let bfit: LeastSquaresFit
        do {
            bfit = try LeastSquares.fit(Matrix(uncheckedRows: rowsB.count, columns: k, storage: zb), yb, weights: wb)
        } catch { throw .regression(.leastSquares(error)) }
        let kb = bfit.rank
        if present - kb <= 0 { throw .tooFewUnits(units: present, parameters: kb) }
        let quadB = bfit.residualSumOfSquares  // Σ T_i (ȳ_i − z̄_i'β̂)²
        // tr[(Σ T_i z̄ z̄')⁻¹ Σ T_i² z̄ z̄'] on the estimable columns.
        let kept = bfit.keptColumns
        var s = Matrix(rows: kb, columns: kb)
        for (r, u) in rowsB.enumerated() {
            let w = Double(t[u]) * Double(t[u])
            for a in 0..<kb { for c in 0..<kb { s[a, c] += w * zb[r + kept[a] * rowsB.count] * zb[r + kept[c] * rowsB.count] } }
        }
        var trace = 0.0
        for a in 0..<kb { for c in 0..<kb { trace += bfit.unscaledCovariance[a, c] * s[c, a] } }
        var s2u = (quadB - Double(present - kb) * s2e) / (Double(n) - trace)
        var truncated = false
        if !(s2u > 0) { s2u = 0; truncated = true }
        let theta = t.map { ti in ti > 0 ? 1 - (s2e / (s2e + Double(ti) * s2u)).squareRoot() : .nan }
        return RandomEffectsComponents(
            idiosyncraticVariance: s2e, unitVariance: s2u, unitVarianceTruncated: truncated, thetaByUnit: theta,
            observationsByUnit: t, withinColumns: withinCols.enumerated().filter { wfit.keptColumns.contains($0.offset) }.map(\.element),
            withinCoefficients: wfit.coefficients, withinCovariance: wfit.unscaledCovariance.scaled(by: s2e))
    }
}

/// Unit means and the transformations built on them.
enum PanelTransforms {
    /// Unit means of every column of `x` (unitCount × k, column-major) and of `y`.
    static func unitMeans(x: Matrix, y: [Double], units: [Int], unitCount: Int) -> (x: [Double], y: [Double]) {
        let n = x.rows, k = x.columns
        var count = [Double](repeating: 0, count: unitCount)
        for u in units { count[u] += 1 }
        var mx = [Double](repeating: 0, count: unitCount * k)
        var my = [Double](repeating: 0, count: unitCount)
        // Sums in double-double, then divided.
        for j in 0..<k {
            var acc = [DoubleDouble](repeating: .zero, count: unitCount)
            for i in 0..<n { acc[units[i]] = acc[units[i]] + x[i, j] }
            for u in 0..<unitCount where count[u] > 0 { mx[u + j * unitCount] = (acc[u] / DoubleDouble(count[u])).doubleValue }
        }
        var acc = [DoubleDouble](repeating: .zero, count: unitCount)
        for i in 0..<n { acc[units[i]] = acc[units[i]] + y[i] }
        for u in 0..<unitCount where count[u] > 0 { my[u] = (acc[u] / DoubleDouble(count[u])).doubleValue }
        return (mx, my)
    }
}
