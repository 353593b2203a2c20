import Modeling
import PanelData
import Stats

/// `egov regress` without the printing: formula + data + options -> report.
///
/// Steps (each reported, never silent): the `--where` selection; listwise
/// deletion over the formula's variables, the cluster variables and the
/// weights (`DesignMatrix.build`); the fit (`LinearModel.estimate`, with the
/// design's double-double low parts so that computed columns such as
/// `I(x^10)` are exact); collinear terms dropped as R's `lm` does (or an error
/// with `.error`); the covariance asked for (classical by default, as R's
/// `lm`), with cluster codes taken on the estimation rows.
public enum RegressionAnalysis {
    /// Fits `spec` on `data` (any table, e.g. `PanelDataset.table`); `dataSource` names the data in
    /// the text output. ``PanelData/PanelDataset/regress(_:where:vcov:level:)`` is the one-call form for scripts.
    /// - Throws: ``RegressionAnalysisError``, whose messages say what is wrong and how to fix it.
    public static func run(_ spec: RegressionSpecification, data: some ColumnSource, dataSource: String = "data") throws(RegressionAnalysisError) -> RegressionReport {
        guard spec.level > 0 && spec.level < 1 else { throw .invalidLevel(spec.level) }
        if spec.hausman && spec.estimator != .randomEffects { throw .hausmanNeedsRandomEffects }

        // Panel structure; lag/lead/difference columns built on the whole data (before --where).
        let panel = try PanelAnalysis.structure(spec, data: data)
        if let panel, !spec.formula.panelOperators.isEmpty, !(data is PanelOperatorColumns) {
            let augmented: PanelOperatorColumns
            do { augmented = try PanelOperatorColumns(formula: spec.formula, data: data, panel: panel) } catch { throw .panel(error) }
            return try run(spec, data: augmented, dataSource: dataSource)
        }
        // Likelihood models (--family) on the same data, lag columns included.
        if spec.family != nil {
            if spec.estimator != .pooled {
                throw .familyOption("--estimator \(spec.estimator.rawValue) is for linear models; with --family use pooled data (and factor(iso3) for country effects)")
            }
            return try LikelihoodAnalysis.run(spec, data: data, dataSource: dataSource)
        }
        let formula = try PanelAnalysis.effectiveFormula(spec, panel: panel)
        if !spec.quantiles.isEmpty { return try runQuantile(spec, tau: spec.quantiles[0], data: data, dataSource: dataSource) }
        if spec.formula.instrumental != nil { return try runInstrumental(spec, data: data, dataSource: dataSource) }

        // Rows to consider.
        var selection: [Bool]? = nil
        if let f = spec.filter {
            do { selection = try f.evaluate(on: data) } catch { throw .filter(error) }
        }
        let rowsConsidered = selection.map { $0.reduce(0) { $0 + ($1 ? 1 : 0) } } ?? data.rowCount

        // Columns outside the formula that also drop rows.
        var aux = spec.effectiveCovariance.clusterVariables.map { AuxiliaryVariable(name: $0, role: .cluster) }
        if let w = spec.weights {
            if data.numericValues(w) == nil, data.textValues(w) != nil { throw .textWeights(column: w) }
            aux.append(AuxiliaryVariable(name: w, role: .weights))
        }
        aux.append(contentsOf: try panelAuxiliaryVariables(spec, data: data))
        let design: DesignMatrix
        do {
            design = try DesignMatrix.build(formula: formula, data: data, options: DesignOptions(auxiliaryVariables: aux, rowSelection: selection))
        } catch { throw .modeling(error) }

        let n = design.rowCount
        var weights: [Double]? = nil
        if let w = spec.weights, let values = data.numericValues(w) {
            var out: [Double] = []
            out.reserveCapacity(n)
            for r in design.usedRows {
                let v = values[r] ?? .nan
                guard v.isFinite, v >= 0 else { throw .invalidWeight(column: w, row: r + 1, value: v) }
                out.append(v)
            }
            weights = out
        }

        // Values whose squares overflow or underflow give NaN or silently wrong fits.
        if let m = MagnitudeGuard.problem(design.y) {
            throw .extremeMagnitude(variable: design.responseName, largestAbsolute: m)
        }
        for j in 0..<design.columnCount {
            if let m = MagnitudeGuard.problem(design.column(j)) {
                throw .extremeMagnitude(variable: design.columnNames[j], largestAbsolute: m)
            }
        }
        if let w = spec.weights, let ws = weights, let m = MagnitudeGuard.problem(ws) {
            throw .extremeMagnitude(variable: w, largestAbsolute: m)
        }
        try checkResponseVaries(design.y, name: design.responseName, weights: weights)

        let fixedEffects = design.fixedEffects.isEmpty ? nil
            : FixedEffects(names: design.fixedEffects.map(\.name), codes: design.fixedEffects.map(\.codes),
                           dropSingletons: spec.singletons == .drop)
        guard let x = Matrix(rows: n, columns: design.columnCount, storage: design.x) else {
            throw .regression(.leastSquares(.dimensionMismatch(what: "the design", expected: n * design.columnCount, actual: design.x.count)))
        }
        let low = design.xLow.flatMap { Matrix(rows: n, columns: design.columnCount, storage: $0) }
        let model = LinearModel(
            design: x, response: design.y, termNames: design.columnNames, weights: weights,
            hasIntercept: design.hasIntercept, fixedEffects: fixedEffects, designLowParts: low)
        let fitted: FittedLinearModel
        do { fitted = try model.estimate() } catch { throw .regression(error) }
        if spec.onCollinear == .error, !fitted.droppedTerms.isEmpty { throw .collinearTerms(fitted.droppedTerms) }

        // Driscoll–Kraay, PCSE, Newey–West and CR2 (nil here) are computed by panelResult.
        let estimator = covarianceEstimator(spec, data: data, rows: design.usedRows, inference: .student) ?? .classical
        var result: RegressionResult
        if let covarianceResult = try panelResult(spec, fitted: fitted, data: data, rows: design.usedRows) {
            result = covarianceResult
        } else {
            do {
                result = try fitted.result(covariance: estimator, level: spec.level, absorbedParameters: spec.absorbedParameters)
            } catch { throw Self.namingRows(error, usedRows: design.usedRows, label: rowLabeller(data)) }
        }

        // Random effects, first differences, between: the panel estimators (Stats/Panel).
        var panelReport: PanelReport? = nil
        var panelResiduals: [Double]? = nil
        if let panel {
            switch spec.estimator {
            case .randomEffects, .firstDifference, .between:
                let p = try PanelAnalysis.fit(spec, design: design, x: x, panel: panel, covariance: estimator)
                result = p.result
                panelResiduals = p.residuals
                panelReport = p.report
            case .pooled, .fixedEffects:
                panelReport = PanelReport(
                    estimator: formula.fixedEffects.isEmpty ? .pooled : .fixedEffects, panel: PanelColumns(unit: panel.unit, time: panel.time),
                    units: nil, components: nil, unitNames: [], hausman: nil, hausmanMundlak: nil, hausmanMundlakUnavailable: nil, notes: [])
            }
            panelReport?.notes = PanelAnalysis.notes(spec, panel: panel)
        }

        // Rows not used, labelled by country-year when the data has them.
        let label = rowLabeller(data)
        var dropped = design.droppedRows.map {
            RegressionDroppedRow(rowIndex: $0.rowIndex, label: label($0.rowIndex), reason: .missing, variables: $0.missingVariables)
        }
        for r in fitted.fixedEffects?.droppedSingletonRows ?? [] where r < design.usedRows.count {
            let i = design.usedRows[r]
            dropped.append(RegressionDroppedRow(rowIndex: i, label: label(i), reason: .singleton))
        }
        if let w = weights {
            let kept = Set(fitted.rows)
            for (r, v) in w.enumerated() where v == 0 && kept.contains(r) {
                let i = design.usedRows[r]
                dropped.append(RegressionDroppedRow(rowIndex: i, label: label(i), reason: .zeroWeight))
            }
        }
        dropped.sort { $0.rowIndex < $1.rowIndex }

        // Residuals as R's summary.lm shows them: √w·u on rows with positive weight.
        var shown: [Double] = []
        for (r, u) in fitted.fit.residuals.enumerated() {
            let w = weights.map { $0[fitted.rows[r]] } ?? 1
            if w > 0 { shown.append(u * w.squareRoot()) }
        }
        if let p = panelResiduals { shown = p }

        var diagnostics: RegressionDiagnosticsReport? = nil
        var unavailable: String? = nil
        if spec.diagnostics {
            if panelResiduals != nil {
                unavailable = "diagnostics not computed: they describe an OLS fit, and --estimator \(spec.estimator.rawValue) transforms the data"
            } else if fixedEffects != nil {
                unavailable = "diagnostics not computed: they need the full design, and this model absorbs fixed effects; put the fixed effects in the formula as factor(...) terms to get them"
            } else {
                do {
                    (diagnostics, unavailable) = try diagnose(design: design, x: x, weights: weights, data: data, label: label)
                } catch {
                    unavailable = "diagnostics not computed: \(error.description)"
                }
            }
        }

        var report = RegressionReport(
            formula: spec.formula.description, dataSource: dataSource, filter: spec.filter?.source,
            specification: spec, result: result, rowsConsidered: rowsConsidered, droppedRows: dropped,
            residualQuantiles: shown.count > 5 ? quantiles(shown, [0, 0.25, 0.5, 0.75, 1]) : nil,
            solvedInDoubleDouble: fitted.fit.method == .householderDoubleDouble, weights: spec.weights,
            diagnostics: diagnostics, diagnosticsUnavailable: unavailable)
        report.panel = panelReport
        try addInferenceNotesAndBootstrap(&report, fitted: fitted, design: design, data: data)
        report.designLayout = DesignLayout(design: design, data: data)
        return report
    }

    /// `Stats.Diagnostics` of the OLS/WLS fit; Durbin–Watson within countries
    /// when the used rows come in runs of one `iso3` with increasing `year`.
    static func diagnose(
        design: DesignMatrix, x: Matrix, weights: [Double]?, data: some ColumnSource, label: (Int) -> String
    ) throws(DiagnosticsError) -> (RegressionDiagnosticsReport?, String?) {
        let model = try FittedDesign(
            design: x, response: design.y, weights: weights, columnNames: design.columnNames,
            intercept: design.hasIntercept ? .column(0) : .none)
        var options = Diagnostics.Options()
        // One (G)VIF per formula term, as car::vif: a factor's dummies (and an interaction's
        // columns) form one block; terms with a single column give the ordinary VIF.
        var blocks: [Int: [Int]] = [:]
        for (j, term) in design.assign.enumerated() where term > 0 { blocks[term, default: []].append(j) }
        if blocks.values.contains(where: { $0.count > 1 }) {
            options.varianceInflationTerms = blocks.keys.sorted().compactMap { term in
                guard term - 1 < design.termNames.count, let columns = blocks[term] else { return nil }
                return VarianceInflation.Term(name: design.termNames[term - 1], columns: columns)
            }
        }
        var within: String? = nil
        if let iso = data.textValues("iso3"), let year = data.numericValues("year") {
            let ids = design.usedRows.map { iso[$0] ?? "" }
            let years = design.usedRows.map { year[$0] ?? .nan }
            var seen = Set<String>()
            var ordered = true
            for i in ids.indices {
                if i > 0, ids[i] == ids[i - 1] {
                    if !(years[i] > years[i - 1]) { ordered = false; break }
                } else {
                    if seen.contains(ids[i]) { ordered = false; break }
                    seen.insert(ids[i])
                }
            }
            if ordered {
                var codes: [String: Int] = [:]
                options.durbinWatsonGroups = ids.map { id in
                    if let c = codes[id] { return c }
                    codes[id] = codes.count
                    return codes.count - 1
                }
                within = "iso3"
            }
        }
        let d = try Diagnostics.compute(model, options: options)
        let labels = d.influentialObservations.map { $0.row < design.usedRows.count ? label(design.usedRows[$0.row]) : "row ?" }
        var report = RegressionDiagnosticsReport(diagnostics: d, influentialLabels: labels, durbinWatsonWithin: within)
        report.rowLabels = design.usedRows.map(label)
        return (report, nil)
    }

    /// Integer codes of a cluster column on the used rows (text or numeric; only equality matters).
    static func clusterVariable(_ name: String, data: some ColumnSource, rows: [Int]) -> ClusterVariable {
        var codes: [Int] = []
        codes.reserveCapacity(rows.count)
        if let t = data.textValues(name) {
            var index: [String: Int] = [:]
            for r in rows {
                let key = t[r] ?? ""
                if let c = index[key] { codes.append(c) } else { index[key] = index.count; codes.append(index.count - 1) }
            }
        } else if let v = data.numericValues(name) {
            var index: [UInt64: Int] = [:]
            for r in rows {
                // +0 and −0 are one cluster.
                let key = ((v[r] ?? .nan) + 0).bitPattern
                if let c = index[key] { codes.append(c) } else { index[key] = index.count; codes.append(index.count - 1) }
            }
        }
        return ClusterVariable(name: name, codes: codes)
    }

    /// `KAZ 2003` from `iso3` and `year` columns, `KAZ (row 5)` with only `iso3`, else `row 5`.
    static func rowLabeller(_ data: some ColumnSource) -> (Int) -> String {
        let iso = data.textValues("iso3")
        let year = data.numericValues("year")
        return { i in
            let code = iso.flatMap { i < $0.count ? $0[i] : nil }
            let y = year.flatMap { i < $0.count ? $0[i] : nil }.flatMap { Int(exactly: $0) }  // checked: Int(exactly:)
            switch (code, y) {
            case let (c?, y?): return "\(c) \(y)"
            case let (c?, nil): return "\(c) (row \(i + 1))"
            default: return "row \(i + 1)"
            }
        }
    }

    /// R's default (type 7) sample quantiles: linear interpolation between order statistics.
    static func quantiles(_ values: [Double], _ probabilities: [Double]) -> [Double] {
        let s = values.sorted()
        let n = s.count
        guard n > 0 else { return probabilities.map { _ in .nan } }
        return probabilities.map { p in
            let h = Double(n - 1) * p
            let lo = Int(h.rounded(.down))  // checked: h = (n - 1)·p with p in [0, 1]
            let hi = Swift.min(lo + 1, n - 1)
            return s[lo] + (h - Double(lo)) * (s[hi] - s[lo])
        }
    }
}
