/// Covariance estimators for panels and time series that need the unit and the
/// time of each observation, or a small-sample correction beyond CR1: the
/// siblings of ``CovarianceEstimator`` that ``FittedLinearModel/result(panelCovariance:level:)``
/// computes.
///
/// Every estimator is a sandwich `V = A M A` with `A = (ẌᵀẌ)⁻¹` the bread of the
/// fit (of the demeaned design when fixed effects are absorbed) and a meat `M`
/// built from the scores `xᵢ eᵢ`. With absorbed fixed effects the slope block
/// of every such sandwich equals that of the dummy-variable regression
/// (Frisch–Waugh–Lovell: the slope rows of `(XᵀX)⁻¹Xᵀ` are `(ẌᵀẌ)⁻¹Ẍᵀ`), which
/// is what R's `plm` (on the demeaned data) and `pcse` (on `lm` with dummies)
/// compute. Weighted fits are refused (as `plm`'s `vcovXX` functions do).
///
/// Codes are one integer per row of the design (as ``ClusterVariable``): unit
/// codes are only compared for equality; time codes are ordered (the calendar
/// year, say) and only their order and equality matter.
public enum PanelCovariance: Sendable, Equatable, Hashable {
    /// Driscoll & Kraay (1998, REStat 80:549–560), as R
    /// `plm::vcovSCC(type = "HC0", maxlag = L)` (Hoechle 2007, Stata `xtscc`):
    /// `M = Γ₀ + Σ_{l=1}^{L} (1 − l/(L+1)) (Γ_l + Γ_lᵀ)`,
    /// `Γ_l = Σ_t S_t S_{t−l}ᵀ`, `S_t = Σ_{i ∈ t} xᵢ eᵢ`, where `t` runs over the
    /// time periods *present* among the estimation rows, sorted, and `t − l` is
    /// the period `l` places earlier in that list (plm's convention: with survey
    /// editions 2003, 2004, 2005, 2008, lag 1 of 2008 is 2005). No small-sample
    /// factor (HC0). Tests use `t(n − k)` with the residual df, as
    /// `lmtest::coeftest` on a `plm` fit (Stata `xtscc` uses `t(T − 1)`).
    case driscollKraay(time: [Int], lag: Int)
    /// Beck & Katz (1995, APSR 89:634–647) panel-corrected standard errors, as R
    /// `pcse::pcse` and Stata `xtpcse`: `Ω = Σ̂ ⊗ I_T` with
    /// `Σ̂_ij = Σ_t e_it e_jt / T_ij`, so `M = Σ_t Σ_{i,j observed at t} Σ̂_ij x_it x_jtᵀ`.
    /// Balanced panels: `T_ij = T`. Unbalanced panels by `rule`.
    /// Tests use `t(n − k)` (k counts absorbed fixed effects), as `pcse`.
    case pcse(unit: [Int], time: [Int], rule: PCSERule = .casewise)
    /// Newey & West (1987, Econometrica 55:703–708) for one time series, as R
    /// `sandwich::NeweyWest(lag = L, prewhite = FALSE, adjust = FALSE)`:
    /// `M = Γ₀ + Σ_{l=1}^{L} (1 − l/(L+1)) (Γ_l + Γ_lᵀ)`, `Γ_l = Σ_t s_t s_{t−l}ᵀ`,
    /// observations ordered by `time`. A repeated time value (a panel) or a gap
    /// in the time values (so that lag 1 would not be one period) is refused.
    /// Tests use `t(n − k)`.
    case neweyWest(time: [Int], lag: Int)
    /// Bell & McCaffrey (2002) bias-reduced linearization "CR2" with the
    /// Satterthwaite degrees of freedom of each coefficient (Pustejovsky & Tipton
    /// 2018, JBES 36:672–683), as R
    /// `clubSandwich::coef_test(vcov = "CR2", test = "Satterthwaite")` on an
    /// unweighted `lm` fit: target matrix `Φ = I` (the working model of OLS),
    /// `V = A (Σ_g Ẍ_gᵀ A_g e_g e_gᵀ A_g Ẍ_g) A`, `A_g = (I − H_gg)^{−1/2}`
    /// (symmetric square root of the Moore–Penrose inverse: eigenvalues below
    /// 1e-12 are set to zero, as clubSandwich's `Sym_power`). `H` is the hat
    /// matrix of the *dummy-variable* regression, `H = Ẍ A Ẍᵀ + P_D` with `P_D`
    /// the projection on all absorbed fixed effects (clubSandwich on `lm` with
    /// `factor()` dummies and its `feols` method; its `plm` method instead leaves
    /// out a fixed effect identical to the cluster, which can change the numbers).
    /// No further small-sample factor.
    case cr2(ClusterVariable)

    /// Short label for tables (`Driscoll–Kraay (L = 2)`, `PCSE`, `Newey–West (L = 1)`, `CR2`).
    public var label: String {
        switch self {
        case let .driscollKraay(_, lag): return "Driscoll-Kraay (L = \(lag))"
        case let .pcse(_, _, rule): return rule == .balancedOnly ? "PCSE" : "PCSE (\(rule.rawValue))"
        case let .neweyWest(_, lag): return "Newey-West (L = \(lag))"
        case .cr2: return "CR2"
        }
    }
}

/// How Beck–Katz PCSE estimate `Σ̂_ij` on an unbalanced panel (R `pcse(pairwise =)`,
/// Stata `xtpcse, casewise|pairwise`). A balanced panel gives the same `Σ̂` under every rule.
public enum PCSERule: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// `Σ̂` from the time periods in which every unit is observed ("the largest
    /// rectangular subset", R `pcse`'s default `pairwise = FALSE`; Stata's default):
    /// `Σ̂_ij = Σ_{t ∈ T*} e_it e_jt / |T*|`. Refused when no period has all units.
    case casewise
    /// `Σ̂_ij = Σ_{t: i and j observed} e_it e_jt / T_ij` over the periods the two
    /// units share (Franzese 1996; R `pcse(pairwise = TRUE)`). Refused when two
    /// units share no period.
    case pairwise
    /// Refuse unbalanced panels.
    case balancedOnly = "balanced"
}

/// Why a panel covariance could not be computed. Each message says what, where and how to fix it.
public enum PanelCovarianceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Codes do not have one entry per design row.
    case lengthMismatch(what: String, codes: Int, observations: Int)
    /// The lag is negative or not below the number of time periods.
    case invalidLag(estimator: String, lag: Int, periods: Int)
    /// Newey–West asked of data with a repeated time value.
    case repeatedTime(value: Int, count: Int)
    /// Newey–West asked of a series whose time values skip a period.
    case timeGap(after: Int, next: Int)
    /// PCSE: a (unit, time) pair occurs twice.
    case duplicateUnitTime(unit: Int, time: Int)
    /// PCSE casewise: no period in which every unit is observed.
    case noCompletePeriod(units: Int, periods: Int)
    /// PCSE pairwise: two units never observed in the same period.
    case noCommonPeriod(firstUnit: Int, secondUnit: Int)
    /// PCSE with `.balancedOnly` on an unbalanced panel.
    case unbalanced(observations: Int, units: Int, periods: Int)
    /// Weighted least squares: not implemented for these estimators.
    case weighted(estimator: String)
    /// CR2 needs at least two clusters.
    case tooFewClusters(name: String, clusters: Int)
    /// Fewer than two time periods.
    case tooFewPeriods(estimator: String, periods: Int)
    /// The underlying fit or covariance failed.
    case regression(RegressionError)

    public var description: String {
        switch self {
        case let .lengthMismatch(what, codes, n):
            return "\(what) has \(codes) codes for \(n) observations: give one code per row of the design"
        case let .invalidLag(estimator, lag, periods):
            return "\(estimator): lag \(lag) is not usable with \(periods) time period(s): the lag must be an integer from 0 to \(max(0, periods - 1)) (the number of periods present minus one)"
        case let .repeatedTime(value, count):
            return "newey-west(L) is for a single time series, but time \(value) occurs \(count) times (a panel): use driscoll-kraay(L) for a panel, or --where to select one unit"
        case let .timeGap(after, next):
            return "newey-west(L): the time series jumps from \(after) to \(next), so a lag would pair observations that are not one period apart (sandwich::NeweyWest counts rows, not periods): select a gap-free stretch with --where, or use driscoll-kraay(L), which counts lags among the periods present"
        case let .duplicateUnitTime(unit, time):
            return "pcse: unit code \(unit) is observed twice at time \(time): each unit-time pair must occur once (check the unit and time columns)"
        case let .noCompletePeriod(units, periods):
            return "pcse (casewise rule, R pcse's default and Stata xtpcse's): none of the \(periods) time periods has all \(units) units observed, so Σ̂ cannot be estimated from a balanced rectangle; use --vcov \"pcse(pairwise)\" (each pair of units on the periods they share) or select a balanced subsample with --where"
        case let .noCommonPeriod(a, b):
            return "pcse (pairwise rule): units with codes \(a) and \(b) are never observed in the same period, so their error covariance cannot be estimated; remove one of them with --where"
        case let .unbalanced(n, units, periods):
            return "pcse (balanced panels only): \(n) observations for \(units) units × \(periods) periods = \(units * periods); use --vcov \"pcse(casewise)\" or \"pcse(pairwise)\" to name a rule for unbalanced panels"
        case let .weighted(estimator):
            return "\(estimator) is not implemented for weighted regressions (as plm's vcovXX functions): drop --weights or use cluster(c)"
        case let .tooFewClusters(name, g):
            return "cr2: cluster variable '\(name)' has \(g) cluster(s) among the observations used; at least 2 are needed"
        case let .tooFewPeriods(estimator, periods):
            return "\(estimator) needs at least 2 time periods; the estimation rows have \(periods)"
        case let .regression(e):
            return e.description
        }
    }
}
