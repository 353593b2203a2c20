/// The inverse link `h` of a model's mean `E[y] = h(xᵀβ)`, with its first two
/// derivatives, so that slopes and predictions on the response scale get
/// delta-method standard errors. Linear models use ``IdentityLink`` (the delta
/// method is then exact); GLMs plug in their own (logit, probit, log).
public protocol InverseLink: Sendable {
    /// `h(η)`.
    func mean(_ eta: Double) -> Double
    /// `h′(η)`.
    func firstDerivative(_ eta: Double) -> Double
    /// `h″(η)`.
    func secondDerivative(_ eta: Double) -> Double
}

/// `h(η) = η`: linear models.
public struct IdentityLink: InverseLink {
    /// The identity link.
    public init() {}
    /// `η`.
    public func mean(_ eta: Double) -> Double { eta }
    /// `1`.
    public func firstDerivative(_ eta: Double) -> Double { 1 }
    /// `0`.
    public func secondDerivative(_ eta: Double) -> Double { 0 }
}

/// Conditional slopes and predictions from a design row, with delta-method
/// standard errors (Williams 2012, "Using the margins command to estimate and
/// interpret adjusted predictions and marginal effects", *Stata Journal* 12(2);
/// Brambor, Clark & Golder 2006, "Understanding interaction models", *Political
/// Analysis* 14(1), for the conditional slope of an interaction model).
public enum ConditionalEffects {
    /// The slope `∂E[y]/∂v = h′(η)·(∂x/∂v)ᵀβ` at a point with design row `x` and
    /// derivative `∂x/∂v`, with gradient `h″(η)·(∂x/∂v)ᵀβ·x + h′(η)·∂x/∂v` for the
    /// delta method (exact for the identity link: the slope is linear in β).
    /// - Parameters:
    ///   - row: x at the point, in coefficient order.
    ///   - derivative: ∂x/∂v at the point.
    ///   - estimates: β̂.
    ///   - covariance: V.
    ///   - link: the inverse link (``IdentityLink`` for linear models).
    ///   - reference: t(ν) or normal.
    ///   - level: confidence level.
    public static func slope(
        row: [Double], derivative: [Double], estimates: [Double], covariance: Matrix,
        link: some InverseLink = IdentityLink(), reference: InferenceReference, level: Double
    ) -> EstimateInference {
        let eta = dot(row, estimates)
        let dEta = dot(derivative, estimates)
        let h1 = link.firstDerivative(eta), h2 = link.secondDerivative(eta)
        let gradient = zip(row, derivative).map { h2 * dEta * $0 + h1 * $1 }
        return EstimateInference(
            estimate: h1 * dEta, standardError: DeltaMethod.standardError(gradient: gradient, covariance: covariance),
            reference: reference, level: level)
    }

    /// The prediction `h(xᵀβ)` with delta-method standard error `|h′(η)|·√(xᵀVx)`
    /// (for the identity link, R's `predict.lm(se.fit = TRUE, interval = "confidence")`).
    /// - Parameters:
    ///   - row: x at the point, in coefficient order.
    ///   - estimates: β̂.
    ///   - covariance: V.
    ///   - link: the inverse link.
    ///   - reference: t(ν) or normal.
    ///   - level: confidence level.
    public static func prediction(
        row: [Double], estimates: [Double], covariance: Matrix,
        link: some InverseLink = IdentityLink(), reference: InferenceReference, level: Double
    ) -> EstimateInference {
        let eta = dot(row, estimates)
        let h1 = link.firstDerivative(eta)
        return EstimateInference(
            estimate: link.mean(eta), standardError: DeltaMethod.standardError(gradient: row.map { h1 * $0 }, covariance: covariance),
            reference: reference, level: level)
    }

    static func dot(_ a: [Double], _ b: [Double]) -> Double {
        var s = 0.0
        for (x, y) in zip(a, b) { s += x * y }
        return s
    }
}
