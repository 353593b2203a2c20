/// Why a Wald test, linear combination, slope or prediction could not be
/// computed. Each message says what is wrong, where, and how to fix it.
public enum InferenceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A name in the expression is not an estimated coefficient.
    case unknownTerm(name: String, expression: String, suggestions: [String], dropped: Bool)
    /// The expression cannot be read (the message says where).
    case malformed(expression: String, reason: String)
    /// A restriction or combination mentions no coefficient.
    case noCoefficient(expression: String)
    /// A restriction is a linear combination of the ones before it.
    case rankDeficient(restriction: String, index: Int)
    /// `R V Rᵀ` is not positive definite (e.g. more restrictions than clusters).
    case singularCovariance(hypothesis: String)
    /// The coefficients and the covariance have different sizes.
    case dimensionMismatch(coefficients: Int, covariance: Int)
    /// The confidence level is not strictly between 0 and 1.
    case invalidLevel(Double)

    public var description: String {
        switch self {
        case let .unknownTerm(name, expression, suggestions, dropped):
            if dropped {
                return "'\(name)' in '\(expression)' was dropped from the model as collinear and has no estimate; leave it out of the hypothesis"
            }
            var s = "'\(name)' in '\(expression)' is not a coefficient of the model"
            if !suggestions.isEmpty { s += "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?" }
            return s + " (coefficient names are as printed in the table, e.g. 'egdi:post_soviet', 'log(gdppc_ppp)')"
        case let .malformed(expression, reason):
            return "cannot read '\(expression)': \(reason); write e.g. \"egdi = 0; egdi:post_soviet = 0\" or \"egdi + egdi:post_soviet\" or \"2*a - b = 1\""
        case .noCoefficient(let expression):
            return "'\(expression)' names no coefficient; a restriction must involve at least one coefficient"
        case let .rankDeficient(restriction, index):
            return "restriction \(index) ('\(restriction)') is a linear combination of the restrictions before it (the set is rank deficient); remove it"
        case .singularCovariance(let h):
            return "the covariance of the restrictions in '\(h)' is singular (e.g. more restrictions than clusters); test fewer restrictions jointly"
        case let .dimensionMismatch(c, v):
            return "\(c) coefficients but a \(v)×\(v) covariance"
        case .invalidLevel(let l):
            return "confidence level \(l) is not strictly between 0 and 1"
        }
    }
}
