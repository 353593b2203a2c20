/// Why a regression diagnostic was refused. Each message says what is wrong,
/// where, and how to fix it.
public enum DiagnosticsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The least-squares fit itself failed.
    case leastSquares(LeastSquaresError)
    /// An input has the wrong length (`what` names it).
    case dimensionMismatch(what: String, expected: Int, actual: Int)
    /// A `LeastSquaresFit` passed in does not belong to the design (`what` says which part differs).
    case fitMismatch(what: String)
    /// No residual degrees of freedom: `observations ≤ parameters` (rows with positive weight vs estimable coefficients).
    case noResidualDegreesOfFreedom(observations: Int, parameters: Int)
    /// The residuals are all exactly zero (a perfect fit): scaled residuals and
    /// variance tests are undefined.
    case zeroResidualVariance
    /// The diagnostic needs at least `needed` observations and got `actual`.
    case tooFewObservations(diagnostic: String, needed: Int, actual: Int)
    /// The diagnostic is defined only for a model with an intercept.
    case requiresIntercept(diagnostic: String)
    /// The diagnostic is undefined with aliased (dropped) columns.
    case aliasedColumns(diagnostic: String, columns: [Int])
    /// A term specification is invalid (`reason` says how).
    case invalidTerms(reason: String)
    /// A column index is outside the design or refers to an aliased column.
    case invalidColumn(index: Int, reason: String)
    /// A variable that must vary is constant (`what` names it).
    case constantVariable(what: String)
    /// The auxiliary (variance) regressors have a non-finite entry or the wrong shape.
    case invalidAuxiliaryRegressors(reason: String)

    public var description: String {
        switch self {
        case let .leastSquares(e):
            return "least-squares fit failed: \(e.description)"
        case let .dimensionMismatch(what, expected, actual):
            return "\(what) has \(actual) entries but the design matrix needs \(expected): pass one value per row (or per column for names)"
        case let .fitMismatch(what):
            return "the least-squares fit does not belong to this design (\(what)): pass the fit of exactly this X, y and weights, or let the diagnostics fit it"
        case let .noResidualDegreesOfFreedom(n, p):
            return "\(n) observation(s) with positive weight for \(p) estimable coefficient(s): regression diagnostics need more observations than coefficients; drop regressors or add data"
        case .zeroResidualVariance:
            return "every residual is exactly zero (perfect fit): scaled residuals, influence measures and variance tests are undefined; check for a regressor that reproduces the response"
        case let .tooFewObservations(diagnostic, needed, actual):
            return "\(diagnostic) needs at least \(needed) observation(s) with positive weight, got \(actual)"
        case let .requiresIntercept(diagnostic):
            return "\(diagnostic) is defined for models with an intercept: add a column of ones (or name it with intercept: .column(j))"
        case let .aliasedColumns(diagnostic, columns):
            return "\(diagnostic) is undefined with aliased column(s) \(columns.map(String.init).joined(separator: ", ")) (infinite inflation): drop them from the design first"
        case let .invalidTerms(reason):
            return "invalid term specification: \(reason)"
        case let .invalidColumn(index, reason):
            return "column \(index): \(reason)"
        case let .constantVariable(what):
            return "\(what) is constant (zero standard deviation): its standardized coefficient is undefined"
        case let .invalidAuxiliaryRegressors(reason):
            return "auxiliary regressors for the variance test: \(reason)"
        }
    }
}
