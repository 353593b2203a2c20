#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hausman specification tests of random against fixed effects.
public struct HausmanTest: Sendable, Equatable, Codable {
    /// Which form of the test.
    public enum Method: String, Sendable, Equatable, Codable {
        /// H = (b_FE − b_RE)ᵀ (V_FE − V_RE)⁻¹ (b_FE − b_RE) on the slopes that
        /// vary within units, classical covariances of both fits, χ²(q)
        /// (Hausman 1978; R `plm::phtest(fe, re)`, Stata `hausman fe re`).
        case classical
        /// Mundlak's auxiliary regression: the GLS regression of y on x and the
        /// unit means x̄_i of the time-varying regressors, quasi-demeaned with
        /// the θ_i of the random-effects model, and a Wald χ²(q) test that the
        /// coefficients of the x̄_i are zero with a covariance clustered by
        /// unit (CR1, G/(G − 1)·(N − 1)/(N − K)), robust to heteroskedasticity
        /// and serial correlation (Mundlak 1978; Wooldridge 2010, *Econometric
        /// Analysis of Cross Section and Panel Data*, §10.7.3). The θ_i are
        /// kept from the RE model because the Swamy–Arora between step is
        /// singular once x̄_i is a regressor (plm stops there); the slopes of x
        /// in this regression are the within slopes whatever θ is.
        case mundlakClusterRobust = "mundlak-cluster-robust"
    }
    /// The form of the test.
    public let method: Method
    /// The χ² statistic.
    public let statistic: Double
    /// Its degrees of freedom (the slopes compared).
    public let degreesOfFreedom: Int
    /// Upper-tail χ² p-value.
    public let pValue: Double
    /// The coefficients compared.
    public let terms: [String]
}

extension PanelLinearModel {
    /// The classical Hausman test (R `plm::phtest`): the within fit and the
    /// Swamy–Arora random-effects fit, compared on the slopes that vary within units.
    /// (V_FE − V_RE) is inverted as it is, as plm does; a statistic below zero
    /// (the difference not positive definite) is reported as computed.
    public func hausman() throws(PanelModelError) -> HausmanTest {
        let re = try estimate(.randomEffects)
        guard let c = re.components else { throw .hausmanNoCommonSlopes }
        let cols = c.withinColumns
        guard !cols.isEmpty else { throw .hausmanNoCommonSlopes }
        let reResult: RegressionResult
        do { reResult = try re.result() } catch { throw .regression(error) }
        var idx: [Int] = []
        for j in cols {
            guard let i = reResult.coefficients.firstIndex(where: { $0.term == termNames[j] }) else { throw .hausmanNoCommonSlopes }
            idx.append(i)
        }
        let q = cols.count
        var d = [Double](repeating: 0, count: q)
        var v = Matrix(rows: q, columns: q)
        for a in 0..<q {
            d[a] = c.withinCoefficients[a] - reResult.coefficients[idx[a]].estimate
            for b in 0..<q { v[a, b] = c.withinCovariance[a, b] - reResult.covariance[idx[a], idx[b]] }
        }
        guard let h = solveQuadratic(v, d) else { throw .unsupported("the Hausman test cannot be computed: V_FE − V_RE is singular") }
        return HausmanTest(method: .classical, statistic: h, degreesOfFreedom: q,
                           pValue: ReferenceDistributions.chiSquaredUpperTail(h, degreesOfFreedom: Double(q)),
                           terms: cols.map { termNames[$0] })
    }

    /// The cluster-robust Hausman test by Mundlak's auxiliary regression (see ``HausmanTest/Method/mundlakClusterRobust``).
    public func mundlakHausman() throws(PanelModelError) -> HausmanTest {
        let n = design.rows
        let re = try estimate(.randomEffects)
        guard let c = re.components, !c.withinColumns.isEmpty else { throw .hausmanNoCommonSlopes }
        let means = PanelTransforms.unitMeans(x: design, y: response, units: re.units, unitCount: re.unitCount)
        var storage = design.storage
        var names = termNames
        for j in c.withinColumns {
            for i in 0..<n { storage.append(means.x[re.units[i] + j * re.unitCount]) }
            names.append("mean(\(termNames[j]))")
        }
        let aux = PanelLinearModel(design: Matrix(uncheckedRows: n, columns: names.count, storage: storage), response: response,
                                   termNames: names, hasIntercept: hasIntercept, units: units, times: times, unitName: unitName)
        let fit = try aux.quasiDemeanedFit(components: c, units: re.units, unitCount: re.unitCount, intercept: re.interceptColumn)
        let r: RegressionResult
        do { r = try fit.result(covariance: .cluster(ClusterVariable(name: unitName, codes: re.units))) } catch { throw .regression(error) }
        let tested = names.suffix(c.withinColumns.count)
        let idx = tested.compactMap { t in r.coefficients.firstIndex { $0.term == t } }
        guard !idx.isEmpty else { throw .hausmanNoCommonSlopes }
        var v = Matrix(rows: idx.count, columns: idx.count)
        for (a, ia) in idx.enumerated() { for (b, ib) in idx.enumerated() { v[a, b] = r.covariance[ia, ib] } }
        guard let w = solveQuadratic(v, idx.map { r.coefficients[$0].estimate }) else {
            throw .unsupported("the Mundlak test cannot be computed: the clustered covariance of the unit means is singular (too few clusters?)")
        }
        return HausmanTest(method: .mundlakClusterRobust, statistic: w, degreesOfFreedom: idx.count,
                           pValue: ReferenceDistributions.chiSquaredUpperTail(w, degreesOfFreedom: Double(idx.count)),
                           terms: idx.map { r.coefficients[$0].term })
    }
}

/// `bᵀ A⁻¹ b` by Gaussian elimination with partial pivoting (A need not be
/// positive definite, as in plm's `solve`); `nil` when A is singular.
func solveQuadratic(_ a: Matrix, _ b: [Double]) -> Double? {
    let q = a.rows
    var m = (0..<q).map { i in (0..<q).map { a[i, $0] } }
    var x = b
    var scale = 0.0
    for i in 0..<q { for j in 0..<q { scale = Swift.max(scale, Swift.abs(m[i][j])) } }
    for col in 0..<q {
        var p = col
        for r in (col + 1)..<Swift.max(q, col + 1) where Swift.abs(m[r][col]) > Swift.abs(m[p][col]) { p = r }
        if !(Swift.abs(m[p][col]) > Double(q) * Double.ulpOfOne * scale) { return nil }
        if p != col { m.swapAt(p, col); x.swapAt(p, col) }
        for r in (col + 1)..<Swift.max(q, col + 1) {
            let f = m[r][col] / m[col][col]
            for c in col..<q { m[r][c] -= f * m[col][c] }
            x[r] -= f * x[col]
        }
    }
    var sol = [Double](repeating: 0, count: q)
    for i in stride(from: q - 1, through: 0, by: -1) {
        var s = x[i]
        for j in (i + 1)..<Swift.max(q, i + 1) { s -= m[i][j] * sol[j] }
        sol[i] = s / m[i][i]
    }
    var h = 0.0
    for i in 0..<q { h += b[i] * sol[i] }
    return h
}
