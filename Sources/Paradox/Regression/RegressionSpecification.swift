import Modeling
import Stats

/// What to do when a term is a linear combination of others.
public enum CollinearPolicy: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
    /// Drop it and say so, as R's `lm` (`singular.ok = TRUE`) and fixest do.
    case drop
    /// Refuse to fit and name the terms (R's `singular.ok = FALSE`).
    case error
}

/// Everything `egov regress` needs besides the data: plain values, no I/O.
public struct RegressionSpecification: Sendable, Equatable {
    /// The model, `y ~ x1 + x2 | fe` (see `Formula.parse`).
    public var formula: Formula
    /// `nil`: the default, classical (iid) standard errors as R's `lm`; the
    /// output says it was a default.
    public var covariance: CovarianceChoice?
    /// Small-sample adjustment of cluster-robust covariances (CR1 by default, Stata's).
    public var clusterAdjustment: ClusterAdjustment
    /// Reference distribution under clustering (`t(G − 1)` by default, Stata's).
    public var clusterInference: ClusterInference
    /// How absorbed fixed effects count in the cluster `K` (fixest's "nested" by default).
    public var absorbedParameters: AbsorbedParameterRule
    /// Rows to use (`--where`); `nil` for all.
    public var filter: RowFilter?
    /// Column of non-negative regression weights (WLS, R's `lm(weights =)`).
    public var weights: String?
    /// Confidence level of the intervals.
    public var level: Double
    /// What to do with collinear terms (drop them, as R's `lm`, by default).
    public var onCollinear: CollinearPolicy
    /// Also compute regression diagnostics (models without absorbed fixed effects).
    public var diagnostics: Bool
    /// A likelihood model instead of least squares (`--family`); nil: OLS/WLS.
    public var family: ModelFamily? = nil
    /// Options of the likelihood models (`--margins`, `--levels`, `--information`, `--max-iterations`).
    public var likelihoodOptions = LikelihoodOptions()
    /// Unit and time (`--panel`); `nil`: `iso3,year` when the data has both and a panel feature is used.
    public var panel: PanelColumns? = nil
    /// The panel estimator (`--estimator`, pooled OLS by default; `| fe` in the formula is the within estimator).
    public var estimator: PanelEstimator = .pooled
    /// Also report the Hausman tests of FE against RE (`--hausman`, with `estimator == .randomEffects`).
    public var hausman: Bool = false
    /// Quantiles τ to fit by quantile regression (`--quantile`); empty for least squares.
    public var quantiles: [Double] = []
    /// Covariance of quantile-regression coefficients (`--vcov iid|nid|boot`); nil: nid, the default.
    public var quantileCovariance: QuantileCovariance? = nil
    /// Unit and time columns of the panel covariances (`iso3`, `year` by default).
    public var panelIndex = PanelIndexColumns()
    /// Which `G` enters the factors of a two-way clustered covariance (each term's own by default; `.minimum` is fixest's).
    public var twoWayGroupCount: TwoWayGroupCount = .eachTerm
    /// Fixed-effect singletons: dropped by default (reghdfe; fixest keeps them).
    public var singletons: SingletonPolicy = .drop
    /// A wild cluster bootstrap of named coefficients, if asked for (`--bootstrap wild`).
    public var bootstrap: WildBootstrapRequest? = nil

    /// A specification; every option defaults to the `egov regress` default.
    public init(
        formula: Formula, covariance: CovarianceChoice? = nil, clusterAdjustment: ClusterAdjustment = .cr1,
        clusterInference: ClusterInference = .clustersMinusOne, absorbedParameters: AbsorbedParameterRule = .nested,
        filter: RowFilter? = nil, weights: String? = nil, level: Double = 0.95, onCollinear: CollinearPolicy = .drop,
        diagnostics: Bool = false
    ) {
        self.formula = formula
        self.covariance = covariance
        self.clusterAdjustment = clusterAdjustment
        self.clusterInference = clusterInference
        self.absorbedParameters = absorbedParameters
        self.filter = filter
        self.weights = weights
        self.level = level
        self.onCollinear = onCollinear
        self.diagnostics = diagnostics
    }

    /// The covariance used: the one asked for, or classical.
    public var effectiveCovariance: CovarianceChoice { covariance ?? .classical }
}
