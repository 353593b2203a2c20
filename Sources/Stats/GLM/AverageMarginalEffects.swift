import Foundation

/// How a design column enters the average marginal effects.
public enum MarginalEffectColumn: Sendable, Hashable, Codable {
    /// The constant: no effect reported.
    case intercept
    /// A continuous regressor: the derivative `∂μ/∂xⱼ = μ′(η)βⱼ`, averaged.
    case continuous
    /// A 0/1 indicator: the discrete change `μ(η | xⱼ = 1) − μ(η | xⱼ = 0)`,
    /// averaged, with the `siblings` (the other levels of the same factor, by
    /// design-column index) set to 0 in both (Stata's `i.factor` contrast with
    /// the base level).
    case indicator(siblings: [Int])
}

/// One average marginal effect with its delta-method standard error [`average_marginal_effects`].
public struct AverageMarginalEffect: Sendable, Equatable, Codable {
    /// The design column (`egdi`, `log(gdppc_ppp)`, `regionEurope`).
    public let term: String
    /// For ordered models, the outcome level whose probability changes; nil for GLMs.
    public let outcome: String?
    /// `dydx` (derivative) or `discrete change` (0 → 1).
    public let kind: String
    /// The average effect on the mean (GLM) or on P(Y = outcome) (ordered model).
    public let estimate: Double
    /// Delta-method standard error, `√(g V gᵀ)` with `g` the gradient of the effect in the parameters and `V` the model's covariance.
    public let standardError: Double
    /// `estimate / standardError` (z).
    public let statistic: Double
    /// Two-sided normal p-value.
    public let pValue: Double
    /// Lower end of the normal confidence interval.
    public let confidenceLow: Double
    /// Upper end of the normal confidence interval.
    public let confidenceHigh: Double

    init(term: String, outcome: String?, kind: String, estimate: Double, standardError: Double, level: Double) {
        self.term = term
        self.outcome = outcome
        self.kind = kind
        self.estimate = estimate
        self.standardError = standardError
        let z = estimate / standardError
        statistic = z
        pValue = ReferenceDistributions.normalTwoSidedPValue(z)
        let q = ReferenceDistributions.normalUpperQuantile((1 - level) / 2)
        confidenceLow = estimate - q * standardError
        confidenceHigh = estimate + q * standardError
    }
}

extension FittedGLM {
    /// Average marginal effects of every design column on the mean `μ`, with
    /// delta-method standard errors from `result.covariance` (so they follow
    /// the covariance chosen: classical, robust or clustered), as Stata's
    /// `margins, dydx(*)` when every design column is a variable of its own
    /// (`log(x)`, `I(x^2)` and interaction columns are not traced back to `x`)
    /// and statsmodels' `get_margeff(at = "overall", dummy = True)`.
    ///
    /// Continuous column j: `AMEⱼ = βⱼ·(1/n)Σ μ′(ηᵢ)`, gradient
    /// `∂AMEⱼ/∂β = eⱼ·(1/n)Σ μ′(ηᵢ) + βⱼ·(1/n)Σ μ″(ηᵢ)xᵢ`.
    /// Indicator column j: `AMEⱼ = (1/n)Σ[μ(xᵢ⁽¹⁾ᵀβ) − μ(xᵢ⁽⁰⁾ᵀβ)]`, gradient
    /// `(1/n)Σ[μ′(ηᵢ⁽¹⁾)xᵢ⁽¹⁾ − μ′(ηᵢ⁽⁰⁾)xᵢ⁽⁰⁾]`.
    /// Variance `g V gᵀ` (Stata, *margins* manual, "Methods and formulas").
    ///
    /// - Parameters:
    ///   - result: a result of this fit (`result(covariance:level:)`), whose covariance and level are used.
    ///   - columns: one entry per column of the model's design (original indices).
    public func averageMarginalEffects(result: RegressionResult, columns: [MarginalEffectColumn]) -> [AverageMarginalEffect] {
        let n = observations
        let k = rank
        let f = model.family
        let v = result.covariance
        let nn = Double(n)
        var out: [AverageMarginalEffect] = []
        // Position of each original design column among the kept ones.
        var position: [Int: Int] = [:]
        for (p, j) in keptColumns.enumerated() { position[j] = p }
        for (p, j) in keptColumns.enumerated() {
            let kind = j < columns.count ? columns[j] : .continuous
            var g = [Double](repeating: 0, count: k)
            var estimate = 0.0
            let label: String
            switch kind {
            case .intercept:
                continue
            case .continuous:
                var meanDerivative = 0.0
                for i in 0..<n {
                    let pt = f.point(linearPredictor[i])
                    meanDerivative += pt.derivative
                    for l in 0..<k { g[l] += pt.secondDerivative * x[i, l] }
                }
                meanDerivative /= nn
                estimate = coefficients[p] * meanDerivative
                for l in 0..<k { g[l] *= coefficients[p] / nn }
                g[p] += meanDerivative
                label = "dydx"
            case .indicator(let siblings):
                let zeroed = ([p] + siblings.compactMap { position[$0] })
                for i in 0..<n {
                    var row = (0..<k).map { x[i, $0] }
                    for s in zeroed { row[s] = 0 }
                    var eta0 = 0.0
                    for l in 0..<k { eta0 += row[l] * coefficients[l] }
                    let eta1 = eta0 + coefficients[p]
                    let p0 = f.point(eta0), p1 = f.point(eta1)
                    estimate += p1.mean - p0.mean
                    for l in 0..<k { g[l] += (p1.derivative - p0.derivative) * row[l] }
                    g[p] += p1.derivative
                }
                estimate /= nn
                for l in 0..<k { g[l] /= nn }
                label = "discrete change"
            }
            var variance = 0.0
            for a in 0..<k { for b in 0..<k { variance += g[a] * v[a, b] * g[b] } }
            out.append(AverageMarginalEffect(
                term: termNames[p], outcome: nil, kind: label, estimate: estimate,
                standardError: Swift.max(variance, 0).squareRoot(), level: result.level))
        }
        return out
    }
}
