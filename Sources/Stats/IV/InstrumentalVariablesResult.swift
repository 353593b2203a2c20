/// A two-stage least-squares fit under one covariance estimator: the
/// coefficient table as a ``RegressionResult`` (so tables and post-estimation
/// built for linear models apply unchanged) plus the instrument diagnostics of
/// AER's `summary(ivreg, diagnostics = TRUE)`.
public struct InstrumentalVariablesResult: Sendable, Equatable {
    /// An F test with its degrees of freedom.
    public struct FTest: Sendable, Equatable, Hashable, Codable {
        /// The F statistic.
        public let statistic: Double
        /// Numerator degrees of freedom.
        public let numeratorDegreesOfFreedom: Int
        /// Denominator degrees of freedom.
        public let denominatorDegreesOfFreedom: Int
        /// Upper-tail p-value from `F(df1, df2)`.
        public let pValue: Double
        /// Which covariance the statistic uses: "classical" (the F of nested
        /// least-squares fits) or the robust label ("HC1", "CR1", …) of a Wald form.
        public let covariance: String
    }

    /// A χ² test.
    public struct ChiSquaredTest: Sendable, Equatable, Hashable, Codable {
        /// The statistic.
        public let statistic: Double
        /// Degrees of freedom.
        public let degreesOfFreedom: Int
        /// Upper-tail p-value from `χ²(df)`.
        public let pValue: Double
    }

    /// The first-stage regression of one endogenous regressor on all instruments.
    public struct FirstStage: Sendable, Equatable, Hashable, Codable {
        /// The endogenous regressor.
        public let endogenous: String
        /// Classical F test that the excluded instruments' coefficients are zero
        /// (AER's "Weak instruments" row without `vcov.`; Stata's `estat firststage` F).
        public let fTest: FTest
        /// Partial R² of the excluded instruments, `(RSS₀ − RSS₁)/RSS₀` with RSS₀
        /// from the regression on the exogenous regressors only (Stata's "Partial R-sq.").
        public let partialRSquared: Double
        /// The same test as a Wald F with the robust / cluster-robust covariance of
        /// the first stage (AER's weak-instruments row with `vcov.`); nil under the
        /// classical covariance. With one endogenous regressor this is the
        /// Kleibergen–Paap rk Wald F up to its small-sample scaling.
        public let robustWald: FTest?
    }

    /// Coefficients, covariance and fit statistics. R² is `1 − RSS/TSS` with the
    /// structural residuals `y − Xβ̂` (AER); the log-likelihood, AIC and BIC are
    /// not defined for 2SLS and are NaN.
    public let regression: RegressionResult
    /// The endogenous regressors, in order.
    public let endogenous: [String]
    /// The excluded instruments used, in order.
    public let instruments: [String]
    /// One first stage per endogenous regressor.
    public let firstStages: [FirstStage]
    /// Wu–Hausman test of exogeneity: the regression of `y` on the regressors and
    /// the first-stage fitted values, F test of the latter (AER; Wald form with
    /// the robust covariance when one is chosen, as AER with `vcov.`).
    public let wuHausman: FTest
    /// Sargan test of the overidentifying restrictions, `n·R²` of the structural
    /// residuals on all instruments, `χ²(l − m)` (AER); nil when exactly identified.
    public let sargan: ChiSquaredTest?
}
