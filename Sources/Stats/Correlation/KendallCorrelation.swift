extension Correlation {
    /// The largest n for which `exact: .yes` computes Kendall's exact p-value (no ties).
    public static let kendallExactLimit = 500
    /// With `exact: .auto`, Kendall's p-value is exact below this n without ties (R's rule).
    public static let kendallAutoExactBelow = 50

    /// Kendall's rank correlation test, τ-b with ties, as R's `cor.test(method = "kendall")`.
    ///
    /// S = Σ_{i<j} sign(xᵢ − xⱼ) sign(yᵢ − yⱼ); τ-b = S / √((n₀ − n₁)(n₀ − n₂)),
    /// n₀ = n(n − 1)/2, n₁, n₂ the tied pairs in x and y (Kendall 1945).
    ///
    /// p-value: exact without ties from the distribution of the number of inversions
    /// (`KendallExactDistribution`; statistic T = concordant pairs) when `exact` is `.auto`
    /// and n < 50 (R's rule) or `.yes` and n ≤ `kendallExactLimit`; otherwise asymptotic,
    /// z = S/√Var(S) with the tie-corrected variance (Kendall 1970, eq. 4.3)
    /// Var(S) = [n(n−1)(2n+5) − Σt(t−1)(2t+5) − Σu(u−1)(2u+5)]/18
    ///        + Σt(t−1)·Σu(u−1) / (2n(n−1)) + Σt(t−1)(t−2)·Σu(u−1)(u−2) / (9n(n−1)(n−2)),
    /// and with `continuity`, S replaced by sign(S)(|S| − 1) (R's `continuity = TRUE`).
    /// Interval: Fisher z with the Fieller–Hartley–Pearson (1957) SE √(0.437/(n − 4)), n ≥ 5.
    ///
    /// S in O(n log n) (`kendallScore`, Knight 1966). - Throws: `CorrelationError` for bad input, a constant variable, or
    /// `exact: .yes` with ties or n > `kendallExactLimit`.
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
        let s = kendallScore(x, y)
        let xt = tieGroups(x), yt = tieGroups(y)
        let n0 = n * (n - 1) / 2
        let n1 = xt.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        let n2 = yt.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        guard n0 > n1 else { throw .zeroVariance(variable: "x") }
        guard n0 > n2 else { throw .zeroVariance(variable: "y") }
        let tau = Swift.min(1, Swift.max(-1, Double(s) / (Double(n0 - n1) * Double(n0 - n2)).squareRoot()))
        let ties = !xt.isEmpty || !yt.isEmpty

        let useExact: Bool
        switch exact {
        case .no: useExact = false
        case .auto: useExact = !ties && n < kendallAutoExactBelow
        case .yes:
            guard !ties else {
                throw .exactUnavailable(reason: "Kendall's exact p-value assumes no ties, and the data have ties: use the asymptotic p-value (tie-corrected variance) or a permutation test")
            }
            guard n <= kendallExactLimit else {
                throw .exactUnavailable(reason: "Kendall's exact p-value is computed for n ≤ \(kendallExactLimit); n = \(n): use the asymptotic p-value")
            }
            useExact = true
        }
        let dn = Double(n)
        let ci: CorrelationInterval? = n >= 5
            ? fisherZInterval(estimate: tau, standardError: (0.437 / (dn - 4)).squareRoot(), level: level,
                              alternative: alternative, method: .fisherZFiellerHartleyPearson)
            : nil
        if useExact {
            let concordant = (s + n0) / 2
            let p = KendallExactDistribution(n: n).pValue(concordant: concordant, alternative: alternative)
            return CorrelationTest(method: .kendall, n: n, estimate: tau, statistic: Double(concordant), statisticName: "T",
                                   pValue: p, pValueMethod: .exact, alternative: alternative, confidenceInterval: ci,
                                   hasTies: ties)
        }
        func sum(_ t: [Int], _ f: (Double) -> Double) -> Double { t.reduce(0) { $0 + f(Double($1)) } }
        let v0 = dn * (dn - 1) * (2 * dn + 5)
        let vt = sum(xt) { $0 * ($0 - 1) * (2 * $0 + 5) }
        let vu = sum(yt) { $0 * ($0 - 1) * (2 * $0 + 5) }
        let v1 = sum(xt) { $0 * ($0 - 1) } * sum(yt) { $0 * ($0 - 1) }
        let v2 = sum(xt) { $0 * ($0 - 1) * ($0 - 2) } * sum(yt) { $0 * ($0 - 1) * ($0 - 2) }
        var variance = (v0 - vt - vu) / 18 + v1 / (2 * dn * (dn - 1))
        if n > 2 { variance += v2 / (9 * dn * (dn - 1) * (dn - 2)) }
        var numerator = Double(s)
        if continuity && s != 0 { numerator = Double(s.signum()) * (abs(numerator) - 1) }
        let z = numerator / variance.squareRoot()
        return CorrelationTest(method: .kendall, n: n, estimate: tau, statistic: z, statisticName: "z",
                               pValue: normalPValue(z, alternative: alternative), pValueMethod: .asymptotic,
                               alternative: alternative, confidenceInterval: ci, continuityCorrection: continuity,
                               hasTies: ties)
    }
}
