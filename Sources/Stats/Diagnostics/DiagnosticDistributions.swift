// Distribution tails the diagnostics need, from Stats/Distributions.

enum DiagnosticDistributions {
    /// P(χ²_df > x), computed directly (Stats' ChiSquared); NaN for invalid df.
    static func chiSquaredUpperTail(_ x: Double, degreesOfFreedom df: Int) -> Double {
        (try? ChiSquared(degreesOfFreedom: Double(df)))?.sf(x) ?? .nan
    }

    /// P(F_{d1,d2} <= f).
    static func fisherCDF(_ f: Double, d1: Double, d2: Double) -> Double {
        (try? FisherF(numeratorDegreesOfFreedom: d1, denominatorDegreesOfFreedom: d2))?.cdf(f) ?? .nan
    }

    /// The median of F_{d1,d2}: R's influence.measures cutoff qf(0.5, k, n − k) for Cook's distance.
    static func fisherMedian(d1: Double, d2: Double) -> Double {
        (try? FisherF(numeratorDegreesOfFreedom: d1, denominatorDegreesOfFreedom: d2))?.quantile(0.5) ?? .nan
    }
}
