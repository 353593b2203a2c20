/// A linear regression specification: design matrix and response (from the
/// formula layer), term names, optional weights (WLS), optional absorbed fixed
/// effects. `estimate()` fits it once; `fit(covariance:level:)` also returns
/// the result table under one covariance estimator.
///
/// Estimation is `LeastSquares.fit` (pivoted Householder QR with automatic
/// double-double compensation; aliased columns dropped with R's `lm`
/// semantics). With fixed effects the columns and the response are demeaned
/// first (`FixedEffectsAbsorber`) and the slopes are the OLS slopes of the
/// demeaned data (Frisch–Waugh–Lovell); an intercept column, if present, is
/// absorbed and removed with a note.
public struct LinearModel: Sendable, Equatable {
    /// `n × k` design (column-major).
    public var design: Matrix
    public var response: [Double]
    /// One name per design column (e.g. "(Intercept)", "log(gdppc_ppp)").
    public var termNames: [String]
    /// Optional non-negative weights (WLS, R's `lm(weights =)`: minimises `Σwᵢuᵢ²`).
    public var weights: [Double]?
    /// The design contains a constant column (found as the first column that is
    /// identically 1). Decides centered vs uncentered R² and which term the F
    /// test leaves out.
    public var hasIntercept: Bool
    /// Fixed effects to absorb (`y ~ x | fe1 + fe2`).
    public var fixedEffects: FixedEffects?
    /// Optional low-order parts of the design (exact polynomial columns, see `LeastSquares`).
    public var designLowParts: Matrix?
    public var options: LeastSquaresOptions

    public init(
        design: Matrix, response: [Double], termNames: [String], weights: [Double]? = nil,
        hasIntercept: Bool, fixedEffects: FixedEffects? = nil, designLowParts: Matrix? = nil,
        options: LeastSquaresOptions = LeastSquaresOptions()
    ) {
        self.design = design
        self.response = response
        self.termNames = termNames
        self.weights = weights
        self.hasIntercept = hasIntercept
        self.fixedEffects = fixedEffects
        self.designLowParts = designLowParts
        self.options = options
    }

    /// Fits the model and returns the result under `covariance` at confidence `level`.
    public func fit(
        covariance: CovarianceEstimator = .classical, level: Double = 0.95,
        absorbedParameters rule: AbsorbedParameterRule = .nested
    ) throws(RegressionError) -> RegressionResult {
        // The result is all the caller gets back, so the leverages (n·k²/2 flops and
        // an n-vector) are computed only when the estimator uses them (HC2–HC4).
        var model = self
        switch covariance.kind {
        case .hc2, .hc3, .hc4: break
        case .classical, .hc0, .hc1, .cluster, .twoWayCluster: model.options.computeLeverage = false
        }
        return try model.estimate().result(covariance: covariance, level: level, absorbedParameters: rule)
    }

    /// Fits the model once; ask the returned value for results under any covariance.
    public func estimate() throws(RegressionError) -> FittedLinearModel {
        let n = design.rows
        if termNames.count != design.columns {
            throw .termNamesMismatch(names: termNames.count, columns: design.columns)
        }
        var interceptColumn: Int? = nil
        if hasIntercept {
            interceptColumn = (0..<design.columns).first { j in
                (0..<n).allSatisfy { design.storage[$0 + j * n] == 1 }
                    && (designLowParts.map { l in (0..<n).allSatisfy { l.storage[$0 + j * n] == 0 } } ?? true)
            }
            if interceptColumn == nil { throw .interceptColumnMissing }
        }
        var notes: [String] = []
        var x = design
        var low = designLowParts
        var names = termNames
        var y = response
        var w = weights
        var rows: [Int]? = nil  // nil: all rows
        var fe: FixedEffectsSummary? = nil
        var feCodes: [[Int]] = []
        var absorbed = 0
        var yOriginal = response
        var feCollinear: [String] = []
        var columnMap = Array(0..<design.columns)
        if let effects = fixedEffects {
            // Validate the inputs the kernel would otherwise check after demeaning.
            if response.count != n {
                throw .leastSquares(.dimensionMismatch(what: "y", expected: n, actual: response.count))
            }
            if let ww = weights, ww.count != n {
                throw .leastSquares(.dimensionMismatch(what: "weights", expected: n, actual: ww.count))
            }
            if let ic = interceptColumn {
                let keep = (0..<design.columns).filter { $0 != ic }
                x = design.selectingColumns(keep)
                low = designLowParts.map { $0.selectingColumns(keep) }
                names = keep.map { termNames[$0] }
                columnMap = keep
                interceptColumn = nil
                notes.append("\(termNames[ic]) absorbed by the fixed effects")
            }
            if x.columns == 0 {
                throw .invalidFixedEffects("no regressor is left besides the fixed effects: add at least one slope")
            }
            if let l = low {
                // Demeaning needs the columns as one double each: fold the low parts in.
                x = Matrix(uncheckedRows: x.rows, columns: x.columns, storage: zip(x.storage, l.storage).map { $0 + $1 })
                low = nil
            }
            let a = try FixedEffectsAbsorber.absorb(effects, x: x, y: response, weights: weights)
            fe = a.summary
            x = a.x
            y = a.y
            rows = a.kept
            let keptRows = a.kept
            w = weights.map { ww in a.kept.map { ww[$0] } }
            yOriginal = a.kept.map { response[$0] }
            feCodes = a.denseCodes
            absorbed = a.summary.absorbedParameters
            notes.append(contentsOf: a.summary.notes)
            // A regressor that the fixed effects span (e.g. a time-invariant
            // variable with entity effects) is demeaned to rounding noise, which
            // QR would happily "estimate": drop it when demeaning removed all but
            // a 1e-9 fraction of its norm (fixest's collin.tol is 1e-10 on a
            // similar scale-free ratio).
            var keep: [Int] = []
            for j in 0..<x.columns {
                let before = keptRows.map { design.storage[$0 + columnMap[j] * n] }
                let after = x.column(j)
                if scaledNorm(after) <= FixedEffects.collinearityTolerance * scaledNorm(before) {
                    feCollinear.append(names[j])
                    notes.append("\(names[j]) dropped: collinear with the fixed effects")
                } else {
                    keep.append(j)
                }
            }
            if keep.isEmpty {
                throw .invalidFixedEffects("every regressor is collinear with the fixed effects: nothing left to estimate")
            }
            if keep.count < x.columns {
                x = x.selectingColumns(keep)
                names = keep.map { names[$0] }
                columnMap = keep.map { columnMap[$0] }
            }
        }
        let fit: LeastSquaresFit
        do {
            fit = try LeastSquares.fit(x, y, weights: w, designLowParts: low, options: options)
        } catch {
            throw .leastSquares(error)
        }
        let aliased = fit.aliasedColumns.map { names[$0] }
        for d in aliased {
            notes.append("\(d) dropped: collinear with earlier terms (R's lm convention)")
        }
        return FittedLinearModel(
            model: self, fit: fit, x: x, low: low, y: y, yOriginal: yOriginal, weights: w,
            termNames: names, interceptColumn: interceptColumn, estimationRows: rows,
            fixedEffectsCodes: feCodes, fixedEffects: fe, absorbedParameters: absorbed,
            droppedTerms: feCollinear + aliased, notes: notes)
    }
}

/// `‖v‖₂` without overflow or underflow.
func scaledNorm(_ v: [Double]) -> Double {
    var m = 0.0
    for x in v { m = Swift.max(m, Swift.abs(x)) }
    if m == 0 || !m.isFinite { return m }
    var s = 0.0
    for x in v { let t = x / m; s += t * t }
    return m * s.squareRoot()
}
