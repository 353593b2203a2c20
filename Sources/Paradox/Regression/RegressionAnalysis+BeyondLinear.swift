import Modeling
import PanelData
import Stats

extension RegressionAnalysis {
    /// Rows not used (missing values, singletons), labelled.
    static func droppedRowList(design: DesignMatrix, estimationRows: [Int], data: some ColumnSource) -> [RegressionDroppedRow] {
        let label = rowLabeller(data)
        var dropped = design.droppedRows.map {
            RegressionDroppedRow(rowIndex: $0.rowIndex, label: label($0.rowIndex), reason: .missing, variables: $0.missingVariables)
        }
        let kept = Set(estimationRows)
        for r in 0..<design.usedRows.count where !kept.contains(r) {
            let i = design.usedRows[r]
            dropped.append(RegressionDroppedRow(rowIndex: i, label: label(i), reason: .singleton))
        }
        return dropped.sorted { $0.rowIndex < $1.rowIndex }
    }

    /// Two-stage least squares for a formula with an instrumental part
    /// (`y ~ w | endo ~ z`, `y ~ w | fe | endo ~ z`): listwise deletion over every
    /// variable (regressors, endogenous, instruments, fixed effects, clusters),
    /// then ``/Stats/InstrumentalVariablesModel``.
    public static func runInstrumental(
        _ spec: RegressionSpecification, data: some ColumnSource, dataSource: String = "data"
    ) throws(RegressionAnalysisError) -> RegressionReport {
        guard let iv = spec.formula.instrumental else {
            throw .unsupportedModel("the formula has no instrumental-variables part: write \"y ~ w | endo ~ z1 + z2\"")
        }
        if spec.weights != nil {
            throw .unsupportedModel("weighted 2SLS is not supported: remove --weights (AER's ivreg(weights =) has no counterpart here yet)")
        }
        if spec.diagnostics {
            throw .unsupportedModel("--diagnostics (VIF, Breusch–Pagan, …) are least-squares diagnostics; an IV fit always reports its instrument diagnostics (first stage, Wu–Hausman, Sargan)")
        }
        guard spec.level > 0 && spec.level < 1 else { throw .invalidLevel(spec.level) }
        var selection: [Bool]? = nil
        if let f = spec.filter {
            do { selection = try f.evaluate(on: data) } catch { throw .filter(error) }
        }
        let rowsConsidered = selection.map { $0.reduce(0) { $0 + ($1 ? 1 : 0) } } ?? data.rowCount
        let f = spec.formula
        var extra: [Term] = []
        for t in iv.endogenous + iv.instruments where !f.terms.contains(t) && !extra.contains(t) { extra.append(t) }
        let combined = Formula(response: f.response, terms: f.terms + extra, intercept: f.intercept, fixedEffects: f.fixedEffects)
        let aux = spec.effectiveCovariance.clusterVariables.map { AuxiliaryVariable(name: $0, role: .cluster) }
        let design: DesignMatrix
        do {
            design = try DesignMatrix.build(formula: combined, data: data, options: DesignOptions(auxiliaryVariables: aux, rowSelection: selection))
        } catch { throw .modeling(error) }
        let n = design.rowCount
        for j in 0..<design.columnCount {
            if let m = MagnitudeGuard.problem(design.column(j)) { throw .extremeMagnitude(variable: design.columnNames[j], largestAbsolute: m) }
        }
        if let m = MagnitudeGuard.problem(design.y) { throw .extremeMagnitude(variable: design.responseName, largestAbsolute: m) }
        // Split the columns by term: exogenous (and the intercept), endogenous, instruments.
        let exogenousTerms = f.terms.count
        let endogenousLabels = Set(iv.endogenous.map(\.description))
        var exo: [Int] = [], endo: [Int] = [], inst: [Int] = []
        for j in 0..<design.columnCount {
            let t = design.assign[j]
            if t == 0 || t <= exogenousTerms { exo.append(j); continue }
            if endogenousLabels.contains(design.termNames[t - 1]) { endo.append(j) } else { inst.append(j) }
        }
        func matrix(_ cols: [Int]) -> Matrix {
            Matrix(rows: n, columns: cols.count, storage: cols.flatMap { design.column($0) }) ?? Matrix(rows: n, columns: 0)
        }
        let fixedEffects = design.fixedEffects.isEmpty ? nil
            : FixedEffects(names: design.fixedEffects.map(\.name), codes: design.fixedEffects.map(\.codes))
        let model = InstrumentalVariablesModel(
            response: design.y, exogenous: matrix(exo), exogenousNames: exo.map { design.columnNames[$0] },
            endogenous: matrix(endo), endogenousNames: endo.map { design.columnNames[$0] },
            instruments: matrix(inst), instrumentNames: inst.map { design.columnNames[$0] },
            hasIntercept: design.hasIntercept, fixedEffects: fixedEffects)
        let fitted: FittedInstrumentalVariables
        do { fitted = try model.estimate() } catch { throw .instrumental(error) }
        guard let estimator = covarianceEstimator(spec, data: data, rows: design.usedRows, inference: .student) else {
            throw .unsupportedModel("--vcov \(spec.effectiveCovariance.description) is implemented for least-squares models (OLS, fixed effects, RE/FD/between); for 2SLS use classical, hc0/hc1 or cluster(c)")
        }
        let result: InstrumentalVariablesResult
        do { result = try fitted.result(covariance: estimator, level: spec.level, absorbedParameters: spec.absorbedParameters) } catch {
            throw .instrumental(error)
        }
        if spec.onCollinear == .error, !result.regression.droppedTerms.isEmpty { throw .collinearTerms(result.regression.droppedTerms) }
        let residuals = fitted.residuals
        var report = RegressionReport(
            formula: f.description, dataSource: dataSource, filter: spec.filter?.source, specification: spec,
            result: result.regression, rowsConsidered: rowsConsidered,
            droppedRows: droppedRowList(design: design, estimationRows: fitted.rows, data: data),
            residualQuantiles: residuals.count > 5 ? quantiles(residuals, [0, 0.25, 0.5, 0.75, 1]) : nil,
            solvedInDoubleDouble: false, weights: nil)
        report.instrumental = result
        report.designLayout = structuralLayout(formula: f, endogenous: iv.endogenous, data: data,
                                               rows: fitted.rows.compactMap { $0 < design.usedRows.count ? design.usedRows[$0] : nil })
        return report
    }

    /// Quantile regression at `tau` (``/Stats/QuantileRegressionModel``): no
    /// fixed effects, weights or clusters; listwise deletion as for least squares.
    public static func runQuantile(
        _ spec: RegressionSpecification, tau: Double, data: some ColumnSource, dataSource: String = "data"
    ) throws(RegressionAnalysisError) -> RegressionReport {
        guard tau > 0 && tau < 1 else { throw .quantile(.invalidQuantile(tau)) }
        guard spec.level > 0 && spec.level < 1 else { throw .invalidLevel(spec.level) }
        let f = spec.formula
        if !f.fixedEffects.isEmpty {
            throw .unsupportedModel("quantile regression with absorbed fixed effects is not supported (demeaning does not carry over to quantiles): put them in the formula as factor(...) terms, e.g. \"y ~ x + factor(year)\"")
        }
        if f.instrumental != nil { throw .unsupportedModel("instrumental-variables quantile regression is not supported: drop --quantile for 2SLS, or the '| endo ~ z' part") }
        if spec.weights != nil { throw .unsupportedModel("weighted quantile regression is not supported: remove --weights") }
        if spec.covariance != nil {
            throw .unsupportedModel("--vcov \(spec.effectiveCovariance) does not apply to quantile regression: use --vcov iid, nid (the default) or boot")
        }
        if spec.diagnostics { throw .unsupportedModel("--diagnostics are least-squares diagnostics and do not apply to quantile regression") }
        var selection: [Bool]? = nil
        if let filter = spec.filter {
            do { selection = try filter.evaluate(on: data) } catch { throw .filter(error) }
        }
        let rowsConsidered = selection.map { $0.reduce(0) { $0 + ($1 ? 1 : 0) } } ?? data.rowCount
        let design: DesignMatrix
        do { design = try DesignMatrix.build(formula: f, data: data, options: DesignOptions(rowSelection: selection)) } catch { throw .modeling(error) }
        let n = design.rowCount
        guard let x = Matrix(rows: n, columns: design.columnCount, storage: design.x) else {
            throw .unsupportedModel("the design matrix has an unexpected shape")
        }
        for j in 0..<design.columnCount {
            if let m = MagnitudeGuard.problem(design.column(j)) { throw .extremeMagnitude(variable: design.columnNames[j], largestAbsolute: m) }
        }
        let model = QuantileRegressionModel(design: x, response: design.y, termNames: design.columnNames)
        let fit: QuantileRegressionResult
        do { fit = try model.fit(tau: tau, covariance: spec.quantileCovariance ?? .nid, level: spec.level) } catch { throw .quantile(error) }
        var report = RegressionReport(
            formula: f.description, dataSource: dataSource, filter: spec.filter?.source, specification: spec,
            result: fit.regressionResult, rowsConsidered: rowsConsidered,
            droppedRows: droppedRowList(design: design, estimationRows: Array(0..<n), data: data),
            residualQuantiles: n > 5 ? quantiles(fit.residuals, [0, 0.25, 0.5, 0.75, 1]) : nil,
            solvedInDoubleDouble: false, weights: nil)
        report.quantile = fit
        report.designLayout = DesignLayout(design: design, data: data)
        return report
    }

    /// One report per τ of `spec.quantiles`, in the order given.
    public static func runQuantiles(
        _ spec: RegressionSpecification, data: some ColumnSource, dataSource: String = "data"
    ) throws(RegressionAnalysisError) -> [RegressionReport] {
        var out: [RegressionReport] = []
        for tau in spec.quantiles { out.append(try runQuantile(spec, tau: tau, data: data, dataSource: dataSource)) }
        return out
    }
}
