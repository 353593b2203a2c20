/// Which information matrix the classical covariance (and the bread of the
/// sandwich) inverts.
public enum GLMInformation: String, Sendable, Hashable, Codable, CaseIterable {
    /// The expected (Fisher) information `XᵀWX`, `W = μ′²/V(μ)`: R's `glm`,
    /// statsmodels' `GLM` (default) and Stata's `glm`.
    case expected
    /// The observed information, minus the Hessian of the log-likelihood:
    /// Stata's `logit`/`probit`/`poisson` and statsmodels' `Probit`. Equal to the
    /// expected one for canonical links (logit, Poisson); it differs for probit.
    case observed
}

/// Options of `GeneralizedLinearModel.estimate()`.
public struct GLMOptions: Sendable, Equatable, Hashable, Codable {
    /// Convergence: the iterations stop when every coefficient changed by at most
    /// `tolerance · max(|βⱼ|, sⱼ)` in the last step, `sⱼ` being its current
    /// standard-error scale `√[(XᵀWX)⁻¹]ⱼⱼ` (so a coefficient near zero is judged
    /// against its uncertainty). Default 1e-12: probit is fitted by Fisher
    /// scoring, which converges linearly (the error left is the last step times
    /// r/(1 − r) for the rate r), and 1e-12 leaves it with about 10 correct digits
    /// (1e-10 left 9). R's `glm` stops instead when the
    /// relative change in deviance is below `epsilon = 1e-8`, which leaves
    /// probit coefficients with about 5 correct digits.
    public var tolerance: Double
    /// Most iterations before giving up (default 100; R's `glm` uses 25).
    public var maximumIterations: Int
    /// Information for the classical covariance and the sandwich bread (expected by default, as R).
    public var information: GLMInformation

    /// Options; the defaults are described on each property.
    public init(tolerance: Double = 1e-12, maximumIterations: Int = 100, information: GLMInformation = .expected) {
        self.tolerance = tolerance
        self.maximumIterations = maximumIterations
        self.information = information
    }
}
