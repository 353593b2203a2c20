/// Why a least-squares fit was refused. Each message says what is wrong, where,
/// and how to fix it.
public enum LeastSquaresError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The design matrix has no columns.
    case noColumns
    /// An input has the wrong length (`what` names it).
    case dimensionMismatch(what: String, expected: Int, actual: Int)
    /// `X[row, column]` (0-based; messages show rows and columns 1-based) is NaN or infinite.
    case nonFiniteDesign(row: Int, column: Int, value: Double)
    /// `y[row]` is NaN or infinite.
    case nonFiniteResponse(row: Int, value: Double)
    /// `weights[row]` is negative, NaN or infinite.
    case invalidWeight(row: Int, value: Double)
    /// Every column is zero (or numerically zero): nothing can be estimated.
    case noEstimableColumns
    /// Fewer observations (with positive weight) than columns in the design.
    case insufficientObservations(observations: Int, parameters: Int)
    /// Rank deficiency with `onRankDeficiency: .throwError`: these 0-based columns
    /// are (numerically) linear combinations of earlier columns.
    case rankDeficient(aliasedColumns: [Int])

    public var description: String {
        switch self {
        case .noColumns:
            return "the design matrix has no columns: add at least one regressor (or the intercept)"
        case let .dimensionMismatch(what, expected, actual):
            return "\(what) has \(actual) entries but the design matrix needs \(expected): pass one value per row (or per column for the low parts)"
        case let .nonFiniteDesign(row, column, value):
            return "design matrix entry at row \(row + 1), column \(column + 1) is \(value): remove or impute non-finite values before fitting (listwise deletion)"
        case let .nonFiniteResponse(row, value):
            return "response at row \(row + 1) is \(value): remove or impute non-finite values before fitting (listwise deletion)"
        case let .invalidWeight(row, value):
            return "weight at row \(row + 1) is \(value): weights must be finite and non-negative"
        case .noEstimableColumns:
            return "every column of the design matrix is zero: nothing can be estimated"
        case let .insufficientObservations(observations, parameters):
            return "\(observations) observation(s) with positive weight for \(parameters) column(s) in the design: need at least as many observations as columns; drop regressors or add data"
        case let .rankDeficient(aliased):
            return "the design matrix is rank deficient: column(s) \(aliased.map(String.init).joined(separator: ", ")) are linear combinations of earlier columns; drop them or allow dropping"
        }
    }
}
