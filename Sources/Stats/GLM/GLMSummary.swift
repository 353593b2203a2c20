/// What a GLM fit adds to the coefficient table (`egov regress --family`
/// JSON keys in brackets, DESIGN.md §6).
public struct GLMSummary: Sendable, Equatable, Codable {
    /// Logit, probit or Poisson [`family` is the distribution, `binomial` or `poisson`].
    public let family: GLMFamily
    /// Deviance `2(ℓ_saturated − ℓ)` [`deviance`].
    public let deviance: Double
    /// Deviance of the null model: intercept only, or `η = 0` without an intercept (R) [`null_deviance`].
    public let nullDeviance: Double
    /// Log-likelihood at the estimate; Poisson including `−Σ log yᵢ!` as R's `logLik` [`loglik`].
    public let logLikelihood: Double
    /// Log-likelihood of the null model.
    public let nullLogLikelihood: Double
    /// `−2ℓ + 2k` [`aic`].
    public let aic: Double
    /// `−2ℓ + log(n)·k`.
    public let bic: Double
    /// McFadden's pseudo R², `1 − ℓ/ℓ₀` (McFadden 1974) [`pseudo_r2`].
    public let pseudoRSquared: Double
    /// Likelihood-ratio statistic against the null model, `2(ℓ − ℓ₀)` (Stata's `LR chi2`); nil without an intercept.
    public let likelihoodRatio: Double?
    /// Degrees of freedom of `likelihoodRatio` (the slopes).
    public let likelihoodRatioDegreesOfFreedom: Int
    /// Whether the coefficients settled within the tolerance [`converged`].
    public let converged: Bool
    /// IRLS iterations used [`iterations`].
    public let iterations: Int
    /// The convergence tolerance (relative change in the coefficients).
    public let tolerance: Double
    /// Expected or observed information (classical covariance and sandwich bread).
    public let information: GLMInformation
}
