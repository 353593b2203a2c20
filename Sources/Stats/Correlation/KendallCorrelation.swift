extension Correlation {
    /// The largest n for which `ExactPolicy.auto` uses Kendall's exact (Mahonian) p-value
    /// (no ties). R's default switches to the normal approximation already at n ≥ 50; pass
    /// `exact: .no` to reproduce R there. `.yes` works up to `kendallExactMaximum`.
    public static let kendallExactLimit = 500
    /// The largest n for which `exact: .yes` computes Kendall's exact distribution.
    public static let kendallExactMaximum = 2000

    /// Kendall's rank correlation test, as R's `cor.test(method = "kendall")`.
    ///
    /// τ-b = S / √((n₀ − n₁)(n₀ − n₂)) with S = concordant − discordant pairs, n₀ = n(n−1)/2
    /// and n₁, n₂ the pairs tied in x, in y (Kendall 1945, Biometrika 33:239-251); τ-b = τ-a
    /// without ties.
    ///
    /// p-value:
    /// - exact (no ties; n ≤ `kendallExactLimit` with `.auto`): statistic T = concordant
    ///   pairs, p from the Mahonian distribution (`KendallExactDistribution`), R's
    ///   two-sided rule (double the tail on the observed side).
    /// - asymptotic (ties, or larger n, or `exact: .no`): z = S / √Var(S) with the
    ///   tie-corrected variance
    ///   Var(S) = [n(n−1)(2n+5) − Σt(t−1)(2t+5) − Σu(u−1)(2u+5)]/18
    ///          + Σt(t−1)·Σu(u−1) / (2n(n−1)) + Σt(t−1)(t−2)·Σu(u−1)(u−2) / (9n(n−1)(n−2))
    ///   (Kendall 1970, Rank Correlation Methods, ch. 4; t, u the tie-group sizes in x, y), and
    ///   with `continuity: true` S is replaced by sign(S)(|S| − 1) (R's `continuity = TRUE`).
    ///
    /// Interval: Fisher z of τ with SE √(0.437/(n − 4)) (Fieller, Hartley & Pearson 1957,
    /// Biometrika 44:470-481), for n ≥ 5.
    ///
    /// - Throws: `CorrelationError` for bad input, a constant variable, or `exact: .yes` with
    ///   ties or n > `kendallExactMaximum`.
    public static func kendall(
        x: [Double], y: [Double],
        alternative: CorrelationAlternative = .twoSided,
        level: Double = 0.95,
        exact: ExactPolicy = .auto,
        continuity: Bool = false
    ) throws(CorrelationError) -> CorrelationTest {
        try validate(x, y, minimum: 3)
        try validate(level: level)
        let n = x.count
        let counts = KendallPairCounts(x, y)
        let n0 = n * (n - 1) / 2
        guard counts.tiedX < n0 else { throw .zeroVariance(variable: "x") }
        guard counts.tiedY < n0 else { throw .zeroVariance(variable: "y") }
        let tau = Swift.min(1, Swift.max(-1, Double(counts.s) / (Double(n0 - counts.tiedX) * Double(n0 - counts.tiedY)).squareRoot()))
        let ties = counts.tiedX > 0 || counts.tiedY > 0
        let useExact: Bool
        switch exact {
        case .no: useExact = false
        case .auto: useExact = !ties && n <= kendallExactLimit
        case .yes:
            if ties {
                throw .exactUnavailable(reason: "Kendall's exact distribution here assumes no ties, but the data have \(counts.tiedX) pairs tied in x and \(counts.tiedY) in y: use the asymptotic p-value (--exact no) or a permutation test (--permutation B)")
            }
            guard n <= kendallExactMaximum else {
                throw .exactUnavailable(reason: "Kendall's exact distribution is computed for n ≤ \(kendallExactMaximum); n = \(n): use the asymptotic p-value")
            }
            useExact = true
        }
        let dn = Double(n)
        let statistic: Double, name: String, p: Double
        if useExact {
            let dist = KendallExactDistribution(n: n)
            statistic = Double(counts.concordant)
            name = "T"
            p = dist.pValue(concordant: counts.concordant, alternative: alternative)
        } else {
            let tx = tieGroups(x).map(Double.init), ty = tieGroups(y).map(Double.init)
            func sum(_ g: [Double], _ f: (Double) -> Double) -> Double { g.reduce(0) { $0 + f($1) } }
            let v0 = dn * (dn - 1) * (2 * dn + 5)
            let vt = sum(tx) { $0 * ($0 - 1) * (2 * $0 + 5) }
            let vu = sum(ty) { $0 * ($0 - 1) * (2 * $0 + 5) }
            let v1 = sum(tx) { $0 * ($0 - 1) } * sum(ty) { $0 * ($0 - 1) }
            let v2 = sum(tx) { $0 * ($0 - 1) * ($0 - 2) } * sum(ty) { $0 * ($0 - 1) * ($0 - 2) }
            let varS = (v0 - vt - vu) / 18 + v1 / (2 * dn * (dn - 1)) + v2 / (9 * dn * (dn - 1) * (dn - 2))
            var s = Double(counts.s)
            if continuity && s != 0 { s = (s > 0 ? 1 : -1) * (abs(s) - 1) }
            statistic = s / varS.squareRoot()
            name = "z"
            p = normalPValue(statistic, alternative: alternative)
        }
        let ci: CorrelationInterval? = n >= 5
            ? fisherZInterval(estimate: tau, standardError: (0.437 / (dn - 4)).squareRoot(), level: level,
                              alternative: alternative, method: .fisherZFiellerHartleyPearson)
            : nil
        return CorrelationTest(method: .kendall, n: n, estimate: tau, statistic: statistic, statisticName: name,
                               pValue: p, pValueMethod: useExact ? .exact : .asymptotic,
                               alternative: alternative, confidenceInterval: ci,
                               continuityCorrection: continuity && !useExact, hasTies: ties)
    }
}
