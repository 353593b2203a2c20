/// The reference distribution of post-estimation statistics (Wald tests,
/// linear combinations, slopes, predictions): the model's own.
///
/// A model whose coefficient tests are t(ν) (OLS/WLS with any covariance; with
/// clusters ν = G − 1) gives t(ν) statistics and F(q, ν) Wald tests, as R's
/// `car::linearHypothesis` (for `lm`), `predict.lm` and Stata's `test`, `lincom`
/// and `margins` after `regress` do. A model with asymptotic (z) inference
/// (GLMs, `--cluster-inference normal`) gives z statistics and χ²(q) tests, as
/// Stata after `logit` and R's `car::linearHypothesis(test = "Chisq")`. R's
/// `marginaleffects` uses z for every model by default; this library does not.
public enum InferenceReference: Sendable, Equatable, Hashable, Codable {
    /// Student t with `degreesOfFreedom`, Wald tests as F(q, `degreesOfFreedom`).
    case studentT(degreesOfFreedom: Int)
    /// Standard normal, Wald tests as χ²(q).
    case normal

    /// The reference of a regression result (`statisticKind` and `inferenceDegreesOfFreedom`).
    /// - Parameter result: a fitted model under one covariance.
    public init(_ result: RegressionResult) {
        if result.statisticKind == .t, let df = result.inferenceDegreesOfFreedom {
            self = .studentT(degreesOfFreedom: df)
        } else {
            self = .normal
        }
    }

    /// `"t"` or `"z"`.
    public var statisticName: String {
        switch self {
        case .studentT: return "t"
        case .normal: return "z"
        }
    }

    /// Two-sided p-value of a t or z statistic.
    func twoSidedPValue(_ statistic: Double) -> Double {
        switch self {
        case .studentT(let df): return ReferenceDistributions.studentTTwoSidedPValue(statistic, degreesOfFreedom: Double(df))
        case .normal: return ReferenceDistributions.normalTwoSidedPValue(statistic)
        }
    }

    /// The critical value `c` with `P(|T| > c) = 1 − level`.
    func criticalValue(level: Double) -> Double {
        let tail = (1 - level) / 2
        switch self {
        case .studentT(let df): return ReferenceDistributions.studentTUpperQuantile(tail, degreesOfFreedom: Double(df))
        case .normal: return ReferenceDistributions.normalUpperQuantile(tail)
        }
    }
}

/// An estimate with its standard error and what follows from them under a
/// reference distribution: the statistic `estimate / std_error` (for the null
/// value 0), its two-sided p-value and the `level` confidence interval
/// `estimate ± c·std_error`.
public struct EstimateInference: Sendable, Equatable, Hashable, Codable {
    /// The point estimate.
    public let estimate: Double
    /// Its standard error.
    public let standardError: Double
    /// `estimate / standardError` (t or z, see `reference`).
    public let statistic: Double
    /// Two-sided p-value of `statistic` under `reference`.
    public let pValue: Double
    /// `estimate − c·standardError`, `c` the (1 + level)/2 quantile of the reference.
    public let confidenceLow: Double
    /// `estimate + c·standardError`.
    public let confidenceHigh: Double
    /// The confidence level of the interval.
    public let level: Double
    /// The reference distribution.
    public let reference: InferenceReference

    /// Inference for `estimate` with standard error `standardError`.
    /// - Parameters:
    ///   - estimate: the point estimate.
    ///   - standardError: its standard error (NaN gives NaN statistics, never a trap).
    ///   - reference: t(ν) or normal.
    ///   - level: confidence level in (0, 1).
    public init(estimate: Double, standardError: Double, reference: InferenceReference, level: Double) {
        self.estimate = estimate
        self.standardError = standardError
        self.reference = reference
        self.level = level
        let stat = estimate / standardError
        self.statistic = stat
        self.pValue = reference.twoSidedPValue(stat)
        let c = reference.criticalValue(level: level)
        self.confidenceLow = estimate - c * standardError
        self.confidenceHigh = estimate + c * standardError
    }
}
