import Foundation

/// The Edgeworth-series approximation to the permutation distribution of Spearman's
/// S = Σ dᵢ² = (n³ − n)(1 − ρ)/6 without ties: Algorithm AS 89 (Best & Roberts 1975,
/// *Applied Statistics* 24:377–379), as R's `cor.test(method = "spearman")` uses it by
/// default for 10 ≤ n ≤ 1290 without ties (R's `prho`, with `pnorm` in place of AS 66).
///
/// With x = (6(s − 1)/(n³ − n) − 1)·√(n − 1) (≈ −ρ√(n − 1), standard normal under H₀) the
/// upper tail is
///
///     Pr[S ≥ s] ≈ 1 − Φ(x) + x/n · (c₁ + c₂/n + c₃/n² + x²(−c₄ + c₅/n + c₆/n²
///                 − x²/n (c₇ + c₈/n − x²(c₉ − c₁₀/n + x²/n (c₁₁ − c₁₂x²))))) · e^(−x²/2)
///
/// with AS 89's twelve coefficients, clamped to [0, 1]. More accurate than the t
/// approximation for moderate n, but not exact: this package computes the exact
/// distribution instead for n ≤ `Correlation.spearmanExactAutoLimit` by default
/// (`SpearmanNullDistribution`; up to 20 on request), and with ties enumerates all n!
/// pairings for n ≤ `Correlation.spearmanExactLimit`.
enum SpearmanEdgeworth {
    /// The largest n for which R uses AS 89 (n(n² − 1) stays within its integers).
    static let limit = 1290

    /// AS 89's Edgeworth coefficients c₁…c₁₂.
    static let c: [Double] = [0.2274, 0.2531, 0.1745, 0.0758, 0.1033, 0.3932,
                              0.0879, 0.0151, 0.0072, 0.0831, 0.0131, 4.6e-4]

    /// Pr[S ≥ s] (`lowerTail` false) or Pr[S < s] (`lowerTail` true), n ≥ 2.
    static func probability(n: Int, s: Double, lowerTail: Bool) -> Double {
        let dn = Double(n)
        let maximum = dn * (dn * dn - 1) / 3
        if s <= 0 { return lowerTail ? 0 : 1 }
        if s > maximum { return lowerTail ? 1 : 0 }
        let b = 1 / dn
        let x = (6 * (s - 1) * b / (dn * dn - 1) - 1) * (dn - 1).squareRoot()
        let x2 = x * x
        let inner = c[8] - c[9] * b + x2 * b * (c[10] - c[11] * x2)
        let u = x * b * (c[0] + b * (c[1] + c[2] * b)
            + x2 * (-c[3] + b * (c[4] + c[5] * b) - x2 * b * (c[6] + c[7] * b - x2 * inner)))
        let correction = u / Foundation.exp(x2 / 2)   // the Edgeworth terms, added to the upper tail
        let tail = lowerTail ? Normal.standard.cdf(x) : Normal.standard.sf(x)
        return Swift.min(1, Swift.max(0, (lowerTail ? -correction : correction) + tail))
    }

    /// The p-value of R's `cor.test` for S = `s` (rounded to an integer first, as R does):
    /// greater (positive association, small S) `Pr[S ≤ s]`, less `Pr[S ≥ s]`, two-sided
    /// twice the tail on the side of s relative to E S = (n³ − n)/6, at most 1.
    static func pValue(n: Int, s: Double, alternative: CorrelationAlternative) -> Double {
        let q = s.rounded()
        let dn = Double(n)
        // S is even without ties, so Pr[S < q + 2] = Pr[S ≤ q].
        func lower() -> Double { probability(n: n, s: q + 2, lowerTail: true) }
        func upper() -> Double { probability(n: n, s: q, lowerTail: false) }
        switch alternative {
        case .greater: return lower()
        case .less: return upper()
        case .twoSided: return Swift.min(1, 2 * (s > (dn * dn * dn - dn) / 6 ? upper() : lower()))
        }
    }
}
