/// A linear model with endogenous regressors, estimated by two-stage least
/// squares (2SLS; Theil 1953, Basmann 1957; Wooldridge, *Econometric Analysis
/// of Cross Section and Panel Data*, 2010, ch. 5).
///
/// With exogenous regressors `W` (including the intercept), endogenous
/// regressors `E` and excluded instruments `Z₂`, the regressors are
/// `X = [W E]` and the instruments `Z = [W Z₂]`:
///
///     β̂ = (X̂ᵀX̂)⁻¹ X̂ᵀy,   X̂ = P_Z X = [W Ê],   Ê = Z(ZᵀZ)⁻¹ZᵀE,
///
/// computed as two least-squares fits with the package's pivoted Householder
/// QR (`LeastSquares`): the first stages `E ~ Z` and the second stage `y ~ X̂`.
/// The residuals are the *structural* ones, `u = y − Xβ̂` (original regressors,
/// not the projected ones), and every covariance is the linear-model covariance
/// of the second stage with these residuals (AER `ivreg`, sandwich, Stata
/// `ivregress 2sls, small`):
///
/// * classical: `σ̂²(X̂ᵀX̂)⁻¹`, `σ̂² = Σuᵢ²/(n − k)`;
/// * HC0/HC1: `(X̂ᵀX̂)⁻¹ (Σ uᵢ² x̂ᵢx̂ᵢᵀ) (X̂ᵀX̂)⁻¹`, HC1 times `n/(n − k)`;
/// * cluster: scores `x̂ᵢuᵢ` summed by cluster, CR1 `G/(G−1)·(N−1)/(N−K)` with
///   `K` by the nested fixed-effects rule (``AbsorbedParameterRule``).
///
/// With fixed effects (`y ~ w | fe | endo ~ z`) every variable (y, W, E, Z₂)
/// is demeaned first (Frisch–Waugh–Lovell, as fixest's `feols`), and `k`
/// counts the absorbed parameters in the residual degrees of freedom.
public struct InstrumentalVariablesModel: Sendable, Equatable {
    /// The response, one value per row.
    public var response: [Double]
    /// `n × p` exogenous regressors, including the intercept column when there is one.
    public var exogenous: Matrix
    /// One name per exogenous column.
    public var exogenousNames: [String]
    /// `n × m` endogenous regressors (`m ≥ 1`).
    public var endogenous: Matrix
    /// One name per endogenous column.
    public var endogenousNames: [String]
    /// `n × l` excluded instruments (`l ≥ m` for identification).
    public var instruments: Matrix
    /// One name per instrument column.
    public var instrumentNames: [String]
    /// Whether `exogenous` contains a column of ones (the intercept).
    public var hasIntercept: Bool
    /// Fixed effects to absorb, if any.
    public var fixedEffects: FixedEffects?

    /// A model from its parts (see the properties).
    public init(
        response: [Double], exogenous: Matrix, exogenousNames: [String], endogenous: Matrix, endogenousNames: [String],
        instruments: Matrix, instrumentNames: [String], hasIntercept: Bool, fixedEffects: FixedEffects? = nil
    ) {
        self.response = response
        self.exogenous = exogenous
        self.exogenousNames = exogenousNames
        self.endogenous = endogenous
        self.endogenousNames = endogenousNames
        self.instruments = instruments
        self.instrumentNames = instrumentNames
        self.hasIntercept = hasIntercept
        self.fixedEffects = fixedEffects
    }

    /// Fits and returns the result under `covariance` (classical, HC0, HC1 or clustered).
    public func fit(
        covariance: CovarianceEstimator = .classical, level: Double = 0.95,
        absorbedParameters rule: AbsorbedParameterRule = .nested
    ) throws(InstrumentalVariablesError) -> InstrumentalVariablesResult {
        try estimate().result(covariance: covariance, level: level, absorbedParameters: rule)
    }

    /// Fits the two stages once; ask the returned value for results under any covariance.
    public func estimate() throws(InstrumentalVariablesError) -> FittedInstrumentalVariables {
        let n = response.count
        guard exogenous.rows == n, endogenous.rows == n, instruments.rows == n else {
            throw .invalidInput("the response has \(n) rows but the exogenous, endogenous and instrument matrices have \(exogenous.rows), \(endogenous.rows) and \(instruments.rows)")
        }
        guard exogenousNames.count == exogenous.columns, endogenousNames.count == endogenous.columns,
              instrumentNames.count == instruments.columns else {
            throw .invalidInput("give one name per column of each matrix")
        }
        guard endogenous.columns > 0 else { throw .invalidInput("there is no endogenous regressor") }
        var w = exogenous
        var wNames = exogenousNames
        var interceptColumn: Int? = nil
        if hasIntercept {
            interceptColumn = (0..<w.columns).first { j in (0..<n).allSatisfy { w[$0, j] == 1 } }
            if interceptColumn == nil { throw .invalidInput("hasIntercept is set but no exogenous column is all ones") }
        }
        var e = endogenous
        var z = instruments
        var y = response
        var yOriginal = response
        var rows: [Int]? = nil
        var feSummary: FixedEffectsSummary? = nil
        var feCodes: [[Int]] = []
        var absorbed = 0
        var notes: [String] = []
        var dropped: [String] = []
        if let effects = fixedEffects {
            if let ic = interceptColumn {
                let keep = (0..<w.columns).filter { $0 != ic }
                notes.append("\(wNames[ic]) absorbed by the fixed effects")
                w = w.selectingColumns(keep)
                wNames = keep.map { wNames[$0] }
                interceptColumn = nil
            }
            let all = Self.horizontal([w, e, z])
            let a: (summary: FixedEffectsSummary, x: Matrix, y: [Double], kept: [Int], denseCodes: [[Int]])
            do { a = try FixedEffectsAbsorber.absorb(effects, x: all, y: response, weights: nil) } catch { throw .regression(error) }
            feSummary = a.summary
            feCodes = a.denseCodes
            absorbed = a.summary.absorbedParameters
            notes.append(contentsOf: a.summary.notes)
            if a.kept.count < n { rows = a.kept }
            y = a.y
            yOriginal = a.kept.map { response[$0] }
            let p = w.columns, m = e.columns
            var keepW: [Int] = []
            var collinearZ: [String] = []
            for j in 0..<all.columns {
                let before = a.kept.map { all[$0, j] }
                let spanned = scaledNorm(a.x.column(j)) <= FixedEffects.collinearityTolerance * scaledNorm(before)
                if j < p {
                    if spanned {
                        dropped.append(wNames[j])
                        notes.append("\(wNames[j]) dropped: collinear with the fixed effects")
                    } else {
                        keepW.append(j)
                    }
                } else if j < p + m {
                    if spanned { throw .endogenousCollinearWithFixedEffects(endogenousNames[j - p]) }
                } else if spanned {
                    collinearZ.append(instrumentNames[j - p - m])
                }
            }
            if !collinearZ.isEmpty { throw .collinearInstruments(collinearZ) }
            w = a.x.selectingColumns(keepW)
            wNames = keepW.map { wNames[$0] }
            e = a.x.selectingColumns(Array(p..<(p + m)))
            z = a.x.selectingColumns(Array((p + m)..<all.columns))
        }
        let m = e.columns
        if z.columns < m {
            throw .underidentified(endogenous: endogenousNames, instruments: instrumentNames)
        }
        let zFull = Self.horizontal([w, z])
        let p = w.columns

        // First stages: each endogenous regressor on all instruments.
        var firstStageFits: [LeastSquaresFit] = []
        var projected: [[Double]] = []
        for j in 0..<m {
            let f = try Self.leastSquares(zFull, e.column(j))
            if !f.aliasedColumns.isEmpty {
                let exo = f.aliasedColumns.filter { $0 < p }.map { wNames[$0] }
                if !exo.isEmpty { throw .collinearExogenous(exo) }
                throw .collinearInstruments(f.aliasedColumns.map { instrumentNames[$0 - p] })
            }
            firstStageFits.append(f)
            projected.append(f.fittedValues)
        }
        let xHat = Self.horizontal([w, Matrix(uncheckedRows: y.count, columns: m, storage: projected.flatMap { $0 })])
        let x = Self.horizontal([w, e])
        let second = try Self.leastSquares(xHat, y)
        if !second.aliasedColumns.isEmpty {
            throw .notIdentified("the fitted values of the first stage for \(second.aliasedColumns.filter { $0 >= p }.map { endogenousNames[$0 - p] }.joined(separator: ", ")) are collinear with the other regressors (the rank condition fails): the instruments carry no information about \(m == 1 ? "the endogenous regressor" : "every endogenous regressor") beyond the exogenous regressors")
        }
        // Structural residuals u = y − Xβ̂ (original regressors).
        let beta = second.coefficients
        var fitted = [Double](repeating: 0, count: y.count)
        var u = [Double](repeating: 0, count: y.count)
        var rss = DoubleDouble.zero
        for i in 0..<y.count {
            var s = DoubleDouble.zero
            for j in 0..<x.columns { s = s + DoubleDouble.product(x[i, j], beta[j]) }
            fitted[i] = s.doubleValue
            let r = (DoubleDouble(y[i]) - s).doubleValue
            u[i] = r
            rss = rss + DoubleDouble.product(r, r)
        }
        let structural = LeastSquaresFit(
            observations: second.observations, effectiveObservations: second.effectiveObservations,
            columnCount: second.columnCount, rank: second.rank, pivot: second.pivot, keptColumns: second.keptColumns,
            aliasedColumns: second.aliasedColumns, coefficients: beta, unscaledCovariance: second.unscaledCovariance,
            r: second.r, residuals: u, fittedValues: fitted, residualSumOfSquares: rss.doubleValue,
            residualDegreesOfFreedom: second.residualDegreesOfFreedom, leverage: [],
            conditionNumber: second.conditionNumber, scaledConditionNumber: second.scaledConditionNumber,
            method: second.method, notes: second.notes)
        let names = wNames + endogenousNames
        let original = Self.horizontal([exogenous, endogenous])
        let linear = LinearModel(
            design: original, response: response, termNames: exogenousNames + endogenousNames, hasIntercept: hasIntercept,
            fixedEffects: fixedEffects)
        notes.append("two-stage least squares: \(endogenousNames.joined(separator: ", ")) instrumented by \(instrumentNames.joined(separator: ", "))\(p > 0 ? " and the exogenous regressors" : ""); standard errors from the second stage with the structural residuals y − Xβ̂ (AER ivreg, Stata ivregress 2sls, small)")
        let core = FittedLinearModel(
            model: linear, fit: structural, x: xHat, low: nil, y: y, yOriginal: yOriginal, weights: nil,
            termNames: names, interceptColumn: interceptColumn, estimationRows: rows, fixedEffectsCodes: feCodes,
            fixedEffects: feSummary, absorbedParameters: absorbed, droppedTerms: dropped, notes: notes)
        return FittedInstrumentalVariables(
            core: core, exogenous: w, endogenous: e, instruments: z, projected: xHat, regressors: x, y: y,
            exogenousNames: wNames, endogenousNames: endogenousNames, instrumentNames: instrumentNames,
            interceptColumn: interceptColumn, firstStageFits: firstStageFits, estimationRows: rows,
            fixedEffectsCodes: feCodes, fixedEffects: feSummary, absorbedParameters: absorbed)
    }

    /// Columns side by side (all with the same rows).
    static func horizontal(_ parts: [Matrix]) -> Matrix {
        let rows = parts.first?.rows ?? 0
        var storage: [Double] = []
        var columns = 0
        for p in parts {
            storage += p.storage
            columns += p.columns
        }
        return Matrix(uncheckedRows: rows, columns: columns, storage: storage)
    }

    /// OLS by the package's QR, aliased columns reported (not thrown), no leverages.
    static func leastSquares(_ x: Matrix, _ y: [Double]) throws(InstrumentalVariablesError) -> LeastSquaresFit {
        do {
            return try LeastSquares.fit(x, y, options: LeastSquaresOptions(computeLeverage: false))
        } catch {
            throw .regression(.leastSquares(error))
        }
    }
}
