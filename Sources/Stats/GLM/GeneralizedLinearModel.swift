import Foundation

/// A generalized linear model (logit, probit, Poisson) fitted by maximum
/// likelihood with iteratively reweighted least squares (IRLS, Fisher scoring;
/// McCullagh & Nelder 1989, §2.5; Green 1984).
///
/// **Iteration.** From R's starting means (`(y + ½)/2` for 0/1 outcomes,
/// `y + 0.1` for counts), each step forms the working response
/// `zᵢ = ηᵢ + (yᵢ − μᵢ)/μ′(ηᵢ)` and weights `wᵢ = μ′(ηᵢ)²/V(μᵢ)` and solves
/// the weighted least-squares problem `min Σ wᵢ(zᵢ − xᵢᵀβ)²` with the package's
/// least-squares kernel (`LeastSquares.fit`: pivoted Householder QR, never the
/// normal equations, double-double when the weighted design is ill-conditioned).
/// A step that increases the deviance (or makes it non-finite) is halved, up to
/// 30 times. The iterations stop when the *coefficients* stop changing
/// (`GLMOptions.tolerance`), not the deviance as in R's `glm`.
///
/// **Covariance** (see `FittedGLM.result`): computed at the final estimate
/// (R's `glm` reuses the working weights of the previous iteration, so its
/// standard errors differ from these in the digits its convergence leaves).
///
/// **Separation** (Albert & Anderson 1984): when a combination of the terms
/// predicts the 0/1 outcome perfectly for some observations, the likelihood
/// has no maximum and the coefficients diverge. The iterations then fail to
/// converge (or fitted probabilities reach 0 or 1); the direction in which the
/// coefficients moved over the last steps is checked to separate the data, and
/// the error names the terms and the number of observations predicted
/// perfectly, instead of printing huge coefficients. Poisson models with
/// perfectly predicted zero counts are caught the same way.
public struct GeneralizedLinearModel: Sendable, Equatable {
    /// `n × k` design (column-major), with an intercept column if any.
    public var design: Matrix
    /// The outcome: 0/1 for logit and probit, non-negative whole numbers for Poisson.
    public var response: [Double]
    /// One name per design column.
    public var termNames: [String]
    /// Distribution and link.
    public var family: GLMFamily
    /// Whether the design has a constant column (decides the null model and `df_model`).
    public var hasIntercept: Bool
    /// Tolerance, iteration limit, information.
    public var options: GLMOptions

    /// A model; `fit` or `estimate` fits it.
    /// - Parameters:
    ///   - design: `n × k` model matrix.
    ///   - response: `n` outcomes.
    ///   - termNames: `k` column names.
    ///   - family: logit, probit or Poisson.
    ///   - hasIntercept: whether one column is the constant.
    ///   - options: convergence and information options.
    public init(
        design: Matrix, response: [Double], termNames: [String], family: GLMFamily,
        hasIntercept: Bool, options: GLMOptions = GLMOptions()
    ) {
        self.design = design
        self.response = response
        self.termNames = termNames
        self.family = family
        self.hasIntercept = hasIntercept
        self.options = options
    }

    /// Fits the model and returns the result under `covariance` at confidence `level`.
    public func fit(covariance: CovarianceEstimator = .classical, level: Double = 0.95) throws(GLMError) -> RegressionResult {
        try estimate().result(covariance: covariance, level: level)
    }

    /// Fits the model once (IRLS); ask the returned value for results under any covariance.
    public func estimate() throws(GLMError) -> FittedGLM {
        let n = design.rows
        if termNames.count != design.columns { throw .termNamesMismatch(names: termNames.count, columns: design.columns) }
        if response.count != n { throw .responseLength(expected: n, actual: response.count) }
        try validateResponse()
        for (i, v) in design.storage.enumerated() where !v.isFinite {
            throw .nonFinite(what: "design column '\(termNames[i / Swift.max(n, 1)])'", row: i % Swift.max(n, 1) + 1)
        }
        let y = response

        // Starting values as R's family$initialize.
        var eta = y.map { family.linkFunction(family.startingMean($0)) }
        var x = design
        var kept = Array(0..<design.columns)
        var dropped: [String] = []
        var beta: [Double] = []
        var previousDeviance = Double.infinity
        var history: [[Double]] = []
        var converged = false
        var iterations = 0
        var lastScale: [Double] = []

        while iterations < options.maximumIterations {
            iterations += 1
            let (z, w) = workingResponse(eta: eta)
            let step: LeastSquaresFit
            do {
                step = try LeastSquares.fit(x, z, weights: w, options: LeastSquaresOptions(computeLeverage: false))
            } catch {
                if iterations > 1, !history.isEmpty {
                    // Weights collapsing to zero on separated rows: diagnose below.
                    break
                }
                throw .leastSquares(error)
            }
            if iterations == 1, !step.aliasedColumns.isEmpty {
                // Aliased columns (R's glm: NA coefficients) are dropped once, on the first step.
                dropped = step.aliasedColumns.map { termNames[$0] }
                kept = step.keptColumns
                x = design.selectingColumns(kept)
            } else if !step.aliasedColumns.isEmpty {
                break  // rank lost during the iterations: a symptom of divergence
            }
            var newBeta = step.coefficients  // for the kept columns, in their order
            lastScale = (0..<newBeta.count).map { step.unscaledCovariance[$0, $0].squareRoot() }
            var newEta = x.times(newBeta)
            var dev = deviance(eta: newEta)
            if !beta.isEmpty {
                var halvings = 0
                while !(dev.isFinite && dev <= previousDeviance * (1 + 1e-12) + 1e-300), halvings < 30 {
                    newBeta = zip(newBeta, beta).map { ($0 + $1) / 2 }
                    newEta = x.times(newBeta)
                    dev = deviance(eta: newEta)
                    halvings += 1
                }
                if !dev.isFinite { break }
            }
            let change: Double
            if beta.isEmpty {
                change = .infinity
            } else {
                var m = 0.0
                for j in 0..<newBeta.count {
                    let scale = Swift.max(Swift.abs(newBeta[j]), lastScale[j])
                    let d = Swift.abs(newBeta[j] - beta[j])
                    m = Swift.max(m, scale > 0 ? d / scale : (d > 0 ? .infinity : 0))
                }
                change = m
            }
            beta = newBeta
            eta = newEta
            previousDeviance = dev
            history.append(beta)
            if history.count > 8 { history.removeFirst() }
            if change <= options.tolerance { converged = true; break }
        }

        let keptNames = kept.map { termNames[$0] }
        let boundary = boundaryCount(eta: eta)
        if !converged || boundary > 0 {
            if let separation = GLMSeparation.diagnose(family: family, history: history, x: x, y: y, names: keptNames) {
                throw separation
            }
            if !converged {
                throw .notConverged(iterations: iterations, terms: stillChanging(history, names: keptNames, scale: lastScale))
            }
            throw .fittedBoundary(observations: boundary)
        }

        let null = nullModel()
        return FittedGLM(
            model: self, x: x, keptColumns: kept, termNames: keptNames, droppedTerms: dropped,
            coefficients: beta, linearPredictor: eta, iterations: iterations, converged: converged,
            deviance: previousDeviance, nullDeviance: null.deviance,
            logLikelihood: y.indices.reduce(0) { $0 + family.logLikelihood(y[$1], eta: eta[$1], family.point(eta[$1])) },
            nullLogLikelihood: null.logLikelihood)
    }

    /// The outcome must suit the family; a constant outcome is refused.
    private func validateResponse() throws(GLMError) {
        for (i, v) in response.enumerated() {
            guard v.isFinite else { throw .nonFinite(what: "the outcome", row: i + 1) }
            switch family {
            case .logit, .probit:
                if v != 0 && v != 1 { throw .nonBinaryOutcome(family: family, value: v, row: i + 1) }
            case .poisson:
                if v < 0 || v != v.rounded() { throw .invalidCount(value: v, row: i + 1) }
            }
        }
        if let first = response.first, response.allSatisfy({ $0 == first }) {
            if family != .poisson || first == 0 { throw .constantOutcome(value: first) }
        }
        if response.count <= design.columns { throw .tooFewObservations(observations: response.count, parameters: design.columns) }
    }

    /// `zᵢ = ηᵢ + (yᵢ − μᵢ)/μ′ᵢ` and `wᵢ = μ′ᵢ²/Vᵢ`; a row whose weight underflows
    /// (a fitted probability at 0 or 1) gets weight 0 and `zᵢ = ηᵢ`.
    func workingResponse(eta: [Double]) -> (z: [Double], w: [Double]) {
        var z = [Double](repeating: 0, count: eta.count)
        var w = [Double](repeating: 0, count: eta.count)
        for i in eta.indices {
            let p = family.point(eta[i])
            let weight = p.derivative * p.derivative / p.variance
            if p.derivative > 0, p.variance > 0, weight.isFinite, weight > 0 {
                z[i] = eta[i] + family.residual(response[i], p) / p.derivative
                w[i] = weight
                if !z[i].isFinite { z[i] = eta[i]; w[i] = 0 }
            } else {
                z[i] = eta[i]
                w[i] = 0
            }
        }
        return (z, w)
    }

    /// `Σ dᵢ`, the deviance at `η`.
    func deviance(eta: [Double]) -> Double {
        var s = 0.0
        for i in eta.indices { s += family.unitDeviance(response[i], eta: eta[i], family.point(eta[i])) }
        return s
    }

    /// Rows whose fitted value is numerically at the boundary (R's `glm.fit` warning: within 10·ε of 0 or 1; Poisson μ < 10·ε).
    func boundaryCount(eta: [Double]) -> Int {
        let eps = 10 * Double.ulpOfOne
        var count = 0
        for e in eta {
            let p = family.point(e)
            switch family {
            case .logit, .probit: if p.mean < eps || p.complement < eps { count += 1 }
            case .poisson: if p.mean < eps { count += 1 }
            }
        }
        return count
    }

    /// The null model's deviance and log-likelihood: the intercept-only model
    /// (fitted mean `ȳ`) with an intercept, `η = 0` without (R's `null.deviance`).
    func nullModel() -> (deviance: Double, logLikelihood: Double) {
        let y = response
        let n = Double(y.count)
        if hasIntercept {
            let total = y.reduce(0, +)
            let mean = total / n
            switch family {
            case .logit, .probit:
                let ones = total, zeros = n - total
                let ll = ones * log(ones / n) + zeros * log(zeros / n)
                return (-2 * ll, ll)
            case .poisson:
                var ll = 0.0, dev = 0.0
                for v in y {
                    ll += v * log(mean) - mean - SpecialFunctions.logGamma(v + 1)
                    dev += 2 * ((v > 0 ? v * log(v / mean) : 0) - (v - mean))
                }
                return (dev, ll)
            }
        }
        let p = family.point(0)
        var ll = 0.0, dev = 0.0
        for v in y {
            ll += family.logLikelihood(v, eta: 0, p)
            dev += family.unitDeviance(v, eta: 0, p)
        }
        return (dev, ll)
    }

    /// Terms whose coefficient still moved most in the last step (for the non-convergence message).
    private func stillChanging(_ history: [[Double]], names: [String], scale: [Double]) -> [String] {
        guard history.count >= 2, let last = history.last else { return names }
        let before = history[history.count - 2]
        let changes = (0..<last.count).map { j -> Double in
            let s = Swift.max(Swift.abs(last[j]), j < scale.count ? scale[j] : 0)
            return s > 0 ? Swift.abs(last[j] - before[j]) / s : 0
        }
        let top = changes.max() ?? 0
        let idx = (0..<last.count).filter { changes[$0] > options.tolerance && changes[$0] >= top * 1e-3 }
        return idx.isEmpty ? names : idx.map { names[$0] }
    }
}
