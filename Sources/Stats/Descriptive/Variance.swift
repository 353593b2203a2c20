extension Descriptive {
    /// The sample variance s² = Σ(xᵢ − x̄)² / (n − 1), by the corrected two-pass algorithm.
    ///
    /// With dᵢ = xᵢ − x̄ (x̄ from `mean(_:)`), s² = (Σdᵢ² − (Σdᵢ)²/n) / (n − 1): the second term
    /// is zero in exact arithmetic and cancels the first-order effect of the rounding error of
    /// x̄ (Chan, Golub & LeVeque 1983, "Algorithms for computing the sample variance", The
    /// American Statistician 37:242-247, eq. 1.7). Both sums are compensated.
    ///
    /// - Returns: the variance with denominator n − 1, or `.nan` when n < 2.
    public static func variance(_ x: [Double]) -> Double {
        guard x.count >= 2 else { return .nan }
        let v = unscaledVariance(x)
        // Squares of data near 1e±300 overflow or underflow (a wrong 0): redo on x·2⁻ᵉ and scale back.
        guard needsRescaling(v), let (s, e) = scaledToUnitMagnitude(x) else { return v }
        return scaled(unscaledVariance(s), by: 2 * e)
    }

    static func unscaledVariance(_ x: [Double]) -> Double {
        let (m, lo) = accurateMean(x)
        var squares = CompensatedSum()
        var deviations = CompensatedSum()
        for v in x {
            let d = (v - m) - lo
            squares.add(d * d)
            deviations.add(d)
        }
        let n = Double(x.count)
        let c = deviations.value
        return (squares.value - c * c / n) / (n - 1)
    }

    /// The sample standard deviation s = √s² (denominator n − 1), see `variance(_:)`.
    ///
    /// - Returns: the standard deviation, or `.nan` when n < 2.
    public static func standardDeviation(_ x: [Double]) -> Double {
        guard x.count >= 2 else { return .nan }
        let v = unscaledVariance(x)
        // s = √(s²(x·2⁻ᵉ))·2ᵉ is finite even where s² itself overflows (data near 1e300).
        guard needsRescaling(v), let (s, e) = scaledToUnitMagnitude(x) else { return v.squareRoot() }
        return scaled(unscaledVariance(s).squareRoot(), by: e)
    }
}
