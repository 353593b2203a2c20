/// A Wald test of linear restrictions `H₀: Rβ = r` with any covariance V of β̂:
///
///     W = (Rβ̂ − r)ᵀ (R V Rᵀ)⁻¹ (Rβ̂ − r),
///
/// reported as `F = W/q` against F(q, ν) when the model's inference is t(ν)
/// (R `car::linearHypothesis` for `lm` with `vcov. =`; Stata `test` after
/// `regress`; with clusters ν = G − 1, as Stata and the model's own t tests),
/// and as `W` against χ²(q) when it is asymptotic (Stata `test` after `logit`;
/// `linearHypothesis(test = "Chisq")`). Greene, *Econometric Analysis*, 8th ed., §5.3.
public struct WaldTest: Sendable, Equatable, Hashable, Codable {
    /// The reference distribution of the statistic.
    public enum Distribution: String, Sendable, Equatable, Hashable, Codable {
        /// `F(q, ν)`.
        case f = "F"
        /// `χ²(q)`.
        case chiSquared = "chi2"
    }

    /// The restrictions, joined by `; ` (`egdi = 0; egdi:post_soviet = 0`).
    public let hypothesis: String
    /// Each restriction as written.
    public let restrictions: [String]
    /// `Rβ̂ − r`, the estimated departures from the null.
    public let departures: [Double]
    /// `W/q` for F, `W` for χ².
    public let statistic: Double
    /// The Wald quadratic form W.
    public let wald: Double
    /// q, the number of restrictions.
    public let numeratorDegreesOfFreedom: Int
    /// ν for F; nil for χ².
    public let denominatorDegreesOfFreedom: Int?
    /// F or χ².
    public let distribution: Distribution
    /// Upper-tail p-value.
    public let pValue: Double

    /// Tests `restrictions` on `estimates` with covariance `covariance`.
    /// - Parameters:
    ///   - restrictions: R and r (full row rank, checked when they were built).
    ///   - estimates: β̂, length k.
    ///   - covariance: V, k×k (classical, HC, cluster, ...).
    ///   - reference: t(ν) gives F(q, ν), normal gives χ²(q).
    /// - Throws: ``InferenceError/dimensionMismatch(coefficients:covariance:)``,
    ///   ``InferenceError/singularCovariance(hypothesis:)``.
    public init(
        _ restrictions: LinearRestrictions, estimates: [Double], covariance: Matrix, reference: InferenceReference
    ) throws(InferenceError) {
        let k = estimates.count
        let rm = restrictions.matrix
        guard covariance.rows == k, covariance.columns == k, rm.columns == k else {
            throw .dimensionMismatch(coefficients: k, covariance: covariance.rows)
        }
        let q = rm.rows
        let hypothesis = restrictions.texts.joined(separator: "; ")
        var d = [Double](repeating: 0, count: q)
        for i in 0..<q {
            var s = -restrictions.rightHandSide[i]
            for j in 0..<k { s += rm[i, j] * estimates[j] }
            d[i] = s
        }
        guard let rvr = DeltaMethod.covariance(jacobian: rm, covariance: covariance),
              let w = WaldStatistic.quadraticForm(rvr, d) else {
            throw .singularCovariance(hypothesis: hypothesis)
        }
        self.hypothesis = hypothesis
        self.restrictions = restrictions.texts
        self.departures = d
        self.wald = w
        self.numeratorDegreesOfFreedom = q
        switch reference {
        case .studentT(let df):
            distribution = .f
            statistic = w / Double(q)
            denominatorDegreesOfFreedom = df
            pValue = ReferenceDistributions.fisherFUpperTail(w / Double(q), numerator: Double(q), denominator: Double(df))
        case .normal:
            distribution = .chiSquared
            statistic = w
            denominatorDegreesOfFreedom = nil
            pValue = ReferenceDistributions.chiSquaredUpperTail(w, degreesOfFreedom: Double(q))
        }
    }
}

/// A linear combination `aᵀβ̂ + c` of the estimates with standard error
/// `√(aᵀVa)`, its t (or z) statistic for `aᵀβ + c = 0`, p-value and confidence
/// interval (Stata `lincom`; R `multcomp::glht` or `car::deltaMethod` for a linear g).
public struct LinearCombination: Sendable, Equatable, Hashable, Codable {
    /// The expression as written.
    public let expression: String
    /// Estimate, SE, statistic, p-value and interval.
    public let inference: EstimateInference

    /// Evaluates `form` at `estimates` with covariance `covariance`.
    /// - Parameters:
    ///   - form: weights a (length k) and constant c.
    ///   - estimates: β̂.
    ///   - covariance: V, k×k.
    ///   - reference: t(ν) or normal (the model's own).
    ///   - level: confidence level in (0, 1).
    /// - Throws: ``InferenceError/dimensionMismatch(coefficients:covariance:)``, ``InferenceError/invalidLevel(_:)``.
    public init(
        _ form: LinearForm, estimates: [Double], covariance: Matrix, reference: InferenceReference, level: Double = 0.95
    ) throws(InferenceError) {
        let k = estimates.count
        guard form.weights.count == k, covariance.rows == k, covariance.columns == k else {
            throw .dimensionMismatch(coefficients: k, covariance: covariance.rows)
        }
        guard level > 0 && level < 1 else { throw .invalidLevel(level) }
        var est = form.constant
        for j in 0..<k where form.weights[j] != 0 { est += form.weights[j] * estimates[j] }
        self.expression = form.text
        self.inference = EstimateInference(
            estimate: est, standardError: DeltaMethod.standardError(gradient: form.weights, covariance: covariance),
            reference: reference, level: level)
    }
}

extension RegressionResult {
    /// The estimates, in the order of `coefficients` and `covariance`.
    public var estimates: [Double] { coefficients.map(\.estimate) }

    /// The Wald test of `hypothesis` (e.g. `"egdi = 0; egdi:post_soviet = 0"`) with
    /// this result's covariance and reference distribution (see ``WaldTest``).
    /// - Parameter hypothesis: `;`-separated linear equations in coefficient names.
    /// - Throws: ``InferenceError``: unknown term (with the nearest names), malformed text,
    ///   rank-deficient restrictions, singular covariance.
    public func waldTest(_ hypothesis: String) throws(InferenceError) -> WaldTest {
        let r = try LinearRestrictions.parse(hypothesis, names: coefficients.map(\.term), dropped: droppedTerms)
        return try WaldTest(r, estimates: estimates, covariance: covariance, reference: InferenceReference(self))
    }

    /// The linear combination `expression` (e.g. `"egdi + egdi:post_soviet"`) with its
    /// standard error √(aᵀVa) under this result's covariance, t (or z) statistic,
    /// p-value and `level` interval (see ``LinearCombination``).
    /// - Parameter expression: a linear expression in coefficient names.
    /// - Throws: ``InferenceError``.
    public func linearCombination(_ expression: String) throws(InferenceError) -> LinearCombination {
        let form = try LinearForm.parse(expression, names: coefficients.map(\.term), dropped: droppedTerms)
        return try LinearCombination(form, estimates: estimates, covariance: covariance, reference: InferenceReference(self), level: level)
    }
}
