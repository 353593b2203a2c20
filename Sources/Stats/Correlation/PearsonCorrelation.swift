extension Correlation {
    /// Pearson's product-moment correlation test, as R's `cor.test(method = "pearson")`.
    ///
    /// r by the centred two-pass formula; t = r·√((n − 2)/(1 − r²)) on n − 2 degrees of
    /// freedom; the Fisher-z interval tanh(atanh r ± z₁₋α/₂ /√(n − 3)) for n ≥ 4 (nil below).
    ///
    /// - Throws: `CorrelationError` for unequal lengths, non-finite values, n < 3, a constant
    ///   variable or an invalid level.
    public static func pearson(
        x: [Double], y: [Double],
        alternative: CorrelationAlternative = .twoSided,
        level: Double = 0.95
    ) throws(CorrelationError) -> CorrelationTest {
        try validate(x, y, minimum: 3)
        try validate(level: level)
        let r = try productMoment(x, y)
        return pearsonTest(r: r, n: x.count, covariates: 0, alternative: alternative, level: level)
    }

    /// The t test and Fisher-z interval of a (partial) Pearson r from n pairs with k
    /// covariates: df = n − 2 − k, SE(z) = 1/√(n − 3 − k).
    static func pearsonTest(r: Double, n: Int, covariates k: Int, alternative: CorrelationAlternative,
                            level: Double, method: CorrelationMethod = .pearson) -> CorrelationTest {
        let df = Double(n - 2 - k)
        let t = tStatistic(r: r, df: df)
        let p = tPValue(t, df: df, alternative: alternative)
        // Spearman (partial or not) uses the Bonett–Wright (2000) SE √((1 + r²/2)/(n − 3 − k)), as the
        // simple Spearman interval does; Pearson the Fisher SE 1/√(n − 3 − k).
        let spearman = method == .spearman
        let ci: CorrelationInterval? = n - 3 - k > 0
            ? fisherZInterval(estimate: r,
                              standardError: spearman ? ((1 + r * r / 2) / Double(n - 3 - k)).squareRoot() : 1 / Double(n - 3 - k).squareRoot(),
                              level: level, alternative: alternative, method: spearman ? .fisherZBonettWright : .fisherZ)
            : nil
        return CorrelationTest(method: method, n: n, estimate: r, statistic: t, statisticName: "t",
                               degreesOfFreedom: df, pValue: p, pValueMethod: .asymptotic,
                               alternative: alternative, confidenceInterval: ci, covariates: k)
    }
}
