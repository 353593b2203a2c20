/// Errors of the correlation functions. Messages say what, where and how to fix.
public enum CorrelationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// x and y (or a covariate) have different lengths.
    case lengthMismatch(x: Int, y: Int)
    /// Too few complete pairs for the method.
    case tooFewObservations(needed: Int, got: Int)
    /// A variable does not vary: the correlation is 0/0.
    case zeroVariance(variable: String)
    /// NaN or infinity at a 0-based index of the named variable.
    case nonFiniteValue(variable: String, index: Int)
    /// The confidence level must be in (0, 1).
    case invalidLevel(Double)
    /// An exact p-value was required but cannot be computed.
    case exactUnavailable(reason: String)
    /// The method cannot be combined with the request (e.g. partial Kendall).
    case unsupported(String)
    /// Partialling out the covariates failed (e.g. they are collinear with the constant only).
    case covariates(String)

    public var description: String {
        switch self {
        case .lengthMismatch(let x, let y):
            return "x has \(x) values but y has \(y): pass one value of each per observation"
        case .tooFewObservations(let needed, let got):
            return "at least \(needed) complete pairs are needed, got \(got): widen the selection (--where) or check missing values"
        case .zeroVariance(let v):
            return "\(v) does not vary (zero variance), so its correlation is undefined: choose another variable or widen the selection"
        case .nonFiniteValue(let v, let i):
            return "\(v) has a NaN or infinite value at position \(i + 1): drop missing values first"
        case .invalidLevel(let l):
            return "confidence level \(l) is not strictly between 0 and 1: use e.g. 0.95"
        case .exactUnavailable(let reason):
            return "exact p-value unavailable: \(reason)"
        case .unsupported(let what):
            return what
        case .covariates(let what):
            return "partial correlation: \(what)"
        }
    }
}
