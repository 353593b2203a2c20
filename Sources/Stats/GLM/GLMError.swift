/// Why a generalized linear or ordered model could not be fitted. Every
/// message says what is wrong, where, and how to fix it.
public enum GLMError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Separation: a combination of the terms predicts some outcomes perfectly, so
    /// the maximum-likelihood estimates do not exist (they diverge to ±∞).
    public enum SeparationKind: String, Sendable, Equatable, Codable {
        /// Every observation is predicted perfectly.
        case complete
        /// Some observations are predicted perfectly, the others are not.
        case quasiComplete = "quasi-complete"
        /// Poisson: zero counts predicted perfectly (μ → 0), Santos Silva & Tenreyro (2010).
        case zeroCounts = "zero counts"
    }

    /// A logit/probit outcome that is not 0/1 (`value` is the first other value, `row` 1-based among the used rows).
    case nonBinaryOutcome(family: GLMFamily, value: Double, row: Int)
    /// A Poisson outcome that is negative or not a whole number.
    case invalidCount(value: Double, row: Int)
    /// The outcome takes one value only.
    case constantOutcome(value: Double)
    /// Separation (the MLE does not exist); `terms` carry the diverging coefficients.
    case separation(kind: SeparationKind, terms: [String], observations: Int)
    /// Fitted probabilities numerically 0 or 1 (or Poisson means numerically 0) at the estimate.
    case fittedBoundary(observations: Int)
    /// The iterations stopped before the coefficients settled.
    case notConverged(iterations: Int, terms: [String])
    /// The weighted least-squares step failed.
    case leastSquares(LeastSquaresError)
    /// Design and names disagree.
    case termNamesMismatch(names: Int, columns: Int)
    /// The response has the wrong length.
    case responseLength(expected: Int, actual: Int)
    /// A value is not finite.
    case nonFinite(what: String, row: Int)
    /// The confidence level is not in (0, 1).
    case invalidLevel(Double)
    /// The covariance asked for is not defined for this model.
    case unsupportedCovariance(String)
    /// Cluster codes do not match the rows.
    case clusterLengthMismatch(name: String, codes: Int, observations: Int)
    /// Fewer than two clusters.
    case tooFewClusters(name: String, clusters: Int)
    /// Too few observations for the parameters.
    case tooFewObservations(observations: Int, parameters: Int)
    /// Ordered model: an outcome level that was listed but never occurs, or fewer than 2 levels.
    case invalidLevels(String)
    /// Ordered model: the information matrix is singular at the estimate.
    case singularInformation(terms: [String])

    public var description: String {
        switch self {
        case let .nonBinaryOutcome(family, value, row):
            return "\(family.rawValue) needs a 0/1 outcome, but observation \(row) is \(formatValue(value)); "
                + "make the outcome binary in the formula, e.g. I(fh_status == \"F\") ~ ... or I(x > 0.5) ~ ..., or use --family poisson for counts or --family ordered-logit for ordered categories"
        case let .invalidCount(value, row):
            return "poisson needs non-negative whole-number counts, but observation \(row) is \(formatValue(value)); transform or filter the outcome (e.g. --where \"y >= 0\")"
        case let .constantOutcome(value):
            return "the outcome is \(formatValue(value)) for every observation used: a constant outcome has no likelihood to maximise; check --where or the outcome definition"
        case let .separation(kind, terms, observations):
            let list = terms.map { "'\($0)'" }.joined(separator: ", ")
            switch kind {
            case .zeroCounts:
                return "the Poisson maximum-likelihood estimates do not exist: \(observations) zero count\(observations == 1 ? " is" : "s are") predicted perfectly (μ → 0) by a combination of \(list) whose coefficients diverge (Santos Silva & Tenreyro 2010); drop those observations or terms"
            default:
                return "\(kind.rawValue) separation: \(observations) observation\(observations == 1 ? " is" : "s are") predicted perfectly by a combination of \(list), so the maximum-likelihood estimates do not exist (the coefficients diverge to ±∞, and R's glm would print huge estimates with a warning); remove or merge the offending terms or categories, or use a penalised (Firth) estimator"
            }
        case let .fittedBoundary(observations):
            return "fitted values are numerically at the boundary (probabilities 0 or 1, or Poisson means 0) for \(observations) observation\(observations == 1 ? "" : "s"): the estimates are not reliable (probably separation); simplify the model"
        case let .notConverged(iterations, terms):
            return "the maximum-likelihood iterations did not converge in \(iterations) iterations (still changing: \(terms.map { "'\($0)'" }.joined(separator: ", "))); rescale the regressors, simplify the model, or raise --max-iterations"
        case .leastSquares(let e): return e.description
        case let .termNamesMismatch(names, columns): return "\(names) term names for \(columns) design columns"
        case let .responseLength(expected, actual): return "the response has \(actual) values for \(expected) design rows"
        case let .nonFinite(what, row): return "\(what) is not finite at observation \(row)"
        case .invalidLevel(let l): return "the confidence level \(l) is not strictly between 0 and 1"
        case .unsupportedCovariance(let why): return why
        case let .clusterLengthMismatch(name, codes, observations): return "cluster variable '\(name)' has \(codes) codes for \(observations) observations"
        case let .tooFewClusters(name, clusters): return "cluster variable '\(name)' has \(clusters) cluster\(clusters == 1 ? "" : "s") on the estimation rows: clustering needs at least 2"
        case let .tooFewObservations(observations, parameters): return "\(observations) observations for \(parameters) parameters: the model needs more observations than parameters"
        case .invalidLevels(let why): return why
        case .singularInformation(let terms): return "the information matrix is singular at the estimate (terms \(terms.map { "'\($0)'" }.joined(separator: ", "))): the parameters are not identified; remove collinear terms"
        }
    }
}

/// A number as a person would type it (`1`, `0.5`, `2.5e-08`).
func formatValue(_ x: Double) -> String {
    if x == x.rounded(), Swift.abs(x) < 1e15 { return String(Int64(x)) }
    return "\(x)"
}
