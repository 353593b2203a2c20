import Foundation

/// The link of an ordered model: the distribution `F` of the latent error.
public enum OrderedLink: String, Sendable, Hashable, Codable, CaseIterable {
    /// Logistic `F` (proportional odds; R `MASS::polr(method = "logistic")`, Stata `ologit`).
    case logit
    /// Standard normal `F` (R `polr(method = "probit")`, Stata `oprobit`).
    case probit

    /// `F(x)` and `1 − F(x)`, each without cancellation.
    func cdfPair(_ x: Double) -> (lower: Double, upper: Double) {
        if x == .infinity { return (1, 0) }
        if x == -.infinity { return (0, 1) }
        switch self {
        case .logit: return (1 / (1 + exp(-x)), 1 / (1 + exp(x)))
        case .probit: return (Normal.standard.cdf(x), Normal.standard.sf(x))
        }
    }

    /// The density `f(x)` (0 at ±∞).
    func density(_ x: Double) -> Double {
        if !x.isFinite { return 0 }
        switch self {
        case .logit: let (a, b) = cdfPair(x); return a * b
        case .probit: return Normal.standard.pdf(x)
        }
    }

    /// `f′(x)` (0 at ±∞).
    func densityDerivative(_ x: Double) -> Double {
        if !x.isFinite { return 0 }
        switch self {
        case .logit: let (a, b) = cdfPair(x); return a * b * (b - a)
        case .probit: return -x * Normal.standard.pdf(x)
        }
    }

    /// `F⁻¹(p)`.
    func quantile(_ p: Double) -> Double {
        switch self {
        case .logit: return log(p / (1 - p))
        case .probit: return Normal.standard.quantile(p)
        }
    }

    /// `F(u) − F(l)` for `l < u`, from the tail where both values are small.
    func probability(upper u: Double, lower l: Double) -> Double {
        if l > 0 { return cdfPair(l).upper - cdfPair(u).upper }
        return cdfPair(u).lower - cdfPair(l).lower
    }
}

/// An ordered logit or probit model in the convention of R's `MASS::polr`
/// (Venables & Ripley, *Modern Applied Statistics with S*, 4th ed., §7.3):
///
///     P(Y ≤ j | x) = F(ζⱼ − xᵀβ),   j = 1, …, J − 1,
///
/// with cut points `ζ₁ < … < ζ_{J−1}` and no intercept in `x` (it is not
/// identified next to the cut points). Stata's `ologit`/`oprobit` report the
/// same `β` and cut points (`/cut1`, `/cut2`).
///
/// **Estimation.** Newton's method on the exact log-likelihood
/// `ℓ(β, ζ) = Σᵢ log[F(ζ_{yᵢ} − ηᵢ) − F(ζ_{yᵢ−1} − ηᵢ)]` with its analytic
/// gradient and Hessian, from `β = 0` and the cut points of the marginal
/// proportions; a step that lowers `ℓ` or disorders the cut points is halved.
/// The log-likelihood is concave in `(β, ζ)` for the logistic and normal `F`
/// (Pratt 1981, JASA 76), so Newton converges to the maximum. It stops when
/// the Newton decrement `gᵀ(−H)⁻¹g` falls below `tolerance²` (every
/// parameter is then within about `tolerance` standard errors of the maximum;
/// the last step is applied as well). `polr` stops earlier (BFGS with
/// `reltol ≈ 1.5e-8`), so it agrees with this fit to about 5–7 digits.
///
/// **Covariance.** The inverse of the observed information `−H(β̂, ζ̂)` in the
/// `(β, ζ)` parametrisation, as `vcov(polr)`.
public struct OrderedModel: Sendable, Equatable {
    /// `n × p` design without an intercept.
    public var design: Matrix
    /// Outcome codes `0..<levels.count`, in the order of `levels`.
    public var outcome: [Int]
    /// The outcome levels, lowest first (they name the cut points `"NF|PF"`).
    public var levels: [String]
    /// One name per design column.
    public var termNames: [String]
    /// Logistic or normal errors.
    public var link: OrderedLink
    /// Convergence tolerance (Newton decrement, see above); default 1e-10.
    public var tolerance: Double
    /// Most Newton iterations (default 100).
    public var maximumIterations: Int

    /// A model; `estimate()` fits it.
    /// - Parameters:
    ///   - design: `n × p` regressors, no constant column.
    ///   - outcome: `n` codes in `0..<levels.count`.
    ///   - levels: level names, lowest first.
    ///   - termNames: `p` column names.
    ///   - link: logit or probit.
    ///   - tolerance: convergence tolerance on the Newton decrement.
    ///   - maximumIterations: iteration limit.
    public init(
        design: Matrix, outcome: [Int], levels: [String], termNames: [String], link: OrderedLink,
        tolerance: Double = 1e-10, maximumIterations: Int = 100
    ) {
        self.design = design
        self.outcome = outcome
        self.levels = levels
        self.termNames = termNames
        self.link = link
        self.tolerance = tolerance
        self.maximumIterations = maximumIterations
    }

    /// Cut point names, `"NF|PF"`, `"PF|F"` (polr's).
    public var cutpointNames: [String] { (0..<Swift.max(levels.count - 1, 0)).map { "\(levels[$0])|\(levels[$0 + 1])" } }

    /// Fits the model by Newton's method.
    public func estimate() throws(GLMError) -> FittedOrderedModel {
        let n = design.rows
        let p = design.columns
        let j = levels.count
        if termNames.count != p { throw .termNamesMismatch(names: termNames.count, columns: p) }
        if outcome.count != n { throw .responseLength(expected: n, actual: outcome.count) }
        guard j >= 2 else { throw .invalidLevels("an ordered model needs an outcome with at least 2 levels; got \(j)") }
        var counts = [Int](repeating: 0, count: j)
        for (i, c) in outcome.enumerated() {
            guard c >= 0 && c < j else { throw .invalidLevels("outcome code \(c) at observation \(i + 1) is not one of the \(j) levels") }
            counts[c] += 1
        }
        if let empty = counts.firstIndex(of: 0) {
            let present = (0..<j).filter { counts[$0] > 0 }
            if present.count == 1 { throw .constantOutcome(value: Double(present[0])) }
            throw .invalidLevels("the outcome level '\(levels[empty])' does not occur in the rows used, so its cut point is not identified; remove it from --levels (or merge it with a neighbour)")
        }
        for (i, v) in design.storage.enumerated() where !v.isFinite {
            throw .nonFinite(what: "design column '\(termNames[i / Swift.max(n, 1)])'", row: i % Swift.max(n, 1) + 1)
        }
        let q = p + j - 1
        if n <= q { throw .tooFewObservations(observations: n, parameters: q) }

        // Start: β = 0, ζ from the cumulative proportions.
        var theta = [Double](repeating: 0, count: q)
        var cumulative = 0
        for c in 0..<(j - 1) {
            cumulative += counts[c]
            theta[p + c] = link.quantile(Double(cumulative) / Double(n))
        }
        var state = evaluate(theta)
        var iterations = 0
        var converged = false
        while iterations < maximumIterations {
            iterations += 1
            guard let chol = CholeskySolve(state.negativeHessian) else {
                throw .singularInformation(terms: termNames + cutpointNames)
            }
            let step = chol.solve(state.gradient)
            let decrement = zip(step, state.gradient).reduce(0) { $0 + $1.0 * $1.1 }
            var t = 1.0
            var candidate = theta
            var next = state
            var accepted = false
            for _ in 0..<40 {
                candidate = (0..<q).map { theta[$0] + t * step[$0] }
                if cutpointsIncrease(candidate, p: p) {
                    next = evaluate(candidate)
                    if next.logLikelihood.isFinite && next.logLikelihood >= state.logLikelihood - 1e-12 * Swift.abs(state.logLikelihood) {
                        accepted = true
                        break
                    }
                }
                t /= 2
            }
            guard accepted else { break }
            theta = candidate
            state = next
            if decrement <= tolerance * tolerance { converged = true; break }
        }
        if !converged {
            throw .notConverged(iterations: iterations, terms: termNames + cutpointNames)
        }
        guard let chol = CholeskySolve(state.negativeHessian) else {
            throw .singularInformation(terms: termNames + cutpointNames)
        }
        let nullLL = (0..<j).reduce(0.0) { $0 + Double(counts[$1]) * log(Double(counts[$1]) / Double(n)) }
        return FittedOrderedModel(
            model: self, parameters: theta, covariance: chol.inverse(), logLikelihood: state.logLikelihood,
            nullLogLikelihood: nullLL, iterations: iterations, converged: converged,
            gradientNorm: state.gradient.reduce(0) { Swift.max($0, Swift.abs($1)) })
    }

    private func cutpointsIncrease(_ theta: [Double], p: Int) -> Bool {
        for c in (p + 1)..<Swift.max(p + 1, theta.count) where !(theta[c] > theta[c - 1]) { return false }
        return theta.allSatisfy(\.isFinite)
    }

    /// `ℓ`, its gradient and `−H` at `θ = (β, ζ)`.
    func evaluate(_ theta: [Double]) -> (logLikelihood: Double, gradient: [Double], negativeHessian: Matrix) {
        let n = design.rows
        let p = design.columns
        let q = theta.count
        let top = levels.count - 1
        var ll = 0.0
        var g = [Double](repeating: 0, count: q)
        var h = Matrix(rows: q, columns: q)
        var a = [Double](repeating: 0, count: q)
        var b = [Double](repeating: 0, count: q)
        for i in 0..<n {
            var eta = 0.0
            for m in 0..<p { eta += design[i, m] * theta[m] }
            let c = outcome[i]
            let u = c < top ? theta[p + c] - eta : .infinity
            let l = c > 0 ? theta[p + c - 1] - eta : -.infinity
            let prob = link.probability(upper: u, lower: l)
            ll += log(prob)
            let fu = link.density(u), fl = link.density(l)
            let du = link.densityDerivative(u), dl = link.densityDerivative(l)
            // a = ∂u/∂θ, b = ∂l/∂θ.
            for m in 0..<q { a[m] = 0; b[m] = 0 }
            for m in 0..<p { a[m] = -design[i, m]; b[m] = -design[i, m] }
            if c < top { a[p + c] = 1 }
            if c > 0 { b[p + c - 1] = 1 }
            let gu = fu / prob, gl = -fl / prob
            for m in 0..<q { g[m] += gu * a[m] + gl * b[m] }
            let huu = du / prob - gu * gu
            let hll = -dl / prob - gl * gl
            let hul = -gu * gl
            for r in 0..<q {
                for s in r..<q {
                    let v = huu * a[r] * a[s] + hll * b[r] * b[s] + hul * (a[r] * b[s] + b[r] * a[s])
                    h[r, s] -= v
                }
            }
        }
        for r in 0..<q { for s in 0..<r { h[r, s] = h[s, r] } }
        return (ll, g, h)
    }
}

/// What an ordered model adds to the coefficient table.
public struct OrderedModelSummary: Sendable, Equatable, Codable {
    /// Logit or probit.
    public let link: OrderedLink
    /// Outcome levels, lowest first.
    public let levels: [String]
    /// Observations per level.
    public let levelCounts: [Int]
    /// Log-likelihood at the estimate.
    public let logLikelihood: Double
    /// Log-likelihood of the thresholds-only model (the marginal proportions).
    public let nullLogLikelihood: Double
    /// `−2ℓ` (polr's "Residual Deviance").
    public let deviance: Double
    /// `−2ℓ + 2(p + J − 1)`.
    public let aic: Double
    /// McFadden's `1 − ℓ/ℓ₀`.
    public let pseudoRSquared: Double
    /// Newton iterations.
    public let iterations: Int
    /// Whether the Newton decrement fell below the tolerance².
    public let converged: Bool
    /// `max |∂ℓ/∂θ|` at the estimate.
    public let gradientNorm: Double
}

/// A fitted ordered model: `β̂`, `ζ̂` and their covariance.
public struct FittedOrderedModel: Sendable, Equatable {
    /// The specification.
    public let model: OrderedModel
    /// `(β̂, ζ̂)`.
    public let parameters: [Double]
    /// `(−H)⁻¹` in the `(β, ζ)` parametrisation.
    public let covariance: Matrix
    /// `ℓ(β̂, ζ̂)`.
    public let logLikelihood: Double
    /// `ℓ` of the model with cut points only.
    public let nullLogLikelihood: Double
    /// Newton iterations.
    public let iterations: Int
    /// Whether it converged.
    public let converged: Bool
    /// `max |gradient|` at the estimate.
    public let gradientNorm: Double

    /// `β̂`.
    public var coefficients: [Double] { Array(parameters[0..<model.design.columns]) }
    /// `ζ̂`.
    public var cutpoints: [Double] { Array(parameters[model.design.columns...]) }

    /// The likelihood statistics.
    public var summary: OrderedModelSummary {
        var counts = [Int](repeating: 0, count: model.levels.count)
        for c in model.outcome { counts[c] += 1 }
        return OrderedModelSummary(
            link: model.link, levels: model.levels, levelCounts: counts, logLikelihood: logLikelihood,
            nullLogLikelihood: nullLogLikelihood, deviance: -2 * logLikelihood,
            aic: -2 * logLikelihood + 2 * Double(parameters.count),
            pseudoRSquared: 1 - logLikelihood / nullLogLikelihood, iterations: iterations,
            converged: converged, gradientNorm: gradientNorm)
    }

    /// The coefficient table: `β` then the cut points (named `"NF|PF"`), as
    /// `vcov(polr)` orders them, with z statistics; the covariance is the full
    /// `(β, ζ)` matrix. The z statistic of a cut point tests `ζ = 0`, which is
    /// rarely of interest (polr prints it too).
    public func result(level: Double = 0.95) throws(GLMError) -> RegressionResult {
        guard level > 0 && level < 1 else { throw .invalidLevel(level) }
        let names = model.termNames + model.cutpointNames
        let crit = ReferenceDistributions.normalUpperQuantile((1 - level) / 2)
        var coefs: [RegressionResult.Coefficient] = []
        for (m, name) in names.enumerated() {
            let est = parameters[m]
            let se = covariance[m, m].squareRoot()
            let z = est / se
            coefs.append(.init(term: name, estimate: est, standardError: se, statistic: z,
                               pValue: ReferenceDistributions.normalTwoSidedPValue(z),
                               confidenceLow: est - crit * se, confidenceHigh: est + crit * se))
        }
        let p = model.design.columns
        var fTest: RegressionResult.FTest? = nil
        if p > 0 {
            var sub = Matrix(rows: p, columns: p)
            for a in 0..<p { for c in 0..<p { sub[a, c] = covariance[a, c] } }
            if let w = WaldStatistic.quadraticForm(sub, coefficients) {
                fTest = .init(kind: .waldChiSquared, statistic: w / Double(p), numeratorDegreesOfFreedom: p,
                              denominatorDegreesOfFreedom: nil,
                              pValue: ReferenceDistributions.chiSquaredUpperTail(w, degreesOfFreedom: Double(p)))
            }
        }
        let s = summary
        let n = model.design.rows
        let k = parameters.count
        let notes = [
            "ordered \(model.link.rawValue) in R's MASS::polr convention P(Y ≤ j) = F(ζⱼ − xβ): no intercept (it is not identified next to the cut points), cut points \(model.cutpointNames.joined(separator: ", ")); Stata's \(model.link == .logit ? "ologit" : "oprobit") reports the same β and cut points",
            "maximum likelihood by Newton's method on the exact log-likelihood: \(iterations) iterations, Newton decrement below \(formatTolerance(model.tolerance))², max |gradient| \(String(format: "%.1e", gradientNorm)) (polr's BFGS stops earlier and agrees to about 5–7 digits)",
            "covariance: inverse observed information in the (β, ζ) parametrisation (as vcov(polr)); z statistics",
        ]
        return RegressionResult(
            coefficients: coefs, droppedTerms: [], covariance: covariance, covarianceLabel: "classical",
            clusters: [], smallSampleFactor: 1, smallSampleParameters: nil, statisticKind: .z,
            inferenceDegreesOfFreedom: nil, level: level, observations: n, observationsDropped: 0,
            residualDegreesOfFreedom: n - k, modelDegreesOfFreedom: p, sigma: .nan, rSquared: .nan,
            adjustedRSquared: .nan, rSquaredKind: .centered, withinRSquared: nil, fTest: fTest,
            logLikelihood: logLikelihood, aic: s.aic, bic: -2 * logLikelihood + log(Double(n)) * Double(k),
            conditionNumber: .nan, fixedEffects: nil, notes: notes)
    }

    /// Average marginal effects on each outcome probability `P(Y = j)`, with
    /// delta-method standard errors from `covariance`: for a continuous column
    /// `∂P(Y = j)/∂xₘ = −βₘ[f(ζⱼ − η) − f(ζⱼ₋₁ − η)]` averaged over the rows;
    /// for an indicator the discrete change 0 → 1 (siblings of a factor at 0), as
    /// Stata's `margins, dydx(*) predict(outcome(j))` after `ologit`.
    public func averageMarginalEffects(columns: [MarginalEffectColumn], level: Double = 0.95) -> [AverageMarginalEffect] {
        let x = model.design
        let n = x.rows, p = x.columns, q = parameters.count
        let top = model.levels.count - 1
        let link = model.link
        let nn = Double(n)
        var out: [AverageMarginalEffect] = []
        // P(Y = j | η) and its gradient in θ, for a row given as a vector.
        func probability(_ row: [Double], _ j: Int) -> (value: Double, gradient: [Double]) {
            var eta = 0.0
            for m in 0..<p { eta += row[m] * parameters[m] }
            let u = j < top ? parameters[p + j] - eta : .infinity
            let l = j > 0 ? parameters[p + j - 1] - eta : -.infinity
            let fu = link.density(u), fl = link.density(l)
            var g = [Double](repeating: 0, count: q)
            for m in 0..<p { g[m] = -row[m] * (fu - fl) }
            if j < top { g[p + j] += fu }
            if j > 0 { g[p + j - 1] -= fl }
            return (link.probability(upper: u, lower: l), g)
        }
        for m in 0..<p {
            let kind = m < columns.count ? columns[m] : .continuous
            if case .intercept = kind { continue }
            for j in 0...top {
                var estimate = 0.0
                var g = [Double](repeating: 0, count: q)
                let label: String
                switch kind {
                case .intercept: continue
                case .continuous:
                    var meanSlope = 0.0  // mean of f(u) − f(l)
                    for i in 0..<n {
                        var eta = 0.0
                        for r in 0..<p { eta += x[i, r] * parameters[r] }
                        let u = j < top ? parameters[p + j] - eta : .infinity
                        let l = j > 0 ? parameters[p + j - 1] - eta : -.infinity
                        let d = link.density(u) - link.density(l)
                        meanSlope += d
                        let du = link.densityDerivative(u), dl = link.densityDerivative(l)
                        // ∂/∂β_r of −β_m(f(u) − f(l)) = −δ_rm·d + β_m(f′(u) − f′(l))x_r
                        for r in 0..<p { g[r] += parameters[m] * (du - dl) * x[i, r] }
                        if j < top { g[p + j] += -parameters[m] * du }
                        if j > 0 { g[p + j - 1] += parameters[m] * dl }
                    }
                    meanSlope /= nn
                    estimate = -parameters[m] * meanSlope
                    for r in 0..<q { g[r] /= nn }
                    g[m] -= meanSlope
                    label = "dydx"
                case .indicator(let siblings):
                    for i in 0..<n {
                        var row = (0..<p).map { x[i, $0] }
                        for s in [m] + siblings where s < p { row[s] = 0 }
                        var row1 = row
                        row1[m] = 1
                        let p0 = probability(row, j), p1 = probability(row1, j)
                        estimate += p1.value - p0.value
                        for r in 0..<q { g[r] += p1.gradient[r] - p0.gradient[r] }
                    }
                    estimate /= nn
                    for r in 0..<q { g[r] /= nn }
                    label = "discrete change"
                }
                var variance = 0.0
                for a in 0..<q { for b in 0..<q { variance += g[a] * covariance[a, b] * g[b] } }
                out.append(AverageMarginalEffect(
                    term: model.termNames[m], outcome: model.levels[j], kind: label, estimate: estimate,
                    standardError: Swift.max(variance, 0).squareRoot(), level: level))
            }
        }
        return out
    }
}
