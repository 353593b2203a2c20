/// Bootstrap confidence interval methods (Davison & Hinkley 1997, ch. 5; as R's `boot.ci`).
public enum BootstrapIntervalMethod: String, CaseIterable, Sendable, Codable, CustomStringConvertible {
    /// [θ*₍α/2₎, θ*₍1−α/2₎] — quantiles of the replicates (Efron 1979).
    case percentile
    /// [2θ̂ − θ*₍1−α/2₎, 2θ̂ − θ*₍α/2₎] — the "basic" (reverse percentile) interval.
    case basic
    /// Bias-corrected and accelerated (Efron 1987, JASA 82:171-185): percentile interval at
    /// the adjusted levels Φ(z₀ + (z₀ + z_α)/(1 − a(z₀ + z_α))), z₀ = Φ⁻¹(#{θ* < θ̂}/B), and
    /// the acceleration a from the jackknife, a = Σ Lᵢ³ / (6 (Σ Lᵢ²)^{3/2}).
    case bca
    /// θ̂ − bias ∓ z_{1−α/2} · sd(θ*), bias = mean(θ*) − θ̂ (bias-corrected normal interval).
    case normal

    public var description: String {
        switch self {
        case .percentile: return "percentile"
        case .basic: return "basic"
        case .bca: return "BCa"
        case .normal: return "normal"
        }
    }
}

/// Which centre the jackknife influence values Lᵢ of the BCa acceleration use.
public enum JackknifeCentering: String, CaseIterable, Sendable, Codable {
    /// Lᵢ ∝ θ̄₍.₎ − θ̂₍ᵢ₎, the mean of the jackknife estimates (Efron & Tibshirani 1993, eq.
    /// 14.15; scipy.stats.bootstrap). **Default.**
    case jackknifeMean
    /// Lᵢ ∝ θ̂ − θ̂₍ᵢ₎, the full-sample estimate (R `boot::empinf(type = "jack")`; pass these
    /// values as `L` to reproduce `boot.ci(type = "bca")`, whose own default is regression).
    case fullSampleEstimate
}

/// A bootstrap confidence interval and how it was obtained.
public struct BootstrapInterval: Sendable, Equatable, Codable {
    public var lower: Double
    public var upper: Double
    public var level: Double
    public var method: BootstrapIntervalMethod
    /// True when an endpoint needed an order statistic outside 2…B−1 (R's warning
    /// "extreme order statistics used as endpoints"): increase B.
    public var usesExtremeOrderStatistics: Bool
    /// BCa only: the bias correction z₀ and the acceleration a.
    public var biasCorrection: Double?
    public var acceleration: Double?

    public init(
        lower: Double, upper: Double, level: Double, method: BootstrapIntervalMethod,
        usesExtremeOrderStatistics: Bool = false, biasCorrection: Double? = nil, acceleration: Double? = nil
    ) {
        self.lower = lower
        self.upper = upper
        self.level = level
        self.method = method
        self.usesExtremeOrderStatistics = usesExtremeOrderStatistics
        self.biasCorrection = biasCorrection
        self.acceleration = acceleration
    }
}

/// Interval arithmetic shared by the Monte Carlo and the ideal bootstrap.
enum BootstrapIntervals {
    /// The jackknife acceleration a = Σ Lᵢ³ / (6 (Σ Lᵢ²)^{3/2}) (the scale of L cancels).
    static func acceleration(estimate: Double, jackknife: [Double], centering: JackknifeCentering) throws(ResamplingError) -> Double {
        guard jackknife.count >= 2, jackknife.allSatisfy(\.isFinite) else { throw ResamplingError.bcaAccelerationUndefined }
        let centre = centering == .jackknifeMean ? Descriptive.mean(jackknife) : estimate
        var s2 = CompensatedSum(), s3 = CompensatedSum()
        for t in jackknife {
            let l = centre - t
            s2.add(l * l)
            s3.add(l * l * l)
        }
        let a = s3.value / (6 * s2.value * s2.value.squareRoot())
        guard a.isFinite else { throw ResamplingError.bcaAccelerationUndefined }
        return a
    }

    /// The BCa-adjusted probabilities for the lower and upper endpoints.
    static func bcaLevels(z0: Double, acceleration a: Double, level: Double) -> (Double, Double) {
        func adjust(_ alpha: Double) -> Double {
            let z = Normal.standard.quantile(alpha)
            return Normal.standard.cdf(z0 + (z0 + z) / (1 - a * (z0 + z)))
        }
        return (adjust((1 - level) / 2), adjust((1 + level) / 2))
    }

    /// The α-quantile of B sorted replicates by Davison & Hinkley's (1997, eq. 5.8) rule, as
    /// R's `boot:::norm.inter`: the order statistic k = (B+1)α when it is an integer, else
    /// interpolation between θ*₍ₖ₎ and θ*₍ₖ₊₁₎, k = ⌊(B+1)α⌋, linear on the normal quantile
    /// scale; the extremes θ*₍₁₎ / θ*₍B₎ when k is 0 or ≥ B.
    static func normalInterpolatedQuantile(sorted t: [Double], _ alpha: Double) -> (value: Double, extreme: Bool) {
        normalInterpolatedQuantile(count: t.count, alpha) { t[$0] }
    }

    /// The same from unsorted replicates, by selection (`OrderStatistics`).
    static func normalInterpolatedQuantile(
        _ t: inout OrderStatistics, _ alpha: Double
    ) -> (value: Double, extreme: Bool) {
        normalInterpolatedQuantile(count: t.count, alpha) { t.value(atRank: $0) }
    }

    /// `t(j)` is the order statistic of 0-based rank `j`.
    private static func normalInterpolatedQuantile(
        count r: Int, _ alpha: Double, _ t: (Int) -> Double
    ) -> (value: Double, extreme: Bool) {
        let rk = Double(r + 1) * alpha
        let extreme = !(rk > 1 && rk < Double(r))
        let kd = rk.rounded(.towardZero)
        if kd <= 0 { return (t(0), extreme) }
        if kd >= Double(r) { return (t(r - 1), extreme) }
        let k = Int(kd)
        if kd == rk { return (t(k - 1), extreme) }
        let z = Normal.standard.quantile(alpha)
        let zk = Normal.standard.quantile(kd / Double(r + 1))
        let zk1 = Normal.standard.quantile((kd + 1) / Double(r + 1))
        let tk = t(k - 1), tk1 = t(k)
        return (tk + (z - zk) / (zk1 - zk) * (tk1 - tk), extreme)
    }

    static func validate(level: Double) throws(ResamplingError) {
        guard level > 0, level < 1 else { throw ResamplingError.invalidLevel(level) }
    }
}
