import Modeling
import PanelData
import Stats

/// The raw values of a model's variables on its estimation rows, one point per
/// observation, so that slopes can be averaged over the observed sample (GLMs).
public struct EstimationSample: Sendable, Equatable {
    /// One point per estimation row, in row order: every variable of the layout at its observed value.
    public let points: [[String: PointValue]]

    /// The observed values of `layout.variables` on `rows` of `data` (text columns as levels,
    /// numeric columns as numbers).
    /// - Parameters:
    ///   - layout: the design layout of the fit.
    ///   - data: the data the design was built from.
    ///   - rows: the estimation rows (indices into `data`).
    public init(layout: DesignLayout, data: some ColumnSource, rows: [Int]) {
        var columns: [(String, (Int) -> PointValue)] = []
        for name in layout.variables {
            if let t = data.textValues(name) {
                columns.append((name, { .level(t[$0] ?? "") }))
            } else if let v = data.numericValues(name) {
                columns.append((name, { .number(v[$0] ?? .nan) }))
            }
        }
        points = rows.map { r in
            var p: [String: PointValue] = [:]
            for (name, value) in columns { p[name] = value(r) }
            return p
        }
    }
}

extension RegressionReport {
    /// The inverse link of a GLM fit (`--family logit|probit|poisson`), nil for other models.
    var glmInverseLink: GLMInverseLink? { likelihood?.family.glmFamily.map { GLMInverseLink($0) } }

    /// Whether this is an ordered model (`--family ordered-logit|ordered-probit`).
    var isOrderedModel: Bool { likelihood?.family.orderedLink != nil }

    /// Average slopes `(1/m) Σ ∂E[yᵢ]/∂variable` of a GLM on the response scale (probability,
    /// expected count), with delta-method standard errors from the fit's covariance and z inference.
    ///
    /// - A discrete moderator `by` (a factor, or a numeric variable with at most five values such
    ///   as a 0/1 indicator) averages over the observations *in* each of its groups, at their
    ///   observed values: Stata `margins, dydx(v) over(by)`, R `marginaleffects::avg_slopes(m,
    ///   variables = "v", by = "by")`.
    /// - Values in `at` (and the quartiles of a continuous `by`) are set for *every* observation
    ///   and the slopes averaged over the whole sample (or the group): Stata `margins, dydx(v)
    ///   at(x = (…))`, marginaleffects `avg_slopes(m, variables = "v", newdata =
    ///   datagrid(x = …, grid_type = "counterfactual"), by = "x")`.
    /// - Neither: the average slope over the sample (`avg_slopes(m, variables = "v")`).
    /// - Parameters:
    ///   - variable: a numeric raw variable of the model (through every term it enters).
    ///   - by: a moderator, or nil.
    ///   - at: values set for every observation, crossed.
    ///   - link: the fit's inverse link.
    /// - Throws: ``PostEstimationError``.
    func averageSlopes(of variable: String, by: String?, at: [(String, [PointValue])], link: GLMInverseLink) throws(PostEstimationError) -> [ConditionalSlope] {
        guard let layout = designLayout, let sample = estimationSample else { throw .noDesign }
        do { _ = try layout.row(at: layout.typicalPoint(), derivativeWith: variable) } catch { throw .design(option: "--slopes", error) }
        var grid = at
        var groups: [PointValue?] = [nil]
        if let by {
            guard layout.variables.contains(by) else {
                throw .design(option: "--by", .notInModel(variable: by, modelVariables: layout.variables,
                                                           suggestions: nearestNames(to: by, in: layout.variables)))
            }
            grid.removeAll { $0.0 == by }
            if let levels = Self.discreteValues(by, layout: layout) {
                groups = levels
            } else {
                grid.insert((by, moderatorValues(by, layout: layout)), at: 0)
            }
        }
        let (map, estimates, covariance) = coefficientMap(layout)
        let settingsList = try crossed(grid, layout: layout, option: by == nil ? "--at" : "--by/--at")
        var out: [ConditionalSlope] = []
        for group in groups {
            let members = sample.points.filter { p in
                guard let by, let group else { return true }
                switch (p[by], group) {
                case let (.number(x)?, .number(y)): return x == y
                case let (value?, _): return value.description == group.description
                case (nil, _): return false
                }
            }
            for settings in settingsList {
                var rows: [[Double]] = [], derivatives: [[Double]] = []
                rows.reserveCapacity(members.count)
                derivatives.reserveCapacity(members.count)
                for observed in members {
                    var point = observed
                    for s in settings { point[s.variable] = s.value }
                    let row: (values: [Double], derivatives: [Double])
                    do { row = try layout.row(at: point, derivativeWith: variable) } catch { throw .design(option: "--slopes", error) }
                    rows.append(map.map { row.values[$0] })
                    derivatives.append(map.map { row.derivatives[$0] })
                }
                var shown: [PointSetting] = []
                if let by, let group { shown.append(PointSetting(variable: by, value: group)) }
                shown += settings
                out.append(ConditionalSlope(
                    term: variable, at: shown,
                    inference: ResponseScaleEffects.averageSlope(
                        rows: rows, derivatives: derivatives, estimates: estimates, covariance: covariance,
                        link: link, reference: inferenceReference, level: result.level)))
            }
        }
        return out
    }

    /// Levels of a factor, or the values of a numeric variable with at most five of them.
    static func discreteValues(_ name: String, layout: DesignLayout) -> [PointValue]? {
        switch layout.summaries[name] {
        case .factor(let levels, _)?: return levels.map { .level($0) }
        case let .numeric(_, _, _, _, _, distinct)?:
            if let d = distinct, d.count <= 5 { return d.map { .number($0) } }
            return nil
        case nil: return nil
        }
    }

    /// What a slope differentiates: `E` (the mean), or `Q_0.5` for a quantile regression at τ = 0.5.
    var slopeTarget: String { quantile.map { "Q_\(Self.significant($0.tau, 6))" } ?? "E" }

    /// The model's name for the notes on its reference distribution.
    var postEstimationModelName: String {
        if let f = likelihood?.family { return "--family \(f.rawValue)" }
        if instrumental != nil { return "2SLS" }
        if quantile != nil { return "quantile regression" }
        return "least squares"
    }

    /// Notes on the reference distribution for models other than least squares; nil for least squares.
    func referenceNotes(_ results: PostEstimationResults) -> [String]? {
        let hasEstimates = !results.linearCombinations.isEmpty || !results.slopes.isEmpty || !results.predictions.isEmpty
        var notes: [String] = []
        if let family = likelihood?.family {
            let cov = family.orderedLink != nil ? "observed-information" : result.covarianceLabel
            let stata = family.orderedLink != nil ? (family == .orderedLogit ? "ologit" : "oprobit") : family.rawValue
            if !results.tests.isEmpty {
                notes.append("Wald tests: chi-squared(q) with the \(cov) covariance, as the model's z tests (asymptotic inference; Stata test after \(stata), R car::linearHypothesis(m, h, vcov. = V, test = \"Chisq\"))")
            }
            if hasEstimates {
                notes.append("linear combinations, slopes and predictions: standard normal reference, as the model's z tests (Stata lincom and margins after \(stata); R marginaleffects)")
            }
            return notes
        }
        guard case .studentT(let df) = inferenceReference else { return nil }
        if instrumental != nil {
            let source = result.clusters.isEmpty ? "n − k, small-sample as the coefficient t tests (AER ivreg, Stata ivregress 2sls, small)" : "G − 1 clusters, as the coefficient t tests"
            if !results.tests.isEmpty {
                notes.append("Wald tests: F(q, \(df)) with the \(result.covarianceLabel) 2SLS covariance (\(source); R car::linearHypothesis on AER::ivreg with vcov.)")
            }
            if hasEstimates {
                notes.append("linear combinations, slopes and predictions of the 2SLS fit: t(\(df)) (\(source)); slopes and predictions are linear in the coefficients, so the delta method is exact")
            }
            return notes
        }
        if let q = quantile {
            let kind = q.covarianceKind.label
            if !results.tests.isEmpty {
                notes.append("Wald tests: F(q, \(df)) with the \(kind) covariance of summary.rq, df = n − p as summary.rq's t tests and quantreg's anova.rq Wald test")
            }
            if hasEstimates {
                notes.append("linear combinations, slopes and predictions of the τ = \(Self.significant(q.tau, 6)) quantile: t(\(df)) with df = n − p, as summary.rq's coefficient table; predictions are conditional quantiles xᵀβ̂(τ)")
            }
            return notes
        }
        return nil
    }

    /// Notes of a GLM's slopes and predictions (the reference notes come from ``referenceNotes(_:)``).
    func responseScaleNotes(_ request: PostEstimationRequest, results: PostEstimationResults) -> [String] {
        guard let layout = designLayout, let family = likelihood?.family.glmFamily else { return [] }
        let scale = family == .poisson ? "expected count" : "probability"
        let n = estimationSample?.points.count ?? result.observations
        var notes: [String] = []
        if !results.slopes.isEmpty {
            let v = results.slopes[0].term
            var s = "slopes: average over the observations of d E[y] / d \(v) = h'(eta) * d eta / d \(v) on the \(scale) scale (the derivative of the design row through every term \(v) enters), delta-method SE with the \(result.covarianceLabel) covariance"
            if let by = request.slopeBy, Self.discreteValues(by, layout: layout) != nil {
                s += "; at each value of \(by), averaged over the observations with that value (Stata margins, dydx(\(v)) over(\(by)); R marginaleffects avg_slopes(m, variables = \"\(v)\", by = \"\(by)\"))"
            } else {
                s += "; over all \(n) observations (Stata margins, dydx(\(v)); R marginaleffects avg_slopes(m, variables = \"\(v)\"))"
            }
            let setVariables = results.slopes[0].at.map(\.variable).filter { $0 != request.slopeBy || Self.discreteValues($0, layout: layout) == nil }
            if !setVariables.isEmpty {
                s += "; \(setVariables.joined(separator: ", ")) set to each value for every observation before averaging (counterfactual, Stata margins at())"
            }
            notes.append(s)
            if let by = request.slopeBy, Self.discreteValues(by, layout: layout) == nil {
                notes.append("slopes at the quartiles of the continuous moderator \(by) (pass --at \"\(by)=v1,v2\" for other values)")
            }
        }
        if !results.predictions.isEmpty {
            let how = request.typicalValues == .medians ? "medians" : "means"
            let point = layout.typicalPoint(medians: request.typicalValues == .medians)
            let set = Set(results.predictions.flatMap { $0.at.map(\.variable) })
            let held = layout.variables.filter { !set.contains($0) }.compactMap { v -> String? in
                guard let p = point[v] else { return nil }
                if case .number(let x) = p { return "\(v) = \(Self.significant(x, 6))" }
                return "\(v) = \(p) (most frequent level)"
            }.joined(separator: ", ")
            notes.append("predictions: the \(scale) h(x'b) at the grid point (R predict(m, newdata, type = \"response\")); SE h'(eta) * se(eta) by the delta method; the confidence interval is built on the link scale and transformed, [h(eta - c se(eta)), h(eta + c se(eta))] (R predict(type = \"link\", se.fit = TRUE) then linkinv), so it is not symmetric about the prediction and stays inside the range of the mean")
            if !held.isEmpty {
                notes.append("variables not set in --predict are held at their sample \(how) on the estimation rows (the raw variable, then transformed), factors at their most frequent level: \(held)")
            }
        }
        return notes
    }
}
