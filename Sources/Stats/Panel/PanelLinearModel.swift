/// A linear model on panel data: the design and response of the rows used,
/// with each row's unit and time, fitted by one of the ``PanelEstimator``s.
///
/// Each estimator is OLS on transformed data, fitted by ``LinearModel`` so that
/// the result is the package's ``RegressionResult`` with its covariance, and
/// any ``CovarianceEstimator`` applies to the transformed regression:
///
/// - pooled OLS: the data as they are;
/// - fixed effects (within): unit effects absorbed (``FixedEffects``);
/// - random effects: quasi-demeaned data y_it − θ_i ȳ_i, x_it − θ_i x̄_i (the
///   intercept column becomes 1 − θ_i), θ_i from ``RandomEffectsComponents``
///   (Swamy–Arora); classical SEs are σ̂²(X*ᵀX*)⁻¹ with σ̂² = RSS*/(n − k),
///   and inference uses z (normal) as plm's `summary` and Stata's `xtreg, re`
///   print; the test of all slopes is a Wald χ²;
/// - first differences: Δy_it = y_it − y_i,t−1 on Δx_it for the rows whose
///   unit also has a row at t − 1 (by time value, as Stata's `D.` and this
///   package's `d()`; R plm instead differences consecutive rows of a unit,
///   so that across a gap in time it differences t and t − 2 or more); the
///   intercept is kept (a trend in levels), as plm does, unless the model has
///   none;
/// - between: OLS of the unit means ȳ_i on x̄_i, one row per unit, unweighted
///   (plm `model = "between"`, Stata `xtreg, be`).
///
/// Cluster-robust covariances of the transformed regression are the usual
/// ones on its rows: for RE, `cluster(unit)` with CR1 equals R
/// `plm::vcovHC(re, method = "arellano", type = "sss", cluster = "group")`,
/// and `hc0`/`hc1` equal `vcovHC(re, method = "white1", type = "HC0"/"HC1")`.
public struct PanelLinearModel: Sendable, Equatable {
    /// `n × k` design (column-major), as from the formula layer.
    public var design: Matrix
    /// The response.
    public var response: [Double]
    /// One name per design column.
    public var termNames: [String]
    /// Whether a column of the design is identically 1 (the intercept).
    public var hasIntercept: Bool
    /// The unit of each row (any integers: only equality matters), e.g. the unit codes of `PanelStructure` (Modeling).
    public var units: [Int]
    /// The time of each row (whole numbers; first differences need t − 1).
    public var times: [Int]
    /// Name of the unit variable (for notes and the fixed effect).
    public var unitName: String

    /// A panel model; `units` and `times` have one entry per row of `design`.
    public init(
        design: Matrix, response: [Double], termNames: [String], hasIntercept: Bool,
        units: [Int], times: [Int], unitName: String = "unit"
    ) {
        self.design = design
        self.response = response
        self.termNames = termNames
        self.hasIntercept = hasIntercept
        self.units = units
        self.times = times
        self.unitName = unitName
    }

    /// Fits the model with `estimator`.
    /// - Throws: ``PanelModelError`` (too few units or periods, no within variation for RE, a failed fit).
    public func estimate(_ estimator: PanelEstimator) throws(PanelModelError) -> FittedPanelModel {
        let n = design.rows
        guard response.count == n else { throw .lengthMismatch(what: "the response", count: response.count, expected: n) }
        guard units.count == n else { throw .lengthMismatch(what: "the units", count: units.count, expected: n) }
        guard times.count == n else { throw .lengthMismatch(what: "the times", count: times.count, expected: n) }
        guard termNames.count == design.columns else {
            throw .regression(.termNamesMismatch(names: termNames.count, columns: design.columns))
        }
        // Dense unit codes in order of first appearance.
        var map: [Int: Int] = [:]
        var dense = [Int](repeating: 0, count: n)
        for i in 0..<n {
            if let c = map[units[i]] { dense[i] = c } else { dense[i] = map.count; map[units[i]] = map.count }
        }
        let unitCount = map.count
        var seen = Set<PairKey>()
        for i in 0..<n where !seen.insert(PairKey(unit: dense[i], time: times[i])).inserted {
            throw .duplicateUnitTime(unit: units[i], time: times[i])
        }
        let intercept: Int? = hasIntercept ? (0..<design.columns).first { j in (0..<n).allSatisfy { design[$0, j] == 1 } } : nil
        if hasIntercept && intercept == nil { throw .regression(.interceptColumnMissing) }

        func fit(_ model: LinearModel) throws(PanelModelError) -> FittedLinearModel {
            do { return try model.estimate() } catch { throw .regression(error) }
        }

        switch estimator {
        case .pooled:
            let m = LinearModel(design: design, response: response, termNames: termNames, hasIntercept: hasIntercept)
            return FittedPanelModel(estimator: estimator, fitted: try fit(m), sourceRows: Array(0..<n), units: dense, unitCount: unitCount,
                                    components: nil, interceptColumn: intercept, notes: [])
        case .fixedEffects:
            let m = LinearModel(design: design, response: response, termNames: termNames, hasIntercept: hasIntercept,
                                fixedEffects: FixedEffects(names: [unitName], codes: [dense]))
            let f = try fit(m)
            return FittedPanelModel(estimator: estimator, fitted: f, sourceRows: Array(0..<n), units: dense, unitCount: unitCount,
                                    components: nil, interceptColumn: nil, notes: [])
        case .randomEffects:
            let c = try RandomEffectsComponents.estimate(x: design, y: response, units: dense, unitCount: unitCount, intercept: intercept)
            return try quasiDemeanedFit(components: c, units: dense, unitCount: unitCount, intercept: intercept)
        case .firstDifference:
            var index: [PairKey: Int] = [:]
            for i in 0..<n { index[PairKey(unit: dense[i], time: times[i])] = i }
            var rows: [Int] = []
            var previous: [Int] = []
            for i in 0..<n {
                if let p = index[PairKey(unit: dense[i], time: times[i] - 1)] { rows.append(i); previous.append(p) }
            }
            if rows.isEmpty { throw .noConsecutivePeriods }
            let m = rows.count
            var cols: [Int] = []
            for j in 0..<design.columns where j != intercept { cols.append(j) }
            var xs: [Double] = []
            var names: [String] = []
            if let ic = intercept {
                xs.append(contentsOf: repeatElement(1.0, count: m))
                names.append(termNames[ic])
            }
            for j in cols {
                for r in 0..<m { xs.append(design[rows[r], j] - design[previous[r], j]) }
                names.append(termNames[j])
            }
            let ys = (0..<m).map { response[rows[$0]] - response[previous[$0]] }
            let lm = LinearModel(design: Matrix(uncheckedRows: m, columns: names.count, storage: xs), response: ys,
                                 termNames: names, hasIntercept: intercept != nil)
            let gaps = n - m - unitCount
            var notes = ["first differences by time value: Δx_it = x_it − x_i,t−1, \(m) differences from \(n) rows of \(unitCount) units (Stata's D.; R plm's model = \"fd\" differences consecutive rows of a unit instead, which differs only across gaps in time)"]
            if gaps > 0 { notes.append("\(gaps) rows have no row of their unit at t − 1 besides each unit's first (a gap in time): no difference is formed across a gap") }
            if intercept != nil { notes.append("the intercept is kept in the differenced equation (a linear trend in levels), as plm does; write 0 + to drop it") }
            return FittedPanelModel(estimator: estimator, fitted: try fit(lm), sourceRows: rows, units: dense, unitCount: unitCount,
                                    components: nil, interceptColumn: intercept, notes: notes)
        case .between:
            let means = PanelTransforms.unitMeans(x: design, y: response, units: dense, unitCount: unitCount)
            var first = [Int](repeating: -1, count: unitCount)
            for i in 0..<n where first[dense[i]] < 0 { first[dense[i]] = i }
            let lm = LinearModel(design: Matrix(uncheckedRows: unitCount, columns: design.columns, storage: means.x), response: means.y,
                                 termNames: termNames, hasIntercept: hasIntercept)
            let notes = ["between estimator: OLS of the \(unitCount) unit means (unweighted, as plm model = \"between\" and Stata xtreg, be); N = \(unitCount) units from \(n) rows"]
            return FittedPanelModel(estimator: estimator, fitted: try fit(lm), sourceRows: first, units: dense, unitCount: unitCount,
                                    components: nil, interceptColumn: intercept, notes: notes)
        }
    }

    /// GLS with given components: OLS of y_it − θ_i ȳ_i on x_it − θ_i x̄_i.
    func quasiDemeanedFit(
        components c: RandomEffectsComponents, units dense: [Int], unitCount: Int, intercept: Int?
    ) throws(PanelModelError) -> FittedPanelModel {
        let n = design.rows
        let means = PanelTransforms.unitMeans(x: design, y: response, units: dense, unitCount: unitCount)
        var xs = [Double](repeating: 0, count: n * design.columns)
        var ys = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let u = dense[i], th = c.thetaByUnit[u]
            ys[i] = response[i] - th * means.y[u]
            for j in 0..<design.columns { xs[i + j * n] = design[i, j] - th * means.x[u + j * unitCount] }
        }
        let m = LinearModel(design: Matrix(uncheckedRows: n, columns: design.columns, storage: xs), response: ys,
                            termNames: termNames, hasIntercept: false)
        let f: FittedLinearModel
        do { f = try m.estimate() } catch { throw .regression(error) }
        return FittedPanelModel(estimator: .randomEffects, fitted: f, sourceRows: Array(0..<n), units: dense, unitCount: unitCount,
                                components: c, interceptColumn: intercept, notes: [])
    }

    struct PairKey: Hashable {
        let unit: Int
        let time: Int
    }
}
