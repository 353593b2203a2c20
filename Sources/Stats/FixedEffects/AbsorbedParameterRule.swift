/// How the absorbed fixed effects count in `K` of the `(N−1)/(N−K)` factor of a
/// cluster-robust covariance (fixest `ssc(fixef.K = …)`).
///
/// What the packages count (fixest 0.10–0.12 `vcov.fixest`, source `R/VCOV.R`;
/// `nparams = slopes + Σ L_d − (D − 1)` for `D` dimensions):
///
/// * fixest `fixef.K = "nested"` (default): fixed effects nested in a cluster
///   variable are removed from `K`; if *all* are nested, `K = slopes + 1`
///   (the `+1` is the constant); otherwise `K = nparams − Σ_{nested}(L_d − 1)`.
///   E.g. `y ~ x | firm + year` clustered by firm: `K = slopes + L_year`.
/// * Stata `xtreg, fe vce(cluster id)`: the panel effects are nested in the
///   clusters and are not counted, the reported `_cons` is, so
///   `K = slopes + 1` (year dummies, if any, count as regressors): the same as
///   fixest's "nested".
/// * fixest `"full"` / Stata `areg, vce(cluster)`: `K = slopes + absorbed`.
/// * fixest `"none"` / R `plm::vcovHC(type = "sss")` on a within model: `K = slopes`.
public enum AbsorbedParameterRule: String, Sendable, Equatable, Hashable, Codable {
    /// fixest default / Stata `xtreg, fe` (see above).
    case nested
    /// All absorbed parameters count (`areg`).
    case full
    /// None count, not even the constant (plm "sss", fixest `"none"`).
    case none
}
