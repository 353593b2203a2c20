/// Correlation coefficients with their tests and confidence intervals (R's `cor.test`
/// conventions), partial correlations, correlation matrices and the comparison of two
/// independent correlations.
public enum Correlation {
    /// Validates paired input: equal lengths, finite values, at least `minimum` pairs.
    static func validate(_ x: [Double], _ y: [Double], minimum: Int) throws(CorrelationError) {
        guard x.count == y.count else { throw .lengthMismatch(x: x.count, y: y.count) }
        if let i = x.firstIndex(where: { !$0.isFinite }) { throw .nonFiniteValue(variable: "x", index: i) }
        if let i = y.firstIndex(where: { !$0.isFinite }) { throw .nonFiniteValue(variable: "y", index: i) }
        guard x.count >= minimum else { throw .tooFewObservations(needed: minimum, got: x.count) }
    }

    static func validate(level: Double) throws(CorrelationError) {
        guard level > 0, level < 1 else { throw .invalidLevel(level) }
    }

    /// Pearson's r by the centred two-pass formula r = Σ(xᵢ − x̄)(yᵢ − ȳ) / √(Σ(xᵢ − x̄)² Σ(yᵢ − ȳ)²)
    /// (accurate means, compensated sums), clamped to [−1, 1].
    ///
    /// - Throws: `.zeroVariance` when x or y is constant.
    ///
    /// Data near 1e±300 make the sums of squares overflow or underflow (and used to be reported
    /// as zero variance): then r is computed on x·2⁻ᵉ and y·2⁻ᶠ (`scaledToUnitMagnitude`),
    /// which leaves r unchanged.
    static func productMoment(_ x: [Double], _ y: [Double]) throws(CorrelationError) -> Double {
        do {
            return try unscaledProductMoment(x, y)
        } catch {
            guard let xs = Descriptive.scaledToUnitMagnitude(x)?.values, let ys = Descriptive.scaledToUnitMagnitude(y)?.values else {
                throw error
            }
            return try unscaledProductMoment(xs, ys)
        }
    }

    static func unscaledProductMoment(_ x: [Double], _ y: [Double]) throws(CorrelationError) -> Double {
        let mx = Descriptive.accurateMean(x), my = Descriptive.accurateMean(y)
        var sxx = CompensatedSum(), syy = CompensatedSum(), sxy = CompensatedSum()
        for i in x.indices {
            let a = (x[i] - mx.hi) - mx.lo, b = (y[i] - my.hi) - my.lo
            sxx.add(a * a); syy.add(b * b); sxy.add(a * b)
        }
        // Not a normal positive number: 0 (constant, or underflow), subnormal, or overflow.
        guard sxx.value.isNormal else { throw .zeroVariance(variable: "x") }
        guard syy.value.isNormal else { throw .zeroVariance(variable: "y") }
        // √(Sxx·Syy) in one rounding (exact for r = ±1 on simple data); the product of the
        // roots only when the product would overflow or underflow.
        let product = sxx.value * syy.value
        let denominator = product.isNormal ? product.squareRoot() : sxx.value.squareRoot() * syy.value.squareRoot()
        let r = sxy.value / denominator
        return Swift.min(1, Swift.max(-1, r))
    }

    /// p-value of a t statistic with `df` degrees of freedom (R: two-sided is
    /// 2·min(P(T ≤ t), P(T ≥ t))).
    static func tPValue(_ t: Double, df: Double, alternative: CorrelationAlternative) -> Double {
        guard let dist = try? StudentT(degreesOfFreedom: df) else { return .nan }
        switch alternative {
        case .less: return dist.cdf(t)
        case .greater: return dist.sf(t)
        case .twoSided: return Swift.min(1, 2 * Swift.min(dist.cdf(t), dist.sf(t)))
        }
    }

    /// p-value of a standard normal statistic, as `tPValue`.
    static func normalPValue(_ z: Double, alternative: CorrelationAlternative) -> Double {
        let d = Normal.standard
        switch alternative {
        case .less: return d.cdf(z)
        case .greater: return d.sf(z)
        case .twoSided: return Swift.min(1, 2 * Swift.min(d.cdf(z), d.sf(z)))
        }
    }

    /// The t statistic r·√(df/(1 − r²)), ±∞ for |r| = 1.
    static func tStatistic(r: Double, df: Double) -> Double {
        let d = 1 - r * r
        if d <= 0 { return r > 0 ? .infinity : -.infinity }
        return r * (df / d).squareRoot()
    }
}
