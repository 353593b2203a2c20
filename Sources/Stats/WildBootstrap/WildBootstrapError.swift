/// Why a wild cluster bootstrap could not be run. Each message says what is
/// wrong, where, and how to fix it.
public enum WildBootstrapError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Fitting the model or its cluster-robust covariance failed.
    case regression(RegressionError)
    /// No design column has this name.
    case coefficientNotFound(name: String, available: [String])
    /// The coefficient exists but was not estimated (collinear, or absorbed by
    /// the fixed effects); `reason` says which.
    case coefficientNotEstimated(name: String, reason: String)
    /// Fewer than 3 clusters with observations.
    case tooFewClusters(name: String, clusters: Int)
    /// A non-finite value in the data or the options.
    case nonFiniteInput(what: String, row: Int?)
    /// `B < 1`.
    case invalidReplications(Int)
    /// The replicates would need more memory than ``ResamplingMemory/limitBytes`` (the resampling error says how much).
    case tooMuchMemory(ResamplingError)
    /// The confidence level is not strictly between 0 and 1.
    case invalidLevel(Double)
    /// The cluster-robust standard error of the coefficient is zero, so no t statistic exists.
    case zeroStandardError(name: String)

    public var description: String {
        switch self {
        case let .regression(e):
            return e.description
        case let .coefficientNotFound(name, available):
            return "wild bootstrap: no coefficient named '\(name)'; the model has \(available.map { "'\($0)'" }.joined(separator: ", ")): use one of these names"
        case let .coefficientNotEstimated(name, reason):
            return "wild bootstrap: coefficient '\(name)' was not estimated (\(reason)): test another coefficient or change the model"
        case let .tooFewClusters(name, clusters):
            let extra = clusters == 2
                ? ": with 2 clusters the two cluster scores are equal and opposite, so every replicate gives one of at most two values of |t*| and the p-value can only be 1/2 or 1"
                : ""
            return "wild bootstrap: cluster variable '\(name)' has \(clusters) cluster(s) among the observations used; the wild cluster bootstrap needs at least 3\(extra) — cluster at a finer level or report another method"
        case let .nonFiniteInput(what, row):
            return "wild bootstrap: \(what)\(row.map { " in row \($0)" } ?? "") is not finite (NaN or infinite): drop or fix that observation (missing values must be removed before fitting)"
        case let .invalidReplications(b):
            return "wild bootstrap: \(b) replications requested: use at least 1 (boottest's default is 999; 9,999 is usual for publication)"
        case let .tooMuchMemory(e):
            return "wild bootstrap: " + e.description
        case let .invalidLevel(level):
            return "wild bootstrap: confidence level \(level) is not strictly between 0 and 1: use e.g. 0.95"
        case let .zeroStandardError(name):
            return "wild bootstrap: the cluster-robust standard error of '\(name)' is zero, so its t statistic is undefined: the regressor may be constant within every cluster and fitted exactly"
        }
    }
}
