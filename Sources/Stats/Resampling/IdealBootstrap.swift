/// The "ideal" bootstrap distribution: the exact distribution of a statistic over all
/// nⁿ equally likely case resamples, computed by enumerating the C(2n−1, n) distinct
/// resamples (multisets of indices) with their multinomial probabilities
/// n! / (c₁! ⋯ cₙ! · nⁿ) (Efron & Tibshirani 1993, §6.4 and problem 6.3; Fisher & Hall 1991).
///
/// The Monte Carlo bootstrap estimates this distribution; with B → ∞ its intervals converge
/// to the ideal ones, which makes the ideal bootstrap an exact reference for tests. Feasible
/// for n ≤ 11 or so (n = 10: 92,378 distinct resamples).
public struct IdealBootstrapDistribution: Sendable, Equatable, Codable {
    /// θ̂ on the original sample.
    public var estimate: Double
    /// The statistic on every distinct resample, ascending.
    public var values: [Double]
    /// The probability of each value (same order), summing to 1.
    public var probabilities: [Double]
    /// The jackknife estimates θ̂₍ᵢ₎.
    public var jackknife: [Double]

    /// Enumerates all distinct resamples of `count` observations.
    ///
    /// - Parameters:
    ///   - n: the number of observations.
    ///   - limit: the largest number of distinct resamples to enumerate.
    ///   - statistic: the statistic of a resample, given its row indices (with repeats).
    /// - Throws: `ResamplingError.enumerationTooLarge` beyond `limit`, `.tooFewObservations`
    ///   for count < 2.
    public init(count n: Int, limit: Int = 500_000, statistic: ([Int]) -> Double) throws(ResamplingError) {
        guard n >= 2 else { throw ResamplingError.tooFewObservations(needed: 2, got: n) }
        let distinct = binomial(2 * n - 1, n)
        guard distinct <= Double(limit) else { throw ResamplingError.enumerationTooLarge(count: distinct, limit: limit) }
        var pairs: [(Double, Double)] = []
        pairs.reserveCapacity(Int(distinct))
        var factorial = [1.0]
        for k in 1...n { factorial.append(factorial[k - 1] * Double(k)) }
        let total = Double.pow(Double(n), n)
        var counts = [Int](repeating: 0, count: n)
        var indices: [Int] = []
        indices.reserveCapacity(n)
        // Visit every composition c₀ + … + c_{n−1} = n, depth first.
        func visit(_ position: Int, _ remaining: Int) {
            if position == n - 1 {
                counts[position] = remaining
                indices.removeAll(keepingCapacity: true)
                var denominator = 1.0
                for (i, c) in counts.enumerated() where c > 0 {
                    denominator *= factorial[c]
                    for _ in 0..<c { indices.append(i) }
                }
                pairs.append((statistic(indices), factorial[n] / denominator / total))
                return
            }
            for c in stride(from: remaining, through: 0, by: -1) {
                counts[position] = c
                visit(position + 1, remaining - c)
            }
            counts[position] = 0
        }
        visit(0, n)
        pairs.sort { $0.0 < $1.0 }
        values = pairs.map(\.0)
        probabilities = pairs.map(\.1)
        estimate = statistic(Array(0..<n))
        var jack: [Double] = []
        for i in 0..<n { jack.append(statistic((0..<n).filter { $0 != i })) }
        jackknife = jack
    }

    /// E*(θ*), the exact bootstrap mean.
    public var mean: Double {
        var s = CompensatedSum()
        for (v, p) in zip(values, probabilities) { s.add(v * p) }
        return s.value
    }

    /// Var*(θ*) = E*(θ* − E*θ*)², the exact bootstrap variance (the ideal bootstrap standard
    /// error squared).
    public var variance: Double {
        let m = mean
        var s = CompensatedSum()
        for (v, p) in zip(values, probabilities) { s.add((v - m) * (v - m) * p) }
        return s.value
    }

    /// P*(θ* < t).
    public func probability(below t: Double) -> Double {
        var s = CompensatedSum()
        for (v, p) in zip(values, probabilities) where v < t { s.add(p) }
        return s.value
    }

    /// The α-quantile inf{t : P*(θ* ≤ t) ≥ α} (cumulative probabilities compared with a
    /// tolerance of 1e-12 for their rounding).
    public func quantile(_ alpha: Double) -> Double {
        var cumulative = CompensatedSum()
        for (v, p) in zip(values, probabilities) {
            cumulative.add(p)
            if cumulative.value >= alpha - 1e-12 { return v }
        }
        return values[values.count - 1]
    }

    /// The ideal-bootstrap version of each interval: exact quantiles for percentile, basic and
    /// BCa (z₀ = Φ⁻¹(P*(θ* < θ̂))), the exact variance and bias for normal.
    public func interval(
        _ method: BootstrapIntervalMethod, level: Double = 0.95,
        centering: JackknifeCentering = .jackknifeMean
    ) throws(ResamplingError) -> BootstrapInterval {
        try BootstrapIntervals.validate(level: level)
        let lowerAlpha = (1 - level) / 2, upperAlpha = (1 + level) / 2
        switch method {
        case .percentile:
            return BootstrapInterval(lower: quantile(lowerAlpha), upper: quantile(upperAlpha), level: level, method: method)
        case .basic:
            return BootstrapInterval(lower: 2 * estimate - quantile(upperAlpha), upper: 2 * estimate - quantile(lowerAlpha),
                                     level: level, method: method)
        case .normal:
            let bias = mean - estimate
            let margin = variance.squareRoot() * Normal.standard.quantile(upperAlpha)
            return BootstrapInterval(lower: estimate - bias - margin, upper: estimate - bias + margin, level: level, method: method)
        case .bca:
            let z0 = Normal.standard.quantile(probability(below: estimate))
            guard z0.isFinite else { throw ResamplingError.bcaBiasInfinite }
            let a = try BootstrapIntervals.acceleration(estimate: estimate, jackknife: jackknife, centering: centering)
            let (alphaLo, alphaHi) = BootstrapIntervals.bcaLevels(z0: z0, acceleration: a, level: level)
            return BootstrapInterval(lower: quantile(alphaLo), upper: quantile(alphaHi), level: level, method: method,
                                     biasCorrection: z0, acceleration: a)
        }
    }
}

/// C(n, k) as a Double (exact while it is below 2⁵³).
func binomial(_ n: Int, _ k: Int) -> Double {
    guard k >= 0, k <= n else { return 0 }
    let k = Swift.min(k, n - k)
    var result = 1.0
    if k > 0 {
        for i in 1...k { result = result * Double(n - k + i) / Double(i) }
    }
    return result.rounded()
}

private extension Double {
    static func pow(_ base: Double, _ exponent: Int) -> Double {
        var r = 1.0
        for _ in 0..<exponent { r *= base }
        return r
    }
}
