// A saved fit: the `egov regress --format json` object read back (DESIGN.md §6), the
// input of `egov table`, `egov plot coefficients` and later post-estimation, as Stata's
// `estimates store` / `estimates use`.

import Foundation

/// A fitted model as saved by `egov regress --format json --out FILE`: the coefficients,
/// the covariance matrix they came from (`vcov_terms`, `vcov_matrix`, full precision), fit
/// statistics, the fixed effects and clusters, and where the data came from.
///
/// Decoding is tolerant so that fits of every estimator load: `estimator` ("ols", "fe",
/// "re", "2sls", "quantile", ...) and `family` ("logit", "poisson", ...) are open strings;
/// unknown keys (`tests`, `lincom`, `slopes`, `cutpoints`, `theta`, ...) are ignored; every
/// statistic a model may lack (R², σ, AIC, a coefficient's p-value) is optional. What is
/// required is the format version (``formatVersion``), the formula, N and the coefficients.
public struct SavedFit: Sendable, Equatable {
    /// The saved-fit format this build writes (the `format_version` key).
    public static let currentFormatVersion = 1
    /// The oldest saved-fit format this build reads.
    public static let oldestReadableFormatVersion = 1

    /// One coefficient. Only `term` and `estimate` are required; the rest is `nil` when the
    /// estimator does not give it (or non-finite, written `null`).
    public struct Coefficient: Sendable, Equatable, Hashable {
        public var term: String
        public var estimate: Double
        public var standardError: Double?
        public var statistic: Double?
        public var pValue: Double?
        public var confidenceLow: Double?
        public var confidenceHigh: Double?

        /// A coefficient.
        public init(term: String, estimate: Double, standardError: Double? = nil, statistic: Double? = nil,
                    pValue: Double? = nil, confidenceLow: Double? = nil, confidenceHigh: Double? = nil) {
            self.term = term; self.estimate = estimate; self.standardError = standardError; self.statistic = statistic
            self.pValue = pValue; self.confidenceLow = confidenceLow; self.confidenceHigh = confidenceHigh
        }
    }

    /// An absorbed fixed effect and its number of levels (`fixed_effects: [{name, levels}]`).
    public struct FixedEffect: Sendable, Equatable, Hashable {
        public var name: String
        public var levels: Int?
        public init(name: String, levels: Int? = nil) { self.name = name; self.levels = levels }
    }

    /// A cluster dimension and its number of groups (`clusters: [{name, groups}]`).
    public struct Cluster: Sendable, Equatable, Hashable {
        public var name: String
        public var groups: Int?
        public init(name: String, groups: Int? = nil) { self.name = name; self.groups = groups }
    }

    /// `format_version`.
    public var formatVersion: Int
    /// The formula in canonical form.
    public var formula: String
    /// The response as written in the formula (`wgi_cc`, `log(cpi)`); `nil` in fits written before the key existed.
    public var dependent: String?
    /// "ols", "fe" (absorbed fixed effects) or another branch's estimator name.
    public var estimator: String
    /// The GLM family ("logit", "poisson", ...), `nil` for linear models.
    public var family: String?
    /// Observations used.
    public var observations: Int
    /// Rows considered but not used.
    public var observationsDropped: Int?
    /// Residual degrees of freedom.
    public var residualDegreesOfFreedom: Int?
    /// The covariance's short label: "classical", "HC1", "CR1", ...
    public var covarianceLabel: String
    public var rSquared: Double?
    public var adjustedRSquared: Double?
    public var withinRSquared: Double?
    /// McFadden's pseudo R² (GLMs).
    public var pseudoRSquared: Double?
    public var sigma: Double?
    public var logLikelihood: Double?
    public var aic: Double?
    public var bic: Double?
    public var coefficients: [Coefficient]
    /// Confidence level of `conf_low/high` (0.95 when absent).
    public var level: Double
    /// Reference distribution of the statistics: "t" or "z" (`statistic.distribution`), `nil` if not saved.
    public var distribution: String?
    /// Its degrees of freedom (`statistic.df`), for t.
    public var distributionDegreesOfFreedom: Int?
    /// Term order of `covariance`.
    public var covarianceTerms: [String]
    /// The k×k covariance of the coefficients (row-major, `covarianceTerms` order); missing entries NaN.
    public var covariance: [[Double]]
    public var fixedEffects: [FixedEffect]
    public var clusters: [Cluster]
    /// Where the data came from ("embedded panel" or the file given to `--data`).
    public var data: String?
    /// The `--where` condition.
    public var condition: String?
    public var notes: [String]

    /// A saved fit from its parts (``init(json:source:)`` reads one).
    public init(formatVersion: Int = SavedFit.currentFormatVersion, formula: String, dependent: String?, estimator: String,
                family: String? = nil, observations: Int, observationsDropped: Int? = nil, residualDegreesOfFreedom: Int? = nil,
                covarianceLabel: String, rSquared: Double? = nil, adjustedRSquared: Double? = nil, withinRSquared: Double? = nil,
                pseudoRSquared: Double? = nil, sigma: Double? = nil, logLikelihood: Double? = nil, aic: Double? = nil,
                bic: Double? = nil, coefficients: [Coefficient], level: Double = 0.95, distribution: String? = nil,
                distributionDegreesOfFreedom: Int? = nil, covarianceTerms: [String] = [], covariance: [[Double]] = [],
                fixedEffects: [FixedEffect] = [], clusters: [Cluster] = [], data: String? = nil, condition: String? = nil,
                notes: [String] = []) {
        self.formatVersion = formatVersion; self.formula = formula; self.dependent = dependent; self.estimator = estimator
        self.family = family; self.observations = observations; self.observationsDropped = observationsDropped
        self.residualDegreesOfFreedom = residualDegreesOfFreedom; self.covarianceLabel = covarianceLabel
        self.rSquared = rSquared; self.adjustedRSquared = adjustedRSquared; self.withinRSquared = withinRSquared
        self.pseudoRSquared = pseudoRSquared; self.sigma = sigma; self.logLikelihood = logLikelihood; self.aic = aic
        self.bic = bic; self.coefficients = coefficients; self.level = level; self.distribution = distribution
        self.distributionDegreesOfFreedom = distributionDegreesOfFreedom; self.covarianceTerms = covarianceTerms
        self.covariance = covariance; self.fixedEffects = fixedEffects; self.clusters = clusters; self.data = data
        self.condition = condition; self.notes = notes
    }

    /// The coefficient of `term`, if estimated.
    public func coefficient(_ term: String) -> Coefficient? { coefficients.first { $0.term == term } }

    /// The covariance entry of two terms, if saved.
    public func covariance(_ a: String, _ b: String) -> Double? {
        guard let i = covarianceTerms.firstIndex(of: a), let j = covarianceTerms.firstIndex(of: b),
              i < covariance.count, j < covariance[i].count else { return nil }
        return covariance[i][j]
    }

    /// The standard errors in words, for table notes: "classical (homoskedastic)",
    /// "heteroskedasticity-robust (HC1)", "clustered by iso3 (G = 193), CR1, p-values from t(192)".
    public var standardErrorDescription: String {
        if clusters.isEmpty {
            if covarianceLabel == "classical" { return "classical (homoskedastic)" }
            if covarianceLabel.uppercased().hasPrefix("HC") { return "heteroskedasticity-robust (\(covarianceLabel))" }
            return covarianceLabel
        }
        let by = clusters.map { c in c.groups.map { "\(c.name) (G = \($0))" } ?? c.name }.joined(separator: " and ")
        let inference: String
        switch distribution {
        case "z"?: inference = "normal"
        case "t"?: inference = distributionDegreesOfFreedom.map { "t(\($0))" } ?? "t"
        default: inference = "the model's reference distribution"
        }
        return "clustered by \(by), \(covarianceLabel), p-values from \(inference)"
    }
}
