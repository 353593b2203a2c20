/// The nonparametric bootstrap (Efron 1979; Efron & Tibshirani 1993; Davison & Hinkley 1997)
/// of any statistic of a sample, by resampling observation indices.
///
/// The statistic receives the indices of a resample (into the caller's data) and returns a
/// number; paired data are one sample of pairs (apply the indices to both columns). The
/// index buffer is reused between resamples, so a statistic that does not allocate makes
/// the whole bootstrap allocation-free after setup.
///
/// ```swift
/// var rng = Xoshiro256StarStar(seed: 42)
/// let scheme = try CaseResampling(count: x.count)
/// let boot = try Bootstrap.run(scheme: scheme, resamples: 9999, using: &rng) { idx in
///     var s = 0.0; for i in idx { s += x[i] }; return s / Double(idx.count)
/// }
/// let ci = try boot.interval(.bca, level: 0.95)
/// ```
public enum Bootstrap {
    /// Draws `resamples` resamples with `scheme` and evaluates `statistic` on each, plus on
    /// the full sample and on every leave-one-unit-out jackknife sample (for BCa).
    ///
    /// - Parameters:
    ///   - scheme: how a resample is drawn (cases, clusters, ...) and what the jackknife leaves out.
    ///   - resamples: B, the number of resamples (at least 1).
    ///   - rng: the random number generator of the draws (seed it to reproduce).
    ///   - progress: called with (completed, total) at most ~20 times per second,
    ///     and once at the end; for a CLI progress line (nothing is printed here).
    ///   - statistic: the statistic of a resample, given its row indices (with repeats).
    /// - Throws: `ResamplingError.invalidResampleCount` for resamples < 1.
    public static func run(
        scheme: some ResamplingScheme,
        resamples: Int,
        using rng: inout some RandomNumberGenerator,
        progress: ((Int, Int) -> Void)? = nil,
        statistic: ([Int]) -> Double
    ) throws(ResamplingError) -> BootstrapResult {
        guard resamples >= 1 else { throw ResamplingError.invalidResampleCount(resamples) }
        try ResamplingMemory.check(count: resamples, bytesEach: MemoryLayout<Double>.size, what: "\(resamples) resamples")
        var indices = Array(0..<scheme.observationCount)
        let estimate = statistic(indices)
        var jackknife = [Double](repeating: 0, count: scheme.unitCount)
        for unit in 0..<scheme.unitCount {
            scheme.leaveOut(unit: unit, into: &indices)
            jackknife[unit] = statistic(indices)
        }
        var replicates = [Double](repeating: 0, count: resamples)
        var reporter = ProgressReporter(total: resamples, callback: progress)
        for b in 0..<resamples {
            scheme.draw(into: &indices, using: &rng)
            replicates[b] = statistic(indices)
            reporter.update(b + 1)
        }
        reporter.finish()
        return BootstrapResult(estimate: estimate, replicates: replicates, jackknife: jackknife)
    }
}

/// The outcome of a bootstrap: the estimate on the full sample, the B replicates (in draw
/// order) and the jackknife estimates; intervals are computed on demand.
public struct BootstrapResult: Sendable, Equatable, Codable {
    /// θ̂, the statistic on the original sample.
    public var estimate: Double
    /// θ*₁ … θ*_B. Non-finite replicates (a statistic undefined on some resample) are kept
    /// here and left out of every interval, as R's `boot.ci` does.
    public var replicates: [Double]
    /// θ̂₍ᵢ₎, the statistic with unit i left out (observation or cluster).
    public var jackknife: [Double]

    public init(estimate: Double, replicates: [Double], jackknife: [Double]) {
        self.estimate = estimate
        self.replicates = replicates
        self.jackknife = jackknife
    }

    /// The number of finite replicates used by the intervals.
    public var finiteReplicateCount: Int { replicates.lazy.filter(\.isFinite).count }

    /// The bootstrap standard error, the standard deviation (n − 1) of the finite replicates.
    public var standardError: Double { Descriptive.standardDeviation(replicates.filter(\.isFinite)) }

    /// The bootstrap estimate of bias, mean(θ*) − θ̂.
    public var bias: Double { Descriptive.mean(replicates.filter(\.isFinite)) - estimate }

    /// A confidence interval from the replicates (see `BootstrapIntervalMethod`), with R
    /// `boot.ci`'s conventions: order statistics at (B+1)α interpolated on the normal scale,
    /// the normal interval bias-corrected. Results equal `boot.ci`'s for the same replicates
    /// (BCa: with `L` = jackknife influence values of the chosen centering).
    public func interval(
        _ method: BootstrapIntervalMethod,
        level: Double = 0.95,
        centering: JackknifeCentering = .jackknifeMean
    ) throws(ResamplingError) -> BootstrapInterval {
        try BootstrapIntervals.validate(level: level)
        // The finite replicates, unsorted: the intervals need at most four order
        // statistics, found by selection (`OrderStatistics`), not a full sort.
        let finite = replicates.filter(\.isFinite)
        guard !finite.isEmpty else { throw ResamplingError.noFiniteReplicates }
        var t = OrderStatistics(finite)
        let lowerAlpha = (1 - level) / 2, upperAlpha = (1 + level) / 2
        switch method {
        case .percentile:
            let lo = BootstrapIntervals.normalInterpolatedQuantile(&t, lowerAlpha)
            let hi = BootstrapIntervals.normalInterpolatedQuantile(&t, upperAlpha)
            return BootstrapInterval(lower: lo.value, upper: hi.value, level: level, method: method,
                                     usesExtremeOrderStatistics: lo.extreme || hi.extreme)
        case .basic:
            let lo = BootstrapIntervals.normalInterpolatedQuantile(&t, upperAlpha)
            let hi = BootstrapIntervals.normalInterpolatedQuantile(&t, lowerAlpha)
            return BootstrapInterval(lower: 2 * estimate - lo.value, upper: 2 * estimate - hi.value, level: level,
                                     method: method, usesExtremeOrderStatistics: lo.extreme || hi.extreme)
        case .normal:
            let bias = Descriptive.mean(finite) - estimate
            let margin = Descriptive.standardDeviation(finite) * Normal.standard.quantile(upperAlpha)
            return BootstrapInterval(lower: estimate - bias - margin, upper: estimate - bias + margin,
                                     level: level, method: method)
        case .bca:
            let below = finite.lazy.filter { $0 < estimate }.count
            let z0 = Normal.standard.quantile(Double(below) / Double(finite.count))
            guard z0.isFinite else { throw ResamplingError.bcaBiasInfinite }
            let a = try BootstrapIntervals.acceleration(estimate: estimate, jackknife: jackknife, centering: centering)
            let (alphaLo, alphaHi) = BootstrapIntervals.bcaLevels(z0: z0, acceleration: a, level: level)
            let lo = BootstrapIntervals.normalInterpolatedQuantile(&t, alphaLo)
            let hi = BootstrapIntervals.normalInterpolatedQuantile(&t, alphaHi)
            return BootstrapInterval(lower: lo.value, upper: hi.value, level: level, method: method,
                                     usesExtremeOrderStatistics: lo.extreme || hi.extreme,
                                     biasCorrection: z0, acceleration: a)
        }
    }
}
