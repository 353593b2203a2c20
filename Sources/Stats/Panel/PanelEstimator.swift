/// The linear panel estimators of `egov regress --estimator`.
///
/// - `ols`: pooled OLS (R `plm(model = "pooling")`, `lm`).
/// - `fe`: the within estimator with unit effects (R `plm(model = "within")`,
///   Stata `xtreg, fe`, fixest `| unit`).
/// - `re`: random effects by feasible GLS with Swamy–Arora variance components
///   (R `plm(model = "random", random.method = "swar")`, Stata `xtreg, re`); see
///   ``RandomEffectsComponents``.
/// - `fd`: first differences, OLS of Δy on ΔX (R `plm(model = "fd")`, Stata
///   `regress D.y D.x`); see ``PanelLinearModel``.
/// - `between`: OLS of the unit means (R `plm(model = "between")`, Stata `xtreg, be`).
public enum PanelEstimator: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case pooled = "ols"
    case fixedEffects = "fe"
    case randomEffects = "re"
    case firstDifference = "fd"
    case between
}
