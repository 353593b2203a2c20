extension Correlation {
    /// The largest n for which Spearman's exact p-value is computed **with ties**, by
    /// enumerating all n! pairings of the midranks (3 628 800 for n = 10).
    public static let spearmanExactLimit = 10

    /// The largest n for which Spearman's exact p-value is computed **without ties**: the
    /// complete null distribution of S by a dynamic programme over rank subsets
    /// (`SpearmanNullDistribution`), exact 64-bit counts, memoised per n.
    public static let spearmanExactLimitWithoutTies = 20

    /// The largest n for which `.auto` uses the exact null distribution without ties: the n
    /// whose first computation takes ≲ 100 ms in a release build (n = 17 ≈ 90 ms; n = 20
    /// takes ≈ 1 s and ≈ 300 MB, so it is used only with `exact: .yes`). Above it `.auto`
    /// follows R (AS 89's Edgeworth series).
    public static let spearmanExactAutoLimit = 17

    /// Spearman's rank correlation test, as R's `cor.test(method = "spearman")`.
    ///
    /// ρ is Pearson's r of the midranks. The statistic is R's S = (n³ − n)(1 − ρ)/6; without
    /// ties it equals Σ dᵢ² and is computed in integers (so S = 40 is 40, not 39.99999999999999).
    /// p-value, exact from the complete permutation distribution:
    /// - without ties, for n ≤ `spearmanExactLimitWithoutTies` (20) with `exact: .yes`, and for
    ///   n ≤ `spearmanExactAutoLimit` (17) with `.auto` (`SpearmanNullDistribution`; R is exact
    ///   only for n ≤ 9 and uses the Edgeworth series from n = 10 — this package is exact where
    ///   R approximates, so p-values for 10 ≤ n ≤ 17 differ from `cor.test`'s in the third or
    ///   fourth digit, and are exact);
    /// - with ties, for n ≤ `spearmanExactLimit` (10), by enumerating all n! pairings of the
    ///   midranks (`SpearmanExactDistribution`).
    ///
    /// Otherwise with `.auto`, without ties up to n = 1290, the Edgeworth series of AS 89
    /// (`SpearmanEdgeworth`, R's default, so p-values match `cor.test`); otherwise asymptotic
    /// from t = ρ√((n − 2)/(1 − ρ²)) on n − 2 degrees of freedom (R with `exact = FALSE`, and
    /// R's fallback with ties). Interval: Fisher z with the Bonett–Wright (2000) standard error
    /// √((1 + ρ²/2)/(n − 3)), for n ≥ 4.
    ///
    /// - Throws: `CorrelationError` for bad input, a constant variable, or `exact: .yes`
    ///   beyond the exact limits (n > 20 without ties, n > 10 with ties).
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
        let exactLimit = ties ? spearmanExactLimit : spearmanExactLimitWithoutTies
        let useExact: Bool
        switch exact {
        case .no: useExact = false
        case .auto: useExact = n <= (ties ? spearmanExactLimit : spearmanExactAutoLimit)
        case .yes:
            guard n <= exactLimit else {
                let reason = ties
                    ? "with ties, Spearman's exact p-value enumerates all n! pairings of the midranks, feasible for n ≤ \(spearmanExactLimit); n = \(n): use the asymptotic p-value or a Monte Carlo permutation test"
                    : "Spearman's exact null distribution is computed for n ≤ \(spearmanExactLimitWithoutTies) (n! beyond 64-bit counts); n = \(n): use the Edgeworth series (exact: auto), the asymptotic p-value or a Monte Carlo permutation test"
                throw .exactUnavailable(reason: reason)
            }
            useExact = true
        }
        let dn = Double(n)
        // Without ties the ranks are the integers 1…n and S = Σ d² exactly; T = Σ rx·ry.
        var tObserved = 0, sumSquares = 0
        if !ties {
            for i in 0..<n {
                let a = Int(rx[i].rounded()), b = Int(ry[i].rounded())
                tObserved += a * b
                sumSquares += (a - b) * (a - b)
            }
        }
        let s = ties ? (dn * dn * dn - dn) * (1 - rho) / 6 : Double(sumSquares)
        let p: Double
        let method: PValueMethod
        if useExact, !ties, let distribution = SpearmanNullDistribution.shared(n: n) {
            p = distribution.pValue(t: tObserved, alternative: alternative)
            method = .exact
        } else if useExact {
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
