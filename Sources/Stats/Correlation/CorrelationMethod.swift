/// Which correlation coefficient.
public enum CorrelationMethod: String, CaseIterable, Sendable, Codable, CustomStringConvertible {
    /// Pearson's product-moment r.
    case pearson
    /// Spearman's ρ: Pearson's r of the midranks.
    case spearman
    /// Kendall's τ-b (τ-a when there are no ties).
    case kendall

    public var description: String {
        switch self {
        case .pearson: return "Pearson's product-moment correlation"
        case .spearman: return "Spearman's rank correlation rho"
        case .kendall: return "Kendall's rank correlation tau-b"
        }
    }
}

/// Whether a rank correlation's p-value comes from the exact null distribution.
public enum ExactPolicy: String, CaseIterable, Sendable, Codable {
    /// R's default, and exact where this package can do better: Spearman exact without ties
    /// for n ≤ `Correlation.spearmanExactAutoLimit` (17) and with ties for
    /// n ≤ `Correlation.spearmanExactLimit` (10), else AS 89's Edgeworth series without ties
    /// up to n = 1290 (as R), else the t approximation; Kendall exact without
    /// ties and n < 50 (as R), else the normal approximation.
    case auto
    /// Exact or an error (`CorrelationError.exactUnavailable`) saying why not.
    case yes
    /// Always the asymptotic approximation (R's `exact = FALSE`).
    case no
}

/// How a p-value was obtained.
public enum PValueMethod: String, CaseIterable, Sendable, Codable {
    /// From the complete null (permutation) distribution.
    case exact
    /// From a large-sample approximation (t or normal).
    case asymptotic
    /// From the Edgeworth series to the exact distribution (Spearman, AS 89: R's default for
    /// 10 ≤ n ≤ 1290 without ties).
    case edgeworth
    /// From Monte Carlo permutations.
    case permutation
}

/// How a confidence interval for a correlation was obtained.
public enum CorrelationIntervalMethod: String, CaseIterable, Sendable, Codable, CustomStringConvertible {
    /// tanh(atanh r ± z·SE), SE = 1/√(n − 3 − k) (Fisher 1921; k partialled-out covariates).
    case fisherZ = "fisher-z"
    /// Fisher z with SE = √((1 + r²/2)/(n − 3 − k)) for Spearman, k partialled-out covariates
    /// (Bonett & Wright 2000, Psychometrika 65:23-28).
    case fisherZBonettWright = "fisher-z-bonett-wright"
    /// Fisher z with SE = √(0.437/(n − 4)) for Kendall (Fieller, Hartley & Pearson 1957,
    /// Biometrika 44:470-481).
    case fisherZFiellerHartleyPearson = "fisher-z-fieller-hartley-pearson"
    /// Bootstrap percentile interval.
    case bootstrapPercentile = "bootstrap-percentile"
    /// Bootstrap basic (reverse percentile) interval.
    case bootstrapBasic = "bootstrap-basic"
    /// Bootstrap bias-corrected and accelerated interval.
    case bootstrapBCa = "bootstrap-bca"

    public var description: String {
        switch self {
        case .fisherZ: return "Fisher z"
        case .fisherZBonettWright: return "Fisher z, Bonett-Wright SE"
        case .fisherZFiellerHartleyPearson: return "Fisher z, Fieller-Hartley-Pearson SE"
        case .bootstrapPercentile: return "bootstrap percentile"
        case .bootstrapBasic: return "bootstrap basic"
        case .bootstrapBCa: return "bootstrap BCa"
        }
    }
}
