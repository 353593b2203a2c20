import Foundation
import PanelData
import Modeling
import Stats

extension RegressionReport {
    /// The reference of post-estimation statistics: the model's own (t(df_residual), t(G − 1)
    /// with clusters, or normal), see ``/Stats/InferenceReference``.
    public var inferenceReference: InferenceReference { InferenceReference(result) }

    /// The joint Wald test of `hypothesis` (`"egdi = 0; egdi:post_soviet = 0"`) with this
    /// fit's covariance: F(q, ν) for t-inference models (R `car::linearHypothesis(m, h, vcov. = V)`,
    /// Stata `test`), χ²(q) for asymptotic ones.
    /// - Parameter hypothesis: `;`-separated linear equations in coefficient names.
    /// - Throws: ``PostEstimationError`` (unknown term with suggestions, malformed, rank deficient).
    public func waldTest(_ hypothesis: String) throws(PostEstimationError) -> WaldTest {
        do { return try result.waldTest(hypothesis) } catch { throw .inference(option: "--test", error) }
    }

    /// A linear combination of coefficients (`"egdi + egdi:post_soviet"`) with SE √(aᵀVa),
    /// t (or z), p-value and interval (Stata `lincom`).
    /// - Parameter expression: a linear expression in coefficient names.
    /// - Throws: ``PostEstimationError``.
    public func linearCombination(_ expression: String) throws(PostEstimationError) -> LinearCombination {
        do { return try result.linearCombination(expression) } catch { throw .inference(option: "--lincom", error) }
    }

    /// Conditional slopes ∂E[y]/∂`variable` of the raw variable `variable` (through every
    /// transformation and interaction it enters, differentiated exactly), at each value of
    /// `by` and at the crossed values of `at`, other variables held at `typical` values.
    /// Standard errors by the delta method, exact for a linear model; statistics from the
    /// model's own reference distribution (t(df) as Stata `margins, dydx()` after `regress`;
    /// R `marginaleffects::slopes` uses z by default).
    ///
    /// A moderator `by` is used at each of its levels (factor), at each of its values when it
    /// takes at most five (a 0/1 indicator), else at its quartiles.
    /// - Parameters:
    ///   - variable: a numeric raw variable of the model (`egdi`, also inside `log(egdi)`, `I(egdi^2)`).
    ///   - by: a moderator (raw variable of the model), or nil.
    ///   - at: other values, e.g. `[("gdppc_ppp", [.number(5000), .number(20000)])]`.
    ///   - typical: where the variables not set are held.
    /// - Throws: ``PostEstimationError``.
    public func slopes(
        of variable: String, by: String? = nil, at: [(String, [PointValue])] = [], typical: TypicalValues = .means
    ) throws(PostEstimationError) -> [ConditionalSlope] {
        if isOrderedModel { throw .orderedModel }
        if let link = glmInverseLink {
            if typical == .medians { throw .averagedSlopesAtMedians }
            return try averageSlopes(of: variable, by: by, at: at, link: link)
        }
        guard let layout = designLayout else { throw .noDesign }
        var grid = at
        if let by {
            guard layout.variables.contains(by) else {
                throw .design(option: "--by", .notInModel(variable: by, modelVariables: layout.variables,
                                                           suggestions: nearestNames(to: by, in: layout.variables)))
            }
            grid.removeAll { $0.0 == by }
            grid.insert((by, moderatorValues(by, layout: layout)), at: 0)
        }
        let option = "--slopes"
        // The slope variable must be a numeric variable of the model.
        do { _ = try layout.row(at: layout.typicalPoint(), derivativeWith: variable) } catch { throw .design(option: option, error) }
        let (map, estimates, covariance) = coefficientMap(layout)
        var out: [ConditionalSlope] = []
        for settings in try crossed(grid, layout: layout, option: by == nil ? "--at" : "--by/--at") {
            var point = layout.typicalPoint(medians: typical == .medians)
            for s in settings { point[s.variable] = s.value }
            let row: (values: [Double], derivatives: [Double])
            do { row = try layout.row(at: point, derivativeWith: variable) } catch { throw .design(option: option, error) }
            let x = map.map { row.values[$0] }, dx = map.map { row.derivatives[$0] }
            out.append(ConditionalSlope(
                term: variable, at: settings,
                inference: ConditionalEffects.slope(row: x, derivative: dx, estimates: estimates, covariance: covariance,
                                                    reference: inferenceReference, level: result.level)))
        }
        return out
    }

    /// Fitted means `xᵀβ̂` with SE `√(xᵀVx)` and confidence intervals on the crossed grid,
    /// the variables not in the grid held at `typical` values (raw variables, then transformed);
    /// classical covariance: R `predict.lm(se.fit = TRUE, interval = "confidence")`. With absorbed
    /// fixed effects the prediction omits them: only differences between points are meaningful.
    /// - Parameters:
    ///   - grid: e.g. `[("egdi", [.number(0.5), .number(0.9)]), ("gdppc_ppp", [.number(20000)])]`.
    ///   - typical: where the other variables are held.
    /// - Throws: ``PostEstimationError``.
    public func predict(_ grid: [(String, [PointValue])], typical: TypicalValues = .means) throws(PostEstimationError) -> [Prediction] {
        if isOrderedModel { throw .orderedModel }
        guard let layout = designLayout else { throw .noDesign }
        let (map, estimates, covariance) = coefficientMap(layout)
        var out: [Prediction] = []
        for settings in try crossed(grid, layout: layout, option: "--predict") {
            var point = layout.typicalPoint(medians: typical == .medians)
            for s in settings { point[s.variable] = s.value }
            let row: (values: [Double], derivatives: [Double])
            do { row = try layout.row(at: point) } catch { throw .design(option: "--predict", error) }
            let x = map.map { row.values[$0] }
            // A GLM predicts on the response scale (interval built on the link scale, then
            // transformed); every other model predicts its linear index.
            let inference = glmInverseLink.map {
                ResponseScaleEffects.prediction(row: x, estimates: estimates, covariance: covariance,
                                                link: $0, reference: inferenceReference, level: result.level)
            } ?? ConditionalEffects.prediction(row: x, estimates: estimates, covariance: covariance,
                                               reference: inferenceReference, level: result.level)
            out.append(Prediction(at: settings, inference: inference))
        }
        return out
    }

    /// Runs every part of `request` and returns a copy of the report that renders them.
    /// - Throws: ``PostEstimationError`` for the first part that fails.
    public func postEstimated(_ request: PostEstimationRequest) throws(PostEstimationError) -> RegressionReport {
        var results = PostEstimationResults()
        for t in request.tests { results.tests.append(try waldTest(t)) }
        for l in request.linearCombinations { results.linearCombinations.append(try linearCombination(l)) }
        if let v = request.slopeVariable {
            results.slopes = try slopes(of: v, by: request.slopeBy, at: request.slopeAt, typical: request.typicalValues)
        } else if request.slopeBy != nil || !request.slopeAt.isEmpty {
            throw .invalidGrid(option: "--by/--at", text: request.slopeBy ?? "", reason: "--by and --at need --slopes VAR")
        }
        if let g = request.predictionGrid { results.predictions = try predict(g, typical: request.typicalValues) }
        results.notes = postEstimationNotes(request, results: results)
        var copy = self
        copy.postEstimation = results
        return copy
    }

    // MARK: helpers

    /// For each estimated coefficient, its column in the layout; the estimates and covariance.
    func coefficientMap(_ layout: DesignLayout) -> ([Int], [Double], Matrix) {
        let index = Dictionary(layout.columnNames.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return (result.coefficients.map { index[$0.term] ?? 0 }, result.estimates, result.covariance)
    }

    func moderatorValues(_ name: String, layout: DesignLayout) -> [PointValue] {
        switch layout.summaries[name] {
        case .factor(let levels, _)?: return levels.map { .level($0) }
        case let .numeric(_, _, _, _, quartiles, distinct)?:
            if let d = distinct, d.count <= 5 { return d.map { .number($0) } }
            return quartiles.map { .number($0) }
        case nil: return []
        }
    }

    /// The crossed grid, first variable varying slowest; each variable checked against the model.
    func crossed(_ grid: [(String, [PointValue])], layout: DesignLayout, option: String) throws(PostEstimationError) -> [[PointSetting]] {
        var out: [[PointSetting]] = [[]]
        for (name, values) in grid {
            guard layout.variables.contains(name) else {
                throw .design(option: option, .notInModel(variable: name, modelVariables: layout.variables,
                                                          suggestions: nearestNames(to: name, in: layout.variables)))
            }
            out = out.flatMap { prefix in values.map { prefix + [PointSetting(variable: name, value: $0)] } }
        }
        return out
    }

    func postEstimationNotes(_ request: PostEstimationRequest, results: PostEstimationResults) -> [String] {
        var notes: [String] = []
        let hasEstimates = !results.linearCombinations.isEmpty || !results.slopes.isEmpty || !results.predictions.isEmpty
        if let custom = referenceNotes(results) {
            notes += custom
            if glmInverseLink != nil { return notes + responseScaleNotes(request, results: results) }
        } else {
        switch inferenceReference {
        case .studentT(let df):
            let source = result.clusters.isEmpty ? "df_residual" : "G − 1 clusters"
            if !results.tests.isEmpty {
                notes.append("Wald tests: F(q, \(df)) with the \(result.covarianceLabel) covariance (\(source); R car::linearHypothesis with vcov., Stata test)")
            }
            if hasEstimates {
                notes.append("linear combinations, slopes and predictions: t(\(df)) as the coefficient tests (\(source); R predict.lm, Stata lincom and margins after regress; R marginaleffects uses z by default)")
            }
        case .normal:
            if !results.tests.isEmpty { notes.append("Wald tests: chi-squared(q) with the \(result.covarianceLabel) covariance (asymptotic inference)") }
            if hasEstimates { notes.append("linear combinations, slopes and predictions: standard normal reference (asymptotic inference)") }
        }
        }
        if !results.slopes.isEmpty || !results.predictions.isEmpty, let layout = designLayout {
            let point = layout.typicalPoint(medians: request.typicalValues == .medians)
            let how = request.typicalValues == .medians ? "medians" : "means"
            func held(_ set: Set<String>) -> String {
                layout.variables.filter { !set.contains($0) }.compactMap { v -> String? in
                    guard let p = point[v] else { return nil }
                    if case .number(let x) = p { return "\(v) = \(Self.significant(x, 6))" }
                    return "\(v) = \(p) (most frequent level)"
                }.joined(separator: ", ")
            }
            var parts: [String] = []
            if !results.slopes.isEmpty {
                let h = held(Set(results.slopes.flatMap { $0.at.map(\.variable) }))
                if !h.isEmpty { parts.append("slopes at " + h) }
            }
            if !results.predictions.isEmpty {
                let h = held(Set(results.predictions.flatMap { $0.at.map(\.variable) }))
                if !h.isEmpty { parts.append("predictions at " + h) }
            }
            if !parts.isEmpty {
                notes.append("variables not set are held at their sample \(how) on the estimation rows (the raw variable, then transformed: log(mean(x)), not mean(log(x))), factors at their most frequent level: " + parts.joined(separator: "; "))
            }
            if !results.slopes.isEmpty {
                notes.append("slopes: d \(slopeTarget)[\(layout.formula.response.rDescription)] / d \(results.slopes[0].term), the derivative of the design row differentiated exactly through every term; delta-method SE, exact for a linear model")
            }
            if let by = request.slopeBy, case .numeric(_, _, _, _, _, let d)? = layout.summaries[by], (d?.count ?? 6) > 5 {
                notes.append("slopes at the quartiles of the continuous moderator \(by) (pass --at \"\(by)=v1,v2\" for other values)")
            }
            if !layout.formula.fixedEffects.isEmpty, !results.predictions.isEmpty {
                notes.append("fixed-effects model: predictions are xb without the absorbed fixed effects, so only differences between grid points (within-unit changes) are meaningful")
            }
        }
        return notes
    }
}
