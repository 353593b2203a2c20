/// A fitted linear model under one covariance estimator: plain data, ready for
/// tables and JSON (the `egov regress` contract). Obtain it from
/// `LinearModel.fit(covariance:level:)` or, for another covariance of the same
/// fit without refitting, `FittedLinearModel.result(covariance:level:)`.
public struct RegressionResult: Sendable, Equatable, Codable {
    /// One row of the coefficient table (estimable terms only, in design order).
    public struct Coefficient: Sendable, Equatable, Hashable, Codable {
        /// The term as named by the formula (`(Intercept)`, `egdi`, `log(gdppc_ppp)`, `factorlevel`).
        public let term: String
        /// The least-squares estimate β̂ⱼ.
        public let estimate: Double
        /// √Vⱼⱼ, the square root of the diagonal of the chosen covariance (classical, HC0-HC4, CR1, ...).
        public let standardError: Double
        /// `estimate / standardError` (a t or z statistic, see `statisticKind`).
        public let statistic: Double
        /// Two-sided p-value.
        public let pValue: Double
        /// Lower end of the `level` interval, β̂ⱼ − q·SEⱼ with q the (1 + level)/2 quantile of the reference distribution.
        public let confidenceLow: Double
        /// Upper end of the `level` interval, β̂ⱼ + q·SEⱼ.
        public let confidenceHigh: Double
        /// Degrees of freedom of this coefficient's t test when they differ by
        /// coefficient (CR2 with Satterthwaite df); `nil` when every coefficient
        /// uses ``RegressionResult/inferenceDegreesOfFreedom``.
        public var degreesOfFreedom: Double? = nil
    }

    /// Which reference distribution the statistics use.
    public enum StatisticKind: String, Sendable, Equatable, Hashable, Codable {
        /// Student t with `inferenceDegreesOfFreedom`.
        case t
        /// Standard normal.
        case z
    }

    /// Which R² is reported.
    public enum RSquaredKind: String, Sendable, Equatable, Hashable, Codable {
        /// `1 − RSS/Σw(y − ȳ_w)²` (model with an intercept or absorbed fixed effects).
        case centered
        /// `1 − RSS/Σw y²` (no intercept, as R's `summary.lm`).
        case uncentered
    }

    /// Test that all slopes (every estimable coefficient except the intercept) are zero.
    public struct FTest: Sendable, Equatable, Hashable, Codable {
        /// How the statistic was formed.
        public enum Kind: String, Sendable, Equatable, Hashable, Codable {
            /// `((TSS − RSS)/q) / (RSS/df)` (R `summary.lm`).
            case classical
            /// Wald `F = (Rβ)ᵀ(R V Rᵀ)⁻¹(Rβ)/q` with the chosen covariance
            /// (R `lmtest::waldtest(vcov = …)`, Stata `test`).
            case wald
            /// Wald `χ²(q)/q` compared with `χ²(q)` (normal inference).
            case waldChiSquared
        }
        /// Which form of the test (classical F, Wald F, Wald χ²/q).
        public let kind: Kind
        /// The F (or χ²/q) statistic.
        public let statistic: Double
        /// q, the number of slopes tested.
        public let numeratorDegreesOfFreedom: Int
        /// `nil` for `.waldChiSquared`.
        public let denominatorDegreesOfFreedom: Int?
        /// Upper-tail p-value of `statistic` under the null that every slope is zero.
        public let pValue: Double
    }

    /// A cluster dimension used by the covariance.
    public struct ClusterInfo: Sendable, Equatable, Hashable, Codable {
        /// The cluster variable (a column name).
        public let name: String
        /// G, the number of distinct clusters on the estimation rows.
        public let clusters: Int
    }

    /// The coefficient table: one row per estimable term, in design order.
    public let coefficients: [Coefficient]
    /// Terms dropped as linear combinations of earlier terms (R's `lm` convention).
    public let droppedTerms: [String]
    /// Covariance of the estimable coefficients, in the order of `coefficients`.
    public let covariance: Matrix
    /// Short label: "classical", "HC0"…"HC4", "CR1", "CR0", "CR (G/(G−1))", "CR1 two-way".
    public let covarianceLabel: String
    /// The cluster dimensions of a clustered covariance (empty otherwise).
    public let clusters: [ClusterInfo]
    /// Scalar applied to the raw sandwich (e.g. `G/(G−1)·(N−1)/(N−K)`); 1 for classical/HC0.
    public let smallSampleFactor: Double
    /// `K` used in `(N−1)/(N−K)` or `n/(n−k)`, when a factor applies.
    public let smallSampleParameters: Int?
    /// Whether the coefficient statistics are t or z.
    public let statisticKind: StatisticKind
    /// Degrees of freedom of the t statistics (`nil` for z).
    public let inferenceDegreesOfFreedom: Int?
    /// Confidence level of the intervals (0.95 by default).
    public let level: Double
    /// Observations used (positive weight, after singleton removal).
    public let observations: Int
    /// Observations of the input not used (singletons dropped).
    public let observationsDropped: Int
    /// n − rank − absorbed fixed effects, as R `df.residual`.
    public let residualDegreesOfFreedom: Int
    /// Estimated slopes, excluding the intercept (R's `df.int` convention).
    public let modelDegreesOfFreedom: Int
    /// `σ̂ = √(Σwᵢuᵢ²/df_residual)`.
    public let sigma: Double
    /// R² (centred or uncentred, see `rSquaredKind`).
    public let rSquared: Double
    /// 1 − (1 − R²)(n − i)/df_residual with i = 1 for a centred R², 0 otherwise (R `summary.lm`).
    public let adjustedRSquared: Double
    /// Which R² `rSquared` is.
    public let rSquaredKind: RSquaredKind
    /// R² of the demeaned regression (fixed-effects models only).
    public let withinRSquared: Double?
    /// The test that all slopes are zero; nil for a model with no slopes.
    public let fTest: FTest?
    /// Gaussian log-likelihood as R's `logLik.lm`.
    public let logLikelihood: Double
    /// `−2ℓ + 2p`, `p = rank + absorbed + 1` (σ² counted).
    public let aic: Double
    /// `−2ℓ + log(n)·p`.
    public let bic: Double
    /// `κ₁(R)` of the estimable columns (of the demeaned design with fixed effects).
    public let conditionNumber: Double
    /// The absorbed fixed effects (names, levels, singletons dropped); nil without.
    public let fixedEffects: FixedEffectsSummary?
    /// Conventions and events a reader must see (small-sample factor, dropped terms, ...).
    public let notes: [String]

    /// The row for `term`, if it was estimated.
    public func coefficient(_ term: String) -> Coefficient? {
        coefficients.first { $0.term == term }
    }
}
