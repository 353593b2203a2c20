/// A confidence interval for a correlation.
public struct CorrelationInterval: Sendable, Equatable, Codable {
    /// Lower end of the interval.
    public var lower: Double
    /// Upper end of the interval.
    public var upper: Double
    /// Confidence level, e.g. 0.95.
    public var level: Double
    /// How the interval was computed (Fisher z with a standard error, or a bootstrap).
    public var method: CorrelationIntervalMethod

    /// An interval from its ends, level and method.
    public init(lower: Double, upper: Double, level: Double, method: CorrelationIntervalMethod) {
        self.lower = lower
        self.upper = upper
        self.level = level
        self.method = method
    }
}

/// The result of a test of association (as R's `cor.test`'s "htest").
public struct CorrelationTest: Sendable, Equatable, Codable {
    /// Pearson, Spearman or Kendall.
    public var method: CorrelationMethod
    /// Complete pairs used.
    public var n: Int
    /// r, ρ or τ-b (partial when `covariates > 0`).
    public var estimate: Double
    /// The test statistic, named by `statisticName`: "t" (Pearson; Spearman asymptotic),
    /// "S" (Spearman exact, R's S = (n³ − n)(1 − ρ)/6), "T" (Kendall exact: concordant
    /// pairs), "z" (Kendall asymptotic). ±∞ when |estimate| = 1 for t.
    public var statistic: Double
    /// "t", "S", "T" or "z", as R prints it.
    public var statisticName: String
    /// Degrees of freedom of a t statistic (n − 2 − k), nil otherwise.
    public var degreesOfFreedom: Double?
    /// The p-value for `alternative`.
    public var pValue: Double
    /// Exact (null distribution enumerated), Edgeworth series, asymptotic, or permutation: always stated in outputs.
    public var pValueMethod: PValueMethod
    /// The alternative hypothesis: two-sided, greater or less.
    public var alternative: CorrelationAlternative
    /// nil when n is too small for the interval.
    public var confidenceInterval: CorrelationInterval?
    /// The number of covariates partialled out (0 for a plain correlation).
    public var covariates: Int
    /// Whether a continuity correction was applied (Kendall asymptotic).
    public var continuityCorrection: Bool
    /// Whether either variable has ties (rank methods).
    public var hasTies: Bool

    /// A result from its parts (the `Correlation` functions build these).
    public init(
        method: CorrelationMethod, n: Int, estimate: Double, statistic: Double, statisticName: String,
        degreesOfFreedom: Double? = nil, pValue: Double, pValueMethod: PValueMethod,
        alternative: CorrelationAlternative, confidenceInterval: CorrelationInterval?,
        covariates: Int = 0, continuityCorrection: Bool = false, hasTies: Bool = false
    ) {
        self.method = method
        self.n = n
        self.estimate = estimate
        self.statistic = statistic
        self.statisticName = statisticName
        self.degreesOfFreedom = degreesOfFreedom
        self.pValue = pValue
        self.pValueMethod = pValueMethod
        self.alternative = alternative
        self.confidenceInterval = confidenceInterval
        self.covariates = covariates
        self.continuityCorrection = continuityCorrection
        self.hasTies = hasTies
    }

    /// The interval's level, nil without an interval (JSON `conf_level`).
    public var confLevel: Double? { confidenceInterval?.level }
    /// The interval's method, nil without an interval (JSON `conf_method`).
    public var confMethod: CorrelationIntervalMethod? { confidenceInterval?.method }
}
