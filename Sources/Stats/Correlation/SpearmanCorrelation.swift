extension Correlation {
    /// The largest n for which Spearman's exact p-value is computed, by enumerating all n!
    /// permutations (3 628 800 for n = 10), with or without ties.
    public static let spearmanExactLimit = 10

    /// Spearman's rank correlation test, as R's `cor.test(method = "spearman")`.
    ///
    /// ρ is Pearson's r of the midranks. The statistic is R's S = (n³ − n)(1 − ρ)/6.
    /// p-value: exact from the complete permutation distribution for n ≤ `spearmanExactLimit`
    /// (ties allowed, see `SpearmanExactDistribution`; R's AS 89 is exact only for n ≤ 9
    /// without ties); with `.auto`, for larger n without ties up to 1290 the Edgeworth series
    /// of AS 89 (`SpearmanEdgeworth`, R's default, so p-values match `cor.test`); otherwise
    /// asymptotic from t = ρ√((n − 2)/(1 − ρ²)) on n − 2 degrees of freedom (R with
    /// `exact = FALSE`, and R's fallback with ties). Interval: Fisher z with the Bonett–Wright (2000)
    /// standard error √((1 + ρ²/2)/(n − 3)), for n ≥ 4.
    ///
    /// - Throws: `CorrelationError` for bad input, a constant variable, or `exact: .yes`
    ///   with n > `spearmanExactLimit`.
    public static func spearman(
        x: [Double], y: [Double],
        alternative: CorrelationAlternative = .twoSided,
        level: Double = 0.95,
        exact: ExactPolicy = .auto
    ) throws(CorrelationError) -> CorrelationTest {
        try validate(x, y, minimum: 3)
        try validate(level: level)
        let n = x.count
        let rx = midranks(x), ry = midranks(y)
        let rho = try productMoment(rx, ry)
        let ties = tieGroups(x).count + tieGroups(y).count > 0
        let useExact: Bool
        switch exact {
        case .no: useExact = false
        case .auto: useExact = n <= spearmanExactLimit
        case .yes:
            guard n <= spearmanExactLimit else {
                throw .exactUnavailable(reason: "Spearman's exact p-value enumerates all n! permutations, feasible for n ≤ \(spearmanExactLimit); n = \(n): use the asymptotic p-value or a Monte Carlo permutation test")
            }
            useExact = true
        }
        let dn = Double(n)
        let s = (dn * dn * dn - dn) * (1 - rho) / 6
        let p: Double
        let method: PValueMethod
        if useExact {
            p = SpearmanExactDistribution(xRanks: rx, yRanks: ry).pValue(alternative)
            method = .exact
        } else if exact == .auto, !ties, n <= SpearmanEdgeworth.limit {
            p = SpearmanEdgeworth.pValue(n: n, s: s, alternative: alternative)
            method = .edgeworth
        } else {
            p = tPValue(tStatistic(r: rho, df: dn - 2), df: dn - 2, alternative: alternative)
            method = .asymptotic
        }
        let ci: CorrelationInterval? = n >= 4
            ? fisherZInterval(estimate: rho, standardError: ((1 + rho * rho / 2) / (dn - 3)).squareRoot(),
                              level: level, alternative: alternative, method: .fisherZBonettWright)
            : nil
        return CorrelationTest(method: .spearman, n: n, estimate: rho, statistic: s, statisticName: "S",
                               pValue: p, pValueMethod: method,
                               alternative: alternative, confidenceInterval: ci, hasTies: ties)
    }
}
