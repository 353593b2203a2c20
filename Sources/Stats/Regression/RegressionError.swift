/// Why a regression could not be fitted or a covariance not computed. Each
/// message says what is wrong and how to fix it.
public enum RegressionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The least-squares kernel refused the problem.
    case leastSquares(LeastSquaresError)
    /// `termNames` does not have one name per design column.
    case termNamesMismatch(names: Int, columns: Int)
    /// `hasIntercept` was set but no column of the design is identically 1.
    case interceptColumnMissing
    /// The fixed-effect specification is unusable (the message says why).
    case invalidFixedEffects(String)
    /// A cluster variable has the wrong length.
    case clusterLengthMismatch(name: String, codes: Int, observations: Int)
    /// Fewer than two clusters: cluster-robust covariance is undefined.
    case tooFewClusters(name: String, clusters: Int)
    /// The confidence level is not in (0, 1).
    case invalidLevel(Double)
    /// HC2–HC4 need the leverage of the full model, which the within
    /// transformation does not provide.
    case leverageCovarianceWithFixedEffects(CovarianceEstimator.Kind)
    /// HC2–HC4 asked of a fit estimated without leverages (`computeLeverage = false`).
    case leveragesNotComputed(CovarianceEstimator.Kind)
    /// An observation has leverage 1, so HC2–HC4 divide by zero. `row` is 0-based; the message shows it 1-based.
    case leverageOne(row: Int, estimator: CovarianceEstimator.Kind)
    /// No residual degrees of freedom left.
    case noResidualDegreesOfFreedom(observations: Int, parameters: Int)

    public var description: String {
        switch self {
        case let .leastSquares(e):
            return e.description
        case let .termNamesMismatch(names, columns):
            return "\(names) term name(s) for \(columns) design column(s): give exactly one name per column"
        case .interceptColumnMissing:
            return "the model is declared to have an intercept but no design column is identically 1: add a column of ones or set hasIntercept to false"
        case let .invalidFixedEffects(why):
            return "fixed effects: \(why)"
        case let .clusterLengthMismatch(name, codes, observations):
            return "cluster variable '\(name)' has \(codes) codes for \(observations) observations: give one code per row of the design"
        case let .tooFewClusters(name, clusters):
            return "cluster variable '\(name)' has \(clusters) cluster(s) among the observations used: cluster-robust standard errors need at least 2 (and are unreliable below about 30–50)"
        case let .invalidLevel(level):
            return "confidence level \(level) is not strictly between 0 and 1: use e.g. 0.95"
        case let .leverageCovarianceWithFixedEffects(kind):
            return "\(kind.rawValue.uppercased()) needs the leverage of the full dummy-variable model, which absorbing fixed effects does not give: use hc0, hc1 or a cluster-robust covariance, or put the fixed effects in the design as dummies"
        case let .leveragesNotComputed(kind):
            return "\(kind.rawValue.uppercased()) needs the leverages, and this fit was estimated with options.computeLeverage = false: estimate again with computeLeverage = true (the default), or use hc0, hc1 or a cluster-robust covariance"
        case let .leverageOne(row, estimator):
            return "observation \(row + 1) of the estimation sample has leverage 1 (it alone determines a coefficient), so \(estimator.rawValue.uppercased()) is undefined: drop that observation or use hc0/hc1"
        case let .noResidualDegreesOfFreedom(observations, parameters):
            return "\(observations) observation(s) for \(parameters) parameter(s): no residual degrees of freedom are left for standard errors; drop regressors or fixed effects"
        }
    }
}
