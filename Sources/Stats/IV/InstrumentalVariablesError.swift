/// Why an instrumental-variables model cannot be estimated: what, where and
/// how to fix it.
public enum InstrumentalVariablesError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Fewer usable excluded instruments than endogenous regressors (order condition).
    case underidentified(endogenous: [String], instruments: [String])
    /// An excluded instrument is a linear combination of the exogenous regressors,
    /// the fixed effects or the other instruments.
    case collinearInstruments([String])
    /// An exogenous regressor is a linear combination of earlier ones.
    case collinearExogenous([String])
    /// The projected regressors are collinear (rank condition fails).
    case notIdentified(String)
    /// An endogenous regressor is constant within the fixed effects.
    case endogenousCollinearWithFixedEffects(String)
    /// Shapes or names do not fit together.
    case invalidInput(String)
    /// HC2–HC4 need IV leverages, which are not implemented.
    case unsupportedCovariance(CovarianceEstimator.Kind)
    /// An error of the least-squares kernel or of the covariance.
    case regression(RegressionError)

    public var description: String {
        switch self {
        case let .underidentified(endogenous, instruments):
            return "the instruments do not identify the model: \(endogenous.count) endogenous regressor\(endogenous.count == 1 ? "" : "s") (\(endogenous.joined(separator: ", "))) need at least as many excluded instruments, and \(instruments.isEmpty ? "none is usable" : "only \(instruments.count) \(instruments.count == 1 ? "is" : "are") usable (\(instruments.joined(separator: ", ")))"): add instruments after the second '~'"
        case let .collinearInstruments(names):
            return "the instrument\(names.count == 1 ? "" : "s") \(names.map { "'\($0)'" }.joined(separator: ", ")) \(names.count == 1 ? "is a linear combination" : "are linear combinations") of the exogenous regressors, the fixed effects or the other instruments, so the instrument set does not identify the model: drop \(names.count == 1 ? "it" : "them") or use other instruments"
        case let .collinearExogenous(names):
            return "the exogenous regressor\(names.count == 1 ? "" : "s") \(names.map { "'\($0)'" }.joined(separator: ", ")) \(names.count == 1 ? "is a linear combination" : "are linear combinations") of earlier regressors: remove \(names.count == 1 ? "it" : "them") from the formula"
        case let .notIdentified(why):
            return "the instruments do not identify the model: \(why)"
        case let .endogenousCollinearWithFixedEffects(name):
            return "the endogenous regressor '\(name)' is constant within the fixed effects, so its coefficient is not identified: remove it or the fixed effect that spans it"
        case let .invalidInput(why):
            return "invalid instrumental-variables input: \(why)"
        case let .unsupportedCovariance(kind):
            return "\(kind.rawValue.uppercased()) is not available for instrumental-variables models (it needs IV leverages): use classical, hc0, hc1 or a cluster-robust covariance"
        case let .regression(e):
            return e.description
        }
    }
}
