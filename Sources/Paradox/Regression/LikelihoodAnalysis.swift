import Modeling
import PanelData
import Stats

/// `egov regress --family ...` without the printing: the GLMs (logit, probit,
/// Poisson, by IRLS) and the ordered models (ordered logit/probit, Newton),
/// with the same row selection, listwise deletion and report as least squares
/// (`RegressionAnalysis`), so tables and saved fits take them unchanged.
///
/// Refused with a clear message: weights, absorbed fixed effects (write
/// `factor(iso3)` instead), HC2–HC4 and two-way clustering; for the ordered
/// models any covariance but the classical one.
public enum LikelihoodAnalysis {
    /// Fits `spec` (whose `family` is set) on `data`.
    /// - Parameters:
    ///   - spec: the specification; `spec.family` chooses the model.
    ///   - data: any table (e.g. `PanelDataset.table`).
    ///   - dataSource: names the data in the text output.
    /// - Throws: ``RegressionAnalysisError`` with a message that says what to change.
    public static func run(_ spec: RegressionSpecification, data: some ColumnSource, dataSource: String = "data") throws(RegressionAnalysisError) -> RegressionReport {
        guard let family = spec.family else { return try RegressionAnalysis.run(spec, data: data, dataSource: dataSource) }
        let options = spec.likelihoodOptions
        if spec.weights != nil {
            throw .familyOption("--weights is not supported with --family \(family.rawValue): the likelihood models are unweighted")
        }
        if !spec.formula.fixedEffects.isEmpty {
            throw .familyOption("absorbed fixed effects ('| \(spec.formula.fixedEffects.joined(separator: " + "))') are not supported with --family \(family.rawValue) (the incidental-parameter problem makes absorbed GLM fixed effects a different estimator); write them as factors instead, e.g. + factor(\(spec.formula.fixedEffects[0]))")
        }
        if options.levels != nil, family.orderedLink == nil {
            throw .familyOption("--levels orders the outcome of an ordered model: use it with --family ordered-logit or ordered-probit")
        }
        if family.orderedLink != nil {
            switch spec.effectiveCovariance {
            case .classical: break
            default:
                throw .familyOption("--vcov \(spec.effectiveCovariance) is not available for ordered models: their standard errors come from the observed information (as R's polr); omit --vcov")
            }
        }

        // Rows to consider.
        var selection: [Bool]? = nil
        if let f = spec.filter {
            do { selection = try f.evaluate(on: data) } catch { throw .filter(error) }
        }
        let rowsConsidered = selection.map { $0.reduce(0) { $0 + ($1 ? 1 : 0) } } ?? data.rowCount

        var aux = spec.effectiveCovariance.clusterVariables.map { AuxiliaryVariable(name: $0, role: .cluster) }
        // Ordered models: the response may be a text column; it joins the listwise
        // deletion as an auxiliary variable and the design is built with an intercept
        // (so factors get treatment contrasts), which is then dropped (polr).
        var formula = spec.formula
        var orderedResponse: String? = nil
        if family.orderedLink != nil {
            guard case .column(let name) = spec.formula.response else {
                throw .familyOption("the outcome of an ordered model must be a column (text or numeric), not \(spec.formula.response.rDescription)")
            }
            orderedResponse = name
            aux.append(AuxiliaryVariable(name: name, role: .formula))
            formula = Formula(response: .number(0), terms: spec.formula.terms, intercept: true, fixedEffects: [])
        }
        let design: DesignMatrix
        do {
            design = try DesignMatrix.build(formula: formula, data: data, options: DesignOptions(auxiliaryVariables: aux, rowSelection: selection))
        } catch { throw .modeling(error) }
        let n = design.rowCount
        for j in 0..<design.columnCount {
            if let m = MagnitudeGuard.problem(design.column(j)) {
                throw .extremeMagnitude(variable: design.columnNames[j], largestAbsolute: m)
            }
        }

        let label = RegressionAnalysis.rowLabeller(data)
        let dropped = design.droppedRows.map {
            RegressionDroppedRow(rowIndex: $0.rowIndex, label: label($0.rowIndex), reason: .missing, variables: $0.missingVariables)
        }

        let result: RegressionResult
        let details: LikelihoodDetails
        if let glmFamily = family.glmFamily {
            guard let x = Matrix(rows: n, columns: design.columnCount, storage: design.x) else {
                throw .regression(.leastSquares(.dimensionMismatch(what: "the design", expected: n * design.columnCount, actual: design.x.count)))
            }
            let model = GeneralizedLinearModel(
                design: x, response: design.y, termNames: design.columnNames, family: glmFamily,
                hasIntercept: design.hasIntercept,
                options: GLMOptions(maximumIterations: options.maximumIterations, information: options.information))
            guard let estimator = RegressionAnalysis.covarianceEstimator(spec, data: data, rows: design.usedRows, inference: .normal) else {
                throw .familyOption("--vcov \(spec.effectiveCovariance.description) is for least-squares models; with --family use classical, hc0, hc1 or cluster(c)")
            }
            let fitted: FittedGLM
            do {
                fitted = try model.estimate()
                result = try fitted.result(covariance: estimator, level: spec.level)
            } catch {
                throw .likelihoodModel(error)
            }
            var margins: [AverageMarginalEffect]? = nil
            var marginsNote: String? = nil
            if options.margins {
                margins = fitted.averageMarginalEffects(result: result, columns: marginColumns(design))
                marginsNote = "average marginal effects on the \(glmFamily == .poisson ? "expected count" : "probability") over the \(n) observations used, every design column as a variable of its own (Stata's margins, dydx(*) with generated variables; statsmodels get_margeff(at = \"overall\", dummy = True)): derivatives for continuous columns, discrete changes 0 → 1 for 0/1 columns and factor levels (other levels of the factor at the base); delta-method standard errors with the model's \(result.covarianceLabel) covariance"
            }
            details = LikelihoodDetails(family: family, glm: fitted.summary, ordered: nil, cutpoints: [],
                                        marginalEffects: margins, marginsNote: marginsNote)
        } else {
            guard let link = family.orderedLink, let responseName = orderedResponse else {
                throw .familyOption("unknown family \(family.rawValue)")
            }
            let (codes, levels) = try orderedOutcome(responseName, data: data, rows: design.usedRows, levels: options.levels)
            // Drop the intercept column (polr).
            let keep = (0..<design.columnCount).filter { design.columnNames[$0] != "(Intercept)" }
            guard !keep.isEmpty else {
                throw .familyOption("an ordered model needs at least one regressor besides the cut points")
            }
            var storage: [Double] = []
            storage.reserveCapacity(n * keep.count)
            for j in keep { storage.append(contentsOf: design.column(j)) }
            guard let x = Matrix(rows: n, columns: keep.count, storage: storage) else {
                throw .regression(.leastSquares(.dimensionMismatch(what: "the design", expected: n * keep.count, actual: storage.count)))
            }
            // Collinear regressors (with each other or the constant) are not identified.
            if let full = Matrix(rows: n, columns: design.columnCount, storage: design.x),
               let ls = try? LeastSquares.fit(full, design.y, options: LeastSquaresOptions(computeLeverage: false)),
               !ls.aliasedColumns.isEmpty {
                throw .collinearTerms(ls.aliasedColumns.map { design.columnNames[$0] })
            }
            let names = keep.map { design.columnNames[$0] }
            let model = OrderedModel(design: x, outcome: codes, levels: levels, termNames: names, link: link,
                                     maximumIterations: options.maximumIterations)
            let fitted: FittedOrderedModel
            do {
                fitted = try model.estimate()
                result = try fitted.result(level: spec.level)
            } catch {
                throw .likelihoodModel(error)
            }
            var margins: [AverageMarginalEffect]? = nil
            var marginsNote: String? = nil
            if options.margins {
                let all = marginColumns(design)
                let position = Dictionary(uniqueKeysWithValues: keep.enumerated().map { ($1, $0) })
                let columns: [MarginalEffectColumn] = keep.map { j in
                    if case .indicator(let siblings) = all[j] { return .indicator(siblings: siblings.compactMap { position[$0] }) }
                    return all[j]
                }
                margins = fitted.averageMarginalEffects(columns: columns, level: spec.level)
                marginsNote = "average marginal effects on P(\(responseName) = level) for each outcome level, over the \(n) observations used (Stata's margins, dydx(*) predict(outcome(#)) after \(link == .logit ? "ologit" : "oprobit")): derivatives for continuous columns, discrete changes 0 → 1 for 0/1 columns and factor levels; delta-method standard errors from the observed-information covariance"
            }
            let p = names.count
            details = LikelihoodDetails(
                family: family, glm: nil, ordered: fitted.summary,
                cutpoints: Array(result.coefficients[p...]), marginalEffects: margins, marginsNote: marginsNote)
        }

        var report = RegressionReport(
            formula: spec.formula.description, dataSource: dataSource, filter: spec.filter?.source,
            specification: spec, result: result, rowsConsidered: rowsConsidered, droppedRows: dropped,
            residualQuantiles: nil, solvedInDoubleDouble: false, weights: nil)
        report.likelihood = details
        if family.glmFamily != nil {
            // Slopes and predictions on the response scale (RegressionReport+ResponseScale.swift).
            let layout = DesignLayout(design: design, data: data)
            report.designLayout = layout
            report.estimationSample = EstimationSample(layout: layout, data: data, rows: design.usedRows)
        }
        return report
    }

    /// How each design column enters the marginal effects: the intercept, 0/1
    /// columns (with the other columns of the same one-variable term as
    /// siblings: the levels of one factor), or continuous.
    static func marginColumns(_ design: DesignMatrix) -> [MarginalEffectColumn] {
        (0..<design.columnCount).map { j in
            if design.assign[j] == 0 { return .intercept }
            let binary = design.column(j).allSatisfy { $0 == 0 || $0 == 1 }
            guard binary else { return .continuous }
            let t = design.assign[j] - 1
            if t < design.formula.terms.count, design.formula.terms[t].order == 1 {
                let siblings = (0..<design.columnCount).filter { $0 != j && design.assign[$0] == design.assign[j] }
                return .indicator(siblings: siblings)
            }
            return .indicator(siblings: [])
        }
    }

    /// Codes `0..<J` of an ordered outcome on the used rows and its level names:
    /// text outcomes in the order of `levels` (required), numeric outcomes by value
    /// (or in the order of `levels`, written as numbers).
    static func orderedOutcome(_ name: String, data: some ColumnSource, rows: [Int], levels: [String]?) throws(RegressionAnalysisError) -> ([Int], [String]) {
        if let text = data.textValues(name) {
            let values = rows.map { text[$0] ?? "" }
            let present = Array(Set(values)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            guard let order = levels else {
                throw .familyOption("the outcome '\(name)' is text: give the order of its levels, lowest first, with --levels \"\(present.joined(separator: ","))\" (rearranged as needed)")
            }
            try checkLevels(order, present: present, name: name)
            let index = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
            return (values.map { index[$0] ?? 0 }, order)
        }
        guard let numbers = data.numericValues(name) else {
            throw .modeling(.unknownVariable(name: name, role: .formula, suggestions: nearestNames(to: name, in: data.columnNames)))
        }
        let values = rows.map { numbers[$0] ?? .nan }
        let distinct = Array(Set(values)).sorted()
        let labels = distinct.map { ResultTable.formatNumber($0, .shortest) }
        if let order = levels {
            try checkLevels(order, present: labels, name: name)
            let index = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
            let byValue = Dictionary(uniqueKeysWithValues: zip(distinct, labels))
            return (values.map { index[byValue[$0] ?? ""] ?? 0 }, order)
        }
        let index = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) })
        return (values.map { index[$0] ?? 0 }, labels)
    }

    static func checkLevels(_ order: [String], present: [String], name: String) throws(RegressionAnalysisError) {
        var seen = Set<String>()
        for l in order where !seen.insert(l).inserted {
            throw .familyOption("--levels lists '\(l)' twice; list each level of '\(name)' once, lowest first")
        }
        for l in order where !present.contains(l) {
            let hint = nearestNames(to: l, in: present, limit: 1).first.map { " (did you mean '\($0)'?)" } ?? ""
            throw .familyOption("--levels: '\(l)' is not a value of '\(name)' in the rows used\(hint); its values are \(present.map { "'\($0)'" }.joined(separator: ", "))")
        }
        let missing = present.filter { !order.contains($0) }
        if !missing.isEmpty {
            throw .familyOption("--levels does not place \(missing.map { "'\($0)'" }.joined(separator: ", ")) of '\(name)': list every level, lowest first (or drop those rows with --where)")
        }
    }
}
