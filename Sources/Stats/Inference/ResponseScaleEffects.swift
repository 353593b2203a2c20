import Foundation

/// The inverse link of a GLM family (logit, probit, log for Poisson), so that
/// slopes and predictions are reported on the response scale (probability,
/// expected count) with delta-method standard errors.
public struct GLMInverseLink: InverseLink {
    /// The family whose inverse link this is.
    public let family: GLMFamily

    /// The inverse link of `family`.
    /// - Parameter family: logit (`h = 1/(1 + e^{−η})`), probit (`h = Φ`) or Poisson (`h = exp`).
    public init(_ family: GLMFamily) { self.family = family }

    /// `h(η)`.
    public func mean(_ eta: Double) -> Double { family.point(eta).mean }
    /// `h′(η)`.
    public func firstDerivative(_ eta: Double) -> Double { family.point(eta).derivative }
    /// `h″(η)`.
    public func secondDerivative(_ eta: Double) -> Double { family.point(eta).secondDerivative }
}

extension EstimateInference {
    /// Inference whose interval is given (e.g. built on another scale and transformed), with
    /// the statistic `estimate / standardError` and its p-value under `reference`.
    /// - Parameters:
    ///   - estimate: the point estimate.
    ///   - standardError: its standard error.
    ///   - interval: the confidence interval (low, high).
    ///   - reference: t(ν) or normal.
    ///   - level: the confidence level of `interval`.
    public init(estimate: Double, standardError: Double, interval: (low: Double, high: Double), reference: InferenceReference, level: Double) {
        self.estimate = estimate
        self.standardError = standardError
        self.reference = reference
        self.level = level
        let stat = estimate / standardError
        self.statistic = stat
        self.pValue = reference.twoSidedPValue(stat)
        self.confidenceLow = interval.low
        self.confidenceHigh = interval.high
    }
}

/// Slopes and predictions of a model `E[y] = h(xᵀβ)` on the response scale.
///
/// The *average* slope of a raw variable v over observations i = 1..m (a
/// subgroup, or the whole sample with some variables set to chosen values) is
/// `AS = (1/m) Σ h′(ηᵢ)·(∂xᵢ/∂v)ᵀβ`, with gradient
/// `∂AS/∂β = (1/m) Σ [h″(ηᵢ)·(∂xᵢ/∂v)ᵀβ·xᵢ + h′(ηᵢ)·∂xᵢ/∂v]` and delta-method
/// variance `gᵀVg` (Stata `margins, dydx(v) over(g)`, *margins* manual "Methods and
/// formulas"; R `marginaleffects::avg_slopes(m, variables = "v", by = "g")` with
/// analytic instead of numerical derivatives).
public enum ResponseScaleEffects {
    /// The average slope over rows `rows` with derivative rows `derivatives`.
    /// - Parameters:
    ///   - rows: design rows xᵢ (coefficient order), one per observation averaged.
    ///   - derivatives: ∂xᵢ/∂v, same shape.
    ///   - estimates: β̂.
    ///   - covariance: V.
    ///   - link: the inverse link.
    ///   - reference: the model's reference (normal for GLMs).
    ///   - level: the confidence level.
    /// - Returns: the average slope; NaN when `rows` is empty.
    public static func averageSlope(
        rows: [[Double]], derivatives: [[Double]], estimates: [Double], covariance: Matrix,
        link: some InverseLink, reference: InferenceReference, level: Double
    ) -> EstimateInference {
        let k = estimates.count
        var estimate = 0.0
        var gradient = [Double](repeating: 0, count: k)
        for (x, dx) in zip(rows, derivatives) {
            let eta = ConditionalEffects.dot(x, estimates), dEta = ConditionalEffects.dot(dx, estimates)
            let h1 = link.firstDerivative(eta), h2 = link.secondDerivative(eta)
            estimate += h1 * dEta
            for j in 0..<min(k, x.count, dx.count) { gradient[j] += h2 * dEta * x[j] + h1 * dx[j] }
        }
        let m = Double(rows.count)
        guard m > 0 else { return EstimateInference(estimate: .nan, standardError: .nan, reference: reference, level: level) }
        return EstimateInference(
            estimate: estimate / m,
            standardError: DeltaMethod.standardError(gradient: gradient.map { $0 / m }, covariance: covariance),
            reference: reference, level: level)
    }

    /// The prediction `h(xᵀβ)` at one point, with delta-method standard error
    /// `h′(η)·√(xᵀVx)` and the interval built on the link scale and transformed,
    /// `[h(η − c·se_η), h(η + c·se_η)]` (R `predict(type = "link", se.fit = TRUE)`
    /// then `family$linkinv`; it stays inside the range of the mean, e.g. (0, 1)).
    /// The statistic and p-value test `h(η) = 0` on the response scale (of little interest).
    /// - Parameters:
    ///   - row: x at the point (coefficient order).
    ///   - estimates: β̂.
    ///   - covariance: V.
    ///   - link: an increasing inverse link.
    ///   - reference: the model's reference distribution.
    ///   - level: the confidence level.
    public static func prediction(
        row: [Double], estimates: [Double], covariance: Matrix,
        link: some InverseLink, reference: InferenceReference, level: Double
    ) -> EstimateInference {
        let eta = ConditionalEffects.dot(row, estimates)
        let seEta = DeltaMethod.standardError(gradient: row, covariance: covariance)
        let c = reference.criticalValue(level: level)
        return EstimateInference(
            estimate: link.mean(eta), standardError: link.firstDerivative(eta) * seEta,
            interval: (link.mean(eta - c * seEta), link.mean(eta + c * seEta)), reference: reference, level: level)
    }
}
