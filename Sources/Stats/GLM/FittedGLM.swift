import Foundation

/// A generalized linear model fitted once (IRLS). `result(covariance:level:)`
/// turns it into a `RegressionResult` (z inference) under any covariance,
/// `summary` gives the likelihood-based statistics.
public struct FittedGLM: Sendable, Equatable {
    /// The specification that was fitted.
    public let model: GeneralizedLinearModel
    /// The design restricted to the estimable columns.
    let x: Matrix
    /// Estimable columns (indices into the model's design), ascending.
    public let keptColumns: [Int]
    /// Names of the estimable columns.
    public let termNames: [String]
    /// Columns dropped as linear combinations of earlier ones (R's `glm`: NA coefficients).
    public let droppedTerms: [String]
    /// `β̂`, aligned with `termNames`.
    public let coefficients: [Double]
    /// `η̂ = Xβ̂`.
    public let linearPredictor: [Double]
    /// IRLS iterations used.
    public let iterations: Int
    /// Whether the coefficients settled within the tolerance.
    public let converged: Bool
    /// Deviance at `β̂`.
    public let deviance: Double
    /// Null deviance (intercept-only, or `η = 0`).
    public let nullDeviance: Double
    /// Log-likelihood at `β̂`.
    public let logLikelihood: Double
    /// Log-likelihood of the null model.
    public let nullLogLikelihood: Double

    /// Observations used.
    public var observations: Int { x.rows }
    /// Estimated parameters.
    public var rank: Int { coefficients.count }
    /// `μ̂`, the fitted means (probabilities for logit and probit).
    public var fittedValues: [Double] { linearPredictor.map { model.family.point($0).mean } }

    /// The likelihood statistics (deviance, log-likelihood, AIC, McFadden's R², iterations).
    public var summary: GLMSummary {
        let n = Double(observations)
        let k = Double(rank)
        let slopes = rank - (model.hasIntercept ? 1 : 0)
        return GLMSummary(
            family: model.family, deviance: deviance, nullDeviance: nullDeviance,
            logLikelihood: logLikelihood, nullLogLikelihood: nullLogLikelihood,
            aic: -2 * logLikelihood + 2 * k, bic: -2 * logLikelihood + log(n) * k,
            pseudoRSquared: 1 - logLikelihood / nullLogLikelihood,
            likelihoodRatio: model.hasIntercept ? 2 * (logLikelihood - nullLogLikelihood) : nil,
            likelihoodRatioDegreesOfFreedom: slopes, converged: converged, iterations: iterations,
            tolerance: model.options.tolerance, information: model.options.information)
    }

    /// Per-row quantities at `β̂`: the score factor `uᵢ = (yᵢ − μᵢ)μ′ᵢ/Vᵢ` (so
    /// the score is `Σ uᵢxᵢ`) and the information weight (expected `μ′²/V`, or
    /// observed `μ′²/V − (y − μ)(μ″/V − μ′²V′/V²)`).
    func rowTerms(information: GLMInformation) -> (score: [Double], weight: [Double]) {
        let f = model.family
        var score = [Double](repeating: 0, count: observations)
        var weight = [Double](repeating: 0, count: observations)
        for i in 0..<observations {
            let p = f.point(linearPredictor[i])
            let r = f.residual(model.response[i], p)
            score[i] = r * p.derivative / p.variance
            var w = p.derivative * p.derivative / p.variance
            if information == .observed, !f.isCanonical {
                w -= r * (p.secondDerivative / p.variance - p.derivative * p.derivative * p.varianceDerivative / (p.variance * p.variance))
            }
            weight[i] = w
        }
        return (score, weight)
    }

    /// The inverse information `(XᵀWX)⁻¹` at `β̂` from the QR of `√W X` (least-squares kernel), and its fit.
    func bread(information: GLMInformation) throws(GLMError) -> (inverse: Matrix, fit: LeastSquaresFit) {
        let (_, w) = rowTerms(information: information)
        for (i, v) in w.enumerated() where !(v.isFinite && v >= 0) {
            throw .nonFinite(what: "the information weight", row: i + 1)
        }
        let fit: LeastSquaresFit
        do {
            fit = try LeastSquares.fit(
                x, [Double](repeating: 0, count: observations), weights: w,
                options: LeastSquaresOptions(onRankDeficiency: .throwError, computeLeverage: false))
        } catch { throw .leastSquares(error) }
        return (fit.unscaledCovariance, fit)
    }

    /// The result under `covariance` with `level` confidence intervals, z inference.
    ///
    /// - `classical`: `(XᵀWX)⁻¹` with the information of `GLMOptions.information`
    ///   (expected by default, as R's `glm`; dispersion fixed at 1).
    /// - `hc0`: the sandwich `B M B`, `B` that inverse information, `M = Σ uᵢ²xᵢxᵢᵀ`
    ///   (R `sandwich::vcovHC(type = "HC0")`); `hc1`: `n/(n − k)·HC0` (`type = "HC1"`).
    /// - `cluster(c)`: `M = Σ_g (Σ_{i∈g} uᵢxᵢ)(…)ᵀ` with the adjustment asked for:
    ///   CR1 `G/(G−1)·(N−1)/(N−K)` (R `vcovCL(type = "HC1")`, statsmodels' default),
    ///   `G/(G−1)` only (Stata's `logit, vce(cluster)`; `vcovCL`'s default for glm), or none.
    ///   Inference is always z.
    /// - HC2–HC4 and two-way clustering are refused.
    public func result(covariance: CovarianceEstimator = .classical, level: Double = 0.95) throws(GLMError) -> RegressionResult {
        guard level > 0 && level < 1 else { throw .invalidLevel(level) }
        let info = model.options.information
        let (b, breadFit) = try bread(information: info)
        let n = observations
        let k = rank
        var v = b
        var label = "classical"
        var factor = 1.0
        var kAdj: Int? = nil
        var clusters: [RegressionResult.ClusterInfo] = []
        var notes: [String] = []
        let infoName = info == .expected ? "expected (Fisher)" : "observed"
        switch covariance {
        case .classical:
            break
        case .hc0, .hc1:
            let (u, _) = rowTerms(information: info)
            v = sandwich(bread: b, groups: nil, score: u)
            label = covariance == .hc0 ? "HC0" : "HC1"
            if covariance == .hc1 {
                guard n > k else { throw .tooFewObservations(observations: n, parameters: k) }
                factor = Double(n) / Double(n - k)
                kAdj = k
                v = scaled(v, factor)
            }
        case let .cluster(variable, adjustment, _):
            guard variable.codes.count == n else {
                throw .clusterLengthMismatch(name: variable.name, codes: variable.codes.count, observations: n)
            }
            var map: [Int: Int] = [:]
            let codes = variable.codes.map { c -> Int in
                if let g = map[c] { return g }
                map[c] = map.count
                return map.count - 1
            }
            let g = map.count
            guard g >= 2 else { throw .tooFewClusters(name: variable.name, clusters: g) }
            let (u, _) = rowTerms(information: info)
            v = sandwich(bread: b, groups: (codes, g), score: u)
            let gf = Double(g) / Double(g - 1)
            switch adjustment {
            case .cr1: factor = gf * Double(n - 1) / Double(n - k); kAdj = k
            case .clusterOnly: factor = gf
            case .cr0: factor = 1
            }
            v = scaled(v, factor)
            label = adjustment == .cr1 ? "CR1" : adjustment == .cr0 ? "CR0" : "CR (G/(G−1))"
            clusters = [.init(name: variable.name, clusters: g)]
            let adj: String
            switch adjustment {
            case .cr1: adj = "CR1 factor G/(G−1)·(N−1)/(N−K) with K = \(k) (R sandwich::vcovCL(type = \"HC1\"), statsmodels; Stata's logit/probit/poisson, vce(cluster) use G/(G−1) only: --cluster-adjustment g-only)"
            case .clusterOnly: adj = "factor G/(G−1) only (Stata's logit/probit/poisson, vce(cluster); R sandwich::vcovCL's default for glm)"
            case .cr0: adj = "no small-sample factor (CR0)"
            }
            notes.append("clustered by \(variable.name) (G = \(g)), \(adj); z inference")
        case .hc2, .hc3, .hc4:
            throw .unsupportedCovariance("--vcov \(covariance.kind.rawValue) is not available for generalized linear models: use classical, hc0, hc1 or cluster(c)")
        case .twoWayCluster:
            throw .unsupportedCovariance("two-way clustering is not available for generalized linear models: cluster by one variable")
        }

        let crit = ReferenceDistributions.normalUpperQuantile((1 - level) / 2)
        var coefs: [RegressionResult.Coefficient] = []
        for j in 0..<k {
            let est = coefficients[j]
            let se = v[j, j].squareRoot()
            let z = est / se
            coefs.append(.init(
                term: termNames[j], estimate: est, standardError: se, statistic: z,
                pValue: ReferenceDistributions.normalTwoSidedPValue(z),
                confidenceLow: est - crit * se, confidenceHigh: est + crit * se))
        }

        // Wald χ² test of all slopes with the chosen covariance.
        let interceptIndex = model.hasIntercept ? interceptColumnIndex() : nil
        let slopes = (0..<k).filter { $0 != interceptIndex }
        var fTest: RegressionResult.FTest? = nil
        if !slopes.isEmpty {
            var sub = Matrix(rows: slopes.count, columns: slopes.count)
            for (a, ia) in slopes.enumerated() { for (c, ic) in slopes.enumerated() { sub[a, c] = v[ia, ic] } }
            if let w = WaldStatistic.quadraticForm(sub, slopes.map { coefficients[$0] }) {
                fTest = .init(kind: .waldChiSquared, statistic: w / Double(slopes.count),
                              numeratorDegreesOfFreedom: slopes.count, denominatorDegreesOfFreedom: nil,
                              pValue: ReferenceDistributions.chiSquaredUpperTail(w, degreesOfFreedom: Double(slopes.count)))
            }
        }

        let s = summary
        var allNotes = [
            "\(model.family.distribution) family, \(model.family.link) link: maximum likelihood by IRLS (Fisher scoring), \(iterations) iterations, converged when no coefficient moved by more than \(formatTolerance(model.options.tolerance)) of max(|β|, its standard error); R's glm stops on the relative deviance change (epsilon = 1e-8), which leaves probit estimates with about 5 correct digits",
            "covariance from the \(infoName) information at the final estimate (R's glm uses the working weights of the previous iteration)"
                + (model.family.isCanonical ? "; for the canonical \(model.family.link) link expected and observed information coincide" : (info == .expected ? "; Stata's probit uses the observed information (--information observed)" : "; R's glm uses the expected information")),
            "z statistics and normal confidence intervals (dispersion fixed at 1)",
        ]
        allNotes.append(contentsOf: notes)
        for d in droppedTerms { allNotes.append("\(d) dropped: collinear with earlier terms (R's glm convention)") }

        return RegressionResult(
            coefficients: coefs, droppedTerms: droppedTerms, covariance: v, covarianceLabel: label,
            clusters: clusters, smallSampleFactor: factor, smallSampleParameters: kAdj, statisticKind: .z,
            inferenceDegreesOfFreedom: nil, level: level, observations: n, observationsDropped: 0,
            residualDegreesOfFreedom: n - k, modelDegreesOfFreedom: slopes.count, sigma: .nan,
            rSquared: .nan, adjustedRSquared: .nan, rSquaredKind: .centered, withinRSquared: nil,
            fTest: fTest, logLikelihood: s.logLikelihood, aic: s.aic, bic: s.bic,
            conditionNumber: breadFit.conditionNumber, fixedEffects: nil, notes: allNotes)
    }

    /// The index (among the kept columns) of the constant column.
    func interceptColumnIndex() -> Int? {
        (0..<rank).first { j in (0..<observations).allSatisfy { x[$0, j] == 1 } }
    }

    /// `B M B`, `M = Σ sᵢsᵢᵀ` (or cluster sums), `sᵢ = uᵢxᵢ`.
    func sandwich(bread b: Matrix, groups: (codes: [Int], count: Int)?, score u: [Double]) -> Matrix {
        let k = rank
        let n = observations
        var meat = Matrix(rows: k, columns: k)
        if let groups {
            let codes = groups.codes, count = groups.count
            var sums = [Double](repeating: 0, count: count * k)
            for i in 0..<n { for j in 0..<k { sums[codes[i] * k + j] += u[i] * x[i, j] } }
            for g in 0..<count {
                for a in 0..<k { for c in 0..<k { meat[a, c] += sums[g * k + a] * sums[g * k + c] } }
            }
        } else {
            var s = [Double](repeating: 0, count: k)
            for i in 0..<n {
                for j in 0..<k { s[j] = u[i] * x[i, j] }
                for a in 0..<k { for c in 0..<k { meat[a, c] += s[a] * s[c] } }
            }
        }
        let bm = b.times(meat)
        var v = bm.times(b)
        // Symmetrise (rounding).
        for a in 0..<k { for c in (a + 1)..<Swift.max(a + 1, k) { let m = (v[a, c] + v[c, a]) / 2; v[a, c] = m; v[c, a] = m } }
        return v
    }

    func scaled(_ m: Matrix, _ f: Double) -> Matrix {
        Matrix(uncheckedRows: m.rows, columns: m.columns, storage: m.storage.map { $0 * f })
    }
}

/// `1e-10` for messages.
func formatTolerance(_ t: Double) -> String {
    let e = log10(t)
    if e.isFinite, Swift.abs(e) < 400, e == e.rounded() { return "1e\(Int(e))" }
    return "\(t)"
}
