import Foundation

/// The generalized linear models `egov regress --family` fits by maximum
/// likelihood: a distribution for the outcome and a link `g(μ) = η = xᵀβ`.
///
/// | case | distribution | link | mean `μ(η)` | variance `V(μ)` |
/// |---|---|---|---|---|
/// | `logit` | Bernoulli (binomial, 0/1) | logit | `1/(1 + e^{−η})` | `μ(1 − μ)` |
/// | `probit` | Bernoulli (binomial, 0/1) | probit | `Φ(η)` | `μ(1 − μ)` |
/// | `poisson` | Poisson | log | `e^η` | `μ` |
///
/// McCullagh & Nelder, *Generalized Linear Models*, 2nd ed. (1989), ch. 2 and 4;
/// the names are R's `binomial(link = "logit")`, `binomial(link = "probit")`, `poisson()`.
public enum GLMFamily: String, Sendable, Hashable, Codable, CaseIterable {
    /// Logistic regression (R `glm(family = binomial)`, Stata `logit`).
    case logit
    /// Probit regression (R `glm(family = binomial(link = "probit"))`, Stata `probit`).
    case probit
    /// Poisson regression with the log link (R `glm(family = poisson)`, Stata `poisson`).
    case poisson

    /// The distribution's name as R prints it: `binomial` or `poisson`.
    public var distribution: String {
        switch self {
        case .logit, .probit: return "binomial"
        case .poisson: return "poisson"
        }
    }

    /// The link's name as R prints it: `logit`, `probit` or `log`.
    public var link: String {
        switch self {
        case .logit: return "logit"
        case .probit: return "probit"
        case .poisson: return "log"
        }
    }

    /// Whether the link is canonical (`μ′/V` constant): expected and observed information coincide.
    public var isCanonical: Bool { self != .probit }

    /// The mean and its derivatives at `η`, with `1 − μ` computed directly
    /// (never as `1 − μ`), so that both tails of the binomial keep their digits.
    struct Point {
        /// `μ(η)`.
        var mean: Double
        /// `1 − μ(η)` for the binomial families (unused for Poisson).
        var complement: Double
        /// `dμ/dη`.
        var derivative: Double
        /// `d²μ/dη²`.
        var secondDerivative: Double
        /// `V(μ)`.
        var variance: Double
        /// `dV/dμ`.
        var varianceDerivative: Double
    }

    /// `μ`, `1 − μ`, `μ′`, `μ″`, `V`, `V′` at `η`.
    func point(_ eta: Double) -> Point {
        switch self {
        case .logit:
            // μ = 1/(1 + e^{−η}), 1 − μ = 1/(1 + e^{η}); both without cancellation.
            let mu = 1 / (1 + exp(-eta))
            let c = 1 / (1 + exp(eta))
            let d = mu * c
            return Point(mean: mu, complement: c, derivative: d, secondDerivative: d * (c - mu),
                         variance: d, varianceDerivative: c - mu)
        case .probit:
            let mu = Normal.standard.cdf(eta)
            let c = Normal.standard.sf(eta)
            let d = Normal.standard.pdf(eta)
            return Point(mean: mu, complement: c, derivative: d, secondDerivative: -eta * d,
                         variance: mu * c, varianceDerivative: c - mu)
        case .poisson:
            let mu = exp(eta)
            return Point(mean: mu, complement: .nan, derivative: mu, secondDerivative: mu,
                         variance: mu, varianceDerivative: 1)
        }
    }

    /// `g(μ)`, used for the starting values.
    func linkFunction(_ mu: Double) -> Double {
        switch self {
        case .logit: return log(mu / (1 - mu))
        case .probit: return Normal.standard.quantile(mu)
        case .poisson: return log(mu)
        }
    }

    /// R's starting means (`family$initialize`): `(y + 0.5)/2` for 0/1 outcomes, `y + 0.1` for counts.
    func startingMean(_ y: Double) -> Double {
        switch self {
        case .logit, .probit: return (y + 0.5) / 2
        case .poisson: return y + 0.1
        }
    }

    /// `y − μ`, from the complement when `y = 1` (no cancellation in the upper tail).
    func residual(_ y: Double, _ p: Point) -> Double {
        switch self {
        case .logit, .probit: return y == 1 ? p.complement : -p.mean
        case .poisson: return y - p.mean
        }
    }

    /// The log-likelihood of one observation, `log f(y; μ)` (Poisson with `−log y!`).
    func logLikelihood(_ y: Double, eta: Double, _ p: Point) -> Double {
        switch self {
        case .logit:
            // log μ = −log(1 + e^{−η}), log(1 − μ) = −log(1 + e^{η}).
            return y == 1 ? -softplus(-eta) : -softplus(eta)
        case .probit:
            return y == 1 ? log(p.mean) : log(p.complement)
        case .poisson:
            return y * eta - p.mean - SpecialFunctions.logGamma(y + 1)
        }
    }

    /// The unit deviance `2[log f(y; y) − log f(y; μ)]` of one observation.
    func unitDeviance(_ y: Double, eta: Double, _ p: Point) -> Double {
        switch self {
        case .logit, .probit:
            return -2 * logLikelihood(y, eta: eta, p)
        case .poisson:
            // 2[y log(y/μ) − (y − μ)], with y log y = 0 at y = 0.
            return 2 * ((y > 0 ? y * (log(y) - eta) : 0) - (y - p.mean))
        }
    }
}

/// `log(1 + e^x)` without overflow or loss of digits.
func softplus(_ x: Double) -> Double {
    x > 0 ? x + log1p(exp(-x)) : log1p(exp(x))
}
